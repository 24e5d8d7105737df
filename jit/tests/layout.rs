//! Layout assertions: what generated code assumes about `runtime::Value` and `JitContext`.
//! If one of these fails, the runtime changed a layout the JIT reads directly.

use jit::JitContext;
use runtime::value::Tag;
use runtime::Value;
use std::mem::{align_of, size_of};

/// Reads the tag byte and the payload word the way compiled code does.
fn raw_parts(v: &Value) -> (u8, u64) {
    let p = v as *const Value as *const u8;
    // SAFETY: `Value` is 16 bytes (asserted below); byte 0 is the tag; bytes 8..16 are the
    // payload, fully initialized for `Int` and `Float`, the only variants read here.
    unsafe { (*p, std::ptr::read_unaligned(p.add(8) as *const u64)) }
}

/// The whole tag word (`#[repr(C, u64)]`), which compiled code writes (`abi::store_tag`).
fn tag_word(v: &Value) -> u64 {
    // SAFETY: bytes 0..8 of a `Value` are its tag word, always initialized.
    unsafe { std::ptr::read(v as *const Value as *const u64) }
}

#[test]
fn value_is_a_tag_word_and_a_payload_at_8() {
    assert_eq!(size_of::<Value>(), 16);
    assert_eq!(align_of::<Value>(), 8);
    assert_eq!(raw_parts(&Value::Int(-5)), (Tag::Int as u8, (-5i64) as u64));
    assert_eq!(raw_parts(&Value::Float(1.5)), (Tag::Float as u8, 1.5f64.to_bits()));
    assert_eq!(tag_word(&Value::Float(1.5)), Tag::Float as u64);
    assert_eq!(tag_word(&Value::None), Tag::None as u64);
    assert_eq!(Value::Bool(true).tag() as u8, Tag::Bool as u8);
    // SAFETY: byte 8 of a `Value::Bool` is the bool.
    let bool_byte = unsafe { *((&Value::Bool(true) as *const Value as *const u8).add(8)) };
    assert_eq!(bool_byte, 1);
}

#[test]
fn tag_numbers_match_the_variants() {
    for (v, tag) in [
        (Value::Unbound, Tag::Unbound),
        (Value::None, Tag::None),
        (Value::Bool(false), Tag::Bool),
        (Value::Int(0), Tag::Int),
        (Value::Float(0.0), Tag::Float),
    ] {
        let byte = raw_parts_tag(&v);
        assert_eq!(byte, tag as u8);
        assert_eq!(v.tag(), tag);
    }
}

fn raw_parts_tag(v: &Value) -> u8 {
    // SAFETY: byte 0 of every `Value` is its tag (`#[repr(C, u8)]`).
    unsafe { *(v as *const Value as *const u8) }
}

#[test]
fn context_fields_generated_code_reads() {
    assert_eq!(JitContext::INTERRUPT_OFFSET, 0);
    assert_eq!(JitContext::EXCEPTION_OFFSET, size_of::<*const u8>());
}

#[test]
fn a_heap_value_points_at_its_reference_count() {
    // Compiled code's inline counted store (`codegen::abi::RC_STRONG_OFFSET`) increments and
    // decrements the word the payload points at: the `Rc`'s strong count.
    let list = Value::List(std::rc::Rc::new(runtime::object::PyList::new(Vec::new())));
    let count = |v: &Value| -> usize {
        let payload = jit::trace_calls::payload_word(v).expect("a heap value") as usize as *const usize;
        // SAFETY: the payload of a heap `Value` is the `Rc`'s pointer to its live allocation,
        // whose first word is the strong count (what this test asserts).
        unsafe { *payload }
    };
    let Value::List(rc) = &list else { unreachable!() };
    assert_eq!(count(&list), std::rc::Rc::strong_count(rc));
    let copy = list.clone();
    assert_eq!(count(&list), 2);
    assert_eq!(std::rc::Rc::strong_count(rc), 2);
    drop(copy);
    assert_eq!(count(&list), 1);
    assert!(Tag::BigInt as u8 > Tag::Float as u8 && Tag::Other as u8 > Tag::BigInt as u8);
}

#[test]
fn compiled_functions_context_fields() {
    // `codegen/functions.rs` reads `FuncCtx` at these offsets.
    for (actual, used) in jit::FuncCtx::offsets() {
        assert_eq!(actual, used as usize);
    }
}

#[test]
fn list_parts_are_where_the_probe_measured_them() {
    // Compiled code reads a list's borrow flag, element pointer and length at these
    // offsets (`codegen/lower.rs`, `list_word`); if the probe could not pin them down,
    // lists silently fall back to the helpers, so this test insists that it did.
    let layout = jit::trace_calls::list_layout().expect("the list layout probe failed on this build");
    let list = |items: Vec<Value>| Value::List(std::rc::Rc::new(runtime::object::PyList::new(items)));
    let mut grown = Vec::new();
    for i in 0..1000 {
        grown.push(Value::Float(i as f64));
    }
    let mut shrunk: Vec<Value> = (0..50).map(Value::Int).collect();
    shrunk.truncate(3);
    for v in [
        list(Vec::new()),
        list(Vec::with_capacity(16)),
        list(vec![Value::Int(1)]),
        list(grown),
        list(shrunk),
        list(vec![Value::None; 7]),
    ] {
        assert!(layout.reads_right(&v), "{layout:?}");
    }
    // The offsets are word-aligned and inside the `Rc` allocation, after the two counts.
    for off in [layout.borrow_offset(), layout.items_offset(), layout.len_offset()] {
        assert_eq!(off % 8, 0);
        assert!(off >= 16 && off < 16 + size_of::<runtime::object::PyList>() as i32);
    }
}

#[test]
fn a_modules_slots_are_read_with_the_list_offsets() {
    // `module_attr_is` reads a module's `RefCell<Vec<Value>>` (at a fixed address) with the
    // list layout's offsets taken from the start of the cell (`ListLayout::in_cell`).
    let layout = jit::trace_calls::list_layout().expect("the list layout probe failed on this build");
    let cell = std::cell::RefCell::new(vec![Value::Int(7), Value::None, Value::Float(2.0)]);
    let base = &cell as *const _ as usize;
    // SAFETY: the offsets lie inside the cell (word-aligned, initialized: checked by the
    // probe on lists, whose `items` field has this very type).
    let word = |off: i32| unsafe { std::ptr::read((base + off as usize) as *const usize) };
    assert_eq!(word(layout.in_cell(layout.len_offset())), 3);
    assert_eq!(word(layout.in_cell(layout.items_offset())), cell.borrow().as_ptr() as usize);
    assert_eq!(word(layout.in_cell(layout.borrow_offset())), 0);
    let _shared = cell.borrow();
    assert_eq!(word(layout.in_cell(layout.borrow_offset())), 1);
}

#[test]
fn a_list_in_use_up_the_stack_has_no_length_for_compiled_code() {
    // `list_length` must refuse a list whose `RefCell` is borrowed (a caller up the stack
    // is mutating or iterating it): the inline version tests the flag word for 0, so a
    // borrowed list must never read 0 there.
    let layout = jit::trace_calls::list_layout().expect("the list layout probe failed on this build");
    let v = Value::List(std::rc::Rc::new(runtime::object::PyList::new(vec![Value::Int(1); 4])));
    let Value::List(l) = &v else { unreachable!() };
    let flag = || {
        let base = jit::trace_calls::payload_word(&v).expect("a heap value") as usize;
        // SAFETY: `layout.borrow_offset()` is a word inside the live list's allocation (checked by
        // `list_parts_are_where_the_probe_measured_them`).
        unsafe { std::ptr::read((base + layout.borrow_offset() as usize) as *const isize) }
    };
    assert_eq!(flag(), 0);
    {
        let _shared = l.items.borrow();
        assert_ne!(flag(), 0);
    }
    {
        let _exclusive = l.items.borrow_mut();
        assert_ne!(flag(), 0);
    }
    assert_eq!(flag(), 0);
}

#[test]
fn instance_parts_are_where_the_probe_measured_them() {
    // `attr_items` inline reads an instance's class, shape, dict and slots words and its
    // class's `is_plain` cache at these offsets.
    use runtime::object::{Class, Instance, PyDict};
    use std::rc::Rc;
    let layout = jit::instance_layout::instance_layout().expect("the instance layout probe failed on this build");
    let class = Class::new("Point", "__main__", Vec::new(), Default::default(), false, None).unwrap();
    let inst = Rc::new(Instance::new(class.clone(), Value::None, None));
    *inst.slots.borrow_mut() = vec![Value::Float(1.0), Value::Int(2), Value::None];
    let v = Value::Instance(inst.clone());
    assert!(layout.reads_right(&v));
    *inst.dict.borrow_mut() = Some(Rc::new(PyDict::new()));
    assert!(layout.reads_right(&v), "a dict in use reads as a non-zero word");
    let other = Class::new("Other", "__main__", vec![class], Default::default(), false, None).unwrap();
    assert!(layout.reads_right(&Value::Instance(Rc::new(Instance::new(other, Value::None, None)))));
}

#[test]
fn small_tuples_are_where_the_probe_measured_them() {
    // Compiled functions unpack `a, b = t` inline: the capacity word is the length of a tuple
    // of up to 2 items, which sit inline.
    let layout = jit::tuple_layout::tuple_layout().expect("the tuple layout probe failed on this build");
    for items in [vec![], vec![Value::Int(-1)], vec![Value::Int(5), Value::Int(i64::MAX)]] {
        assert!(layout.reads_right(&Value::tuple(items)));
    }
    let off = layout.item_offset(1) - layout.item_offset(0);
    assert_eq!(off, 16);
    assert!(layout.len_offset() >= 16 && layout.item_offset(0) >= 16, "both lie past the Rc header");
}
