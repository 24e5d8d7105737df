//! The runtime functions compiled traces call: the helpers of `call_helper` (stores of
//! attributes and list elements over objects, `list.append`, the float operators whose
//! CPython semantics live in `runtime::numeric::arith`), and the functions behind ops
//! (`list_length`, `list_items`, `attr_items`, `module_attr_is`, `list_iter_pos`,
//! `list_iter_list`, `release_value`, `store_list_iter`, `note_inner_exit`). The `extern "C"`
//! glue between generated code and `Value`s. The str and dict helpers (`s[i]`, `d.get`,
//! `d[k] = v`, `name += t`) live in `trace_calls/str_dict.rs`. Also `ListLayout`: where
//! compiled code finds a list's borrow flag, length and element pointer (and, through
//! `in_cell`, those of any `RefCell<Vec<Value>>`, such as a module's slots) to read them
//! without a call, measured at startup.
//!
//! Every helper follows `ir::Helper`'s convention: `*mut JitContext` first, `value`
//! operands as `*const Value` (a copy of the 16 bytes on the trace's stack, borrowing the
//! referent from a frame slot the trace entry holds a reference to), a `value` result
//! through a trailing `*mut Value`.
//!
//! Invariant: a helper never raises and never runs Python code. A case it does not handle
//!   (out of range, a changed shape, a float error) is reported as "no result": a `value`
//!   result is `Unbound` (so the trace's `guard_tag` exits) and a store returns 0 having
//!   stored nothing (the trace's `guard_true` exits). The interpreter then runs the
//!   statement again and raises whatever Python raises.
//! Invariant: a `value` result is a bitwise copy that borrows its referent (no reference
//!   count is taken); traces use it only after a `guard_tag` with an immediate tag, except
//!   `str_char`'s, which borrows a string the thread keeps alive (`str_dict.rs`).
//! Invariant: stores write through `Value::store`/clones, so reference counts stay right
//!   whatever the old value was; heap stores store boxed numbers only (`list.append` also
//!   objects, which it clones). Heap values are stored into frame slots by the inline
//!   counted store (`codegen/lower.rs`), which takes its own reference and releases the old
//!   value's (the last one through `release_value`).
//! Invariant: helpers never panic (`RefCell`s are borrowed with `try_borrow*`).
//! Invariant: `list_layout` returns offsets only after checking them on probe lists (free,
//!   borrowed, mutably borrowed); inline list reads are exactly the helpers' results.

use crate::context::JitContext;
use crate::ir::{Helper, Type};
use runtime::numeric::arith;
use runtime::object::Other;
use runtime::Value;
use std::rc::Rc;

mod dict_iter;
mod iters;
mod str_dict;
pub use dict_iter::{part_code, store_dict_iter_addr, DICT_ENTRY, DICT_ITER_ADVANCE, DICT_ITER_LIVE};
pub use iters::{enum_count_addr_addr, enum_inner_addr, list_iter_list_addr, list_iter_pos_addr, zip_inner_addr};
pub use str_dict::{
    store_int_str_addr, str_append_addr, DICT_CONTAINS, DICT_GET, DICT_SET, SEQ_CONTAINS, SET_ADD, STR_CHAR, STR_EQ,
    STR_ITER_LEFT, STR_ITER_NEXT, STR_LEN,
};

/// What the recorder needs to declare one helper in a trace.
#[derive(Clone, Copy, Debug)]
pub struct HelperDecl {
    pub name: &'static str,
    pub params: &'static [Type],
    pub ret: Type,
    addr: fn() -> usize,
}

impl HelperDecl {
    /// The declaration, with its address resolved.
    pub fn helper(&self) -> Helper {
        Helper { name: self.name.to_string(), params: self.params.to_vec(), ret: self.ret, addr: Some((self.addr)()) }
    }
}

use Type::{Float as F, Int as I, Value as V};

/// `obj.<index> = v` if `obj` still has shape `shape`: `bool` (stored).
pub const ATTR_STORE: HelperDecl = HelperDecl {
    name: "attr_store",
    params: &[V, I, I, V],
    ret: Type::Bool,
    addr: || attr_store as extern "C" fn(*mut JitContext, *const Value, i64, i64, *const Value) -> u8 as usize,
};
/// `list[i] = v`: `bool` (stored; 0 when out of range).
pub const LIST_STORE: HelperDecl = HelperDecl {
    name: "list_store",
    params: &[V, I, V],
    ret: Type::Bool,
    addr: || list_store as extern "C" fn(*mut JitContext, *const Value, i64, *const Value) -> u8 as usize,
};
/// `list.append(v)` (a number or an object, cloned): `bool` (appended; 0 when `list` is not a list).
pub const LIST_APPEND: HelperDecl = HelperDecl {
    name: "list_append",
    params: &[V, V],
    ret: Type::Bool,
    addr: || list_append as extern "C" fn(*mut JitContext, *const Value, *const Value) -> u8 as usize,
};
/// Python's float `a ** b`: `value` (a float, or `Unbound` where Python raises).
pub const FLOAT_POW: HelperDecl = HelperDecl {
    name: "float_pow",
    params: &[F, F],
    ret: V,
    addr: || float_pow as extern "C" fn(*mut JitContext, f64, f64, *mut Value) as usize,
};
/// Python's float `a % b`: `value` (`Unbound` for a zero divisor).
pub const FLOAT_MOD: HelperDecl = HelperDecl {
    name: "float_mod",
    params: &[F, F],
    ret: V,
    addr: || float_mod as extern "C" fn(*mut JitContext, f64, f64, *mut Value) as usize,
};
/// Python's float `a // b`: `value` (`Unbound` for a zero divisor).
pub const FLOAT_FLOORDIV: HelperDecl = HelperDecl {
    name: "float_floordiv",
    params: &[F, F],
    ret: V,
    addr: || float_floordiv as extern "C" fn(*mut JitContext, f64, f64, *mut Value) as usize,
};

/// Reads a helper's `value` operand.
///
/// # Safety
/// `v` must point to a `Value` (a trace passes the address of a 16-byte stack copy of a
/// value it loaded or boxed) whose referent is alive for the call.
unsafe fn operand<'a>(v: *const Value) -> &'a Value {
    // SAFETY: guaranteed by the caller (see above).
    unsafe { &*v }
}

/// Writes a borrowed bitwise copy of `v` (or `Unbound`) into a helper's out-slot.
///
/// # Safety
/// `out` must point to writable, 8-aligned storage for one `Value` that nothing drops.
unsafe fn put(out: *mut Value, v: Option<&Value>) {
    match v {
        // SAFETY: `out` is valid for one `Value` (caller); the copy borrows `v`'s referent
        // without a reference count, which is sound because the trace never drops the
        // out-slot and uses it only after checking that it holds an immediate.
        Some(v) => unsafe { std::ptr::copy_nonoverlapping(v as *const Value, out, 1) },
        // SAFETY: as above; `Unbound` owns nothing.
        None => unsafe { std::ptr::write(out, Value::Unbound) },
    }
}

/// `list[i]`'s (or `s[i]`'s) position (Python's negative indices), if in range.
pub(crate) fn list_position(len: usize, i: i64) -> Option<usize> {
    let n = i64::try_from(len).ok()?;
    let i = if i < 0 { i.checked_add(n)? } else { i };
    (0..n).contains(&i).then_some(i as usize)
}

fn shape_matches(inst: &runtime::object::Instance, shape: i64) -> bool {
    let same_shape = inst.shape.try_borrow().is_ok_and(|s| Rc::as_ptr(&s) as usize as i64 == shape);
    same_shape && inst.dict.try_borrow().is_ok_and(|d| d.is_none()) && inst.class.is_plain()
}

extern "C" fn attr_store(_ctx: *mut JitContext, obj: *const Value, shape: i64, index: i64, v: *const Value) -> u8 {
    // SAFETY: `obj` and `v` are the trace's stack copies (helper convention).
    let (obj, v) = unsafe { (operand(obj), operand(v)) };
    let Value::Instance(inst) = obj else { return 0 };
    if !shape_matches(inst, shape) {
        return 0;
    }
    let Ok(mut slots) = inst.slots.try_borrow_mut() else { return 0 };
    match usize::try_from(index).ok().and_then(|i| slots.get_mut(i)) {
        Some(slot) => {
            Value::store(slot, v.clone());
            1
        }
        None => 0,
    }
}

extern "C" fn list_store(_ctx: *mut JitContext, list: *const Value, index: i64, v: *const Value) -> u8 {
    // SAFETY: `list` and `v` are the trace's stack copies (helper convention).
    let (list, v) = unsafe { (operand(list), operand(v)) };
    let Value::List(l) = list else { return 0 };
    let Ok(mut items) = l.items.try_borrow_mut() else { return 0 };
    let Some(pos) = list_position(items.len(), index) else { return 0 };
    Value::store(&mut items[pos], v.clone());
    1
}

extern "C" fn list_append(_ctx: *mut JitContext, list: *const Value, v: *const Value) -> u8 {
    // SAFETY: `list` and `v` are the trace's stack copies (helper convention).
    let (list, v) = unsafe { (operand(list), operand(v)) };
    let Value::List(l) = list else { return 0 };
    let Ok(mut items) = l.items.try_borrow_mut() else { return 0 };
    items.push(v.clone());
    1
}

/// The address of `tuple_items` (`extern "C" fn(*const Value, i64) -> i64`), the
/// `tuple_items` op where the tuple layout is unknown.
pub fn tuple_items_addr() -> usize {
    tuple_items as extern "C" fn(*const Value, i64) -> i64 as usize
}

/// The address of the items of `t` when it is a tuple of `n` items, else 0.
extern "C" fn tuple_items(t: *const Value, n: i64) -> i64 {
    // SAFETY: `t` is the trace's stack copy of a value it loaded (helper convention).
    match unsafe { operand(t) } {
        Value::Tuple(t) if t.items.len() as i64 == n => t.items.as_ptr() as i64,
        _ => 0,
    }
}

/// # Safety
/// As `put`.
unsafe fn put_float(out: *mut Value, r: Result<f64, runtime::numeric::NumError>) {
    let v = r.ok().map(Value::Float);
    // SAFETY: guaranteed by the caller; a float owns nothing.
    unsafe { put(out, v.as_ref()) }
}

extern "C" fn float_pow(_ctx: *mut JitContext, a: f64, b: f64, out: *mut Value) {
    // SAFETY: `out` is the trace's out-slot for this call (helper convention).
    unsafe { put_float(out, arith::float_pow(a, b)) }
}

extern "C" fn float_mod(_ctx: *mut JitContext, a: f64, b: f64, out: *mut Value) {
    // SAFETY: `out` is the trace's out-slot for this call (helper convention).
    unsafe { put_float(out, arith::float_mod(a, b)) }
}

extern "C" fn float_floordiv(_ctx: *mut JitContext, a: f64, b: f64, out: *mut Value) {
    // SAFETY: `out` is the trace's out-slot for this call (helper convention).
    unsafe { put_float(out, arith::float_floordiv(a, b)) }
}

/// The address of `module_attr_is` (`extern "C" fn(*const Value, i64, i64, i64, i64) ->
/// i64`, the `module_attr_is` op where the list layout is unknown).
pub fn module_attr_is_addr() -> usize {
    module_attr_is as extern "C" fn(*const Value, i64, i64, i64, i64) -> i64 as usize
}

/// 1 when `module` is the module value with payload word `module_word`, whose slots are
/// at address `slots`, and its slot `slot` still holds the native function with payload
/// word `function_word`, else 0.
extern "C" fn module_attr_is(module: *const Value, module_word: i64, slots: i64, slot: i64, function_word: i64) -> i64 {
    // SAFETY: `module` is the trace's stack copy of a slot value (helper convention).
    let module = unsafe { operand(module) };
    let Value::Other(other) = module else { return 0 };
    let Other::Module(m) = &**other else { return 0 };
    if payload_word(module) != Some(module_word) || &m.slots as *const _ as usize as i64 != slots {
        return 0;
    }
    let Ok(slots) = m.slots.try_borrow() else { return 0 };
    let same = match usize::try_from(slot).ok().and_then(|s| slots.get(s)) {
        Some(f @ Value::Native(_)) => payload_word(f) == Some(function_word),
        _ => false,
    };
    i64::from(same)
}

/// The address of `release_value` (`extern "C" fn(*mut Value)`), which an inline counted
/// store calls to release the last reference to the value a slot held.
pub fn release_value_addr() -> usize {
    release_value as extern "C" fn(*mut Value) as usize
}

/// Drops the value at `v`: the last reference to it, which a counted store took out of a
/// slot (its count is 1, so this frees it).
extern "C" fn release_value(v: *mut Value) {
    // SAFETY: `v` is a stack copy of the tag and payload a slot held, which owned this one
    // reference; the slot no longer names it, so dropping the copy releases it exactly once.
    unsafe { std::ptr::drop_in_place(v) }
}

/// The payload word of `v` as compiled code reads it (the `payload` op): for a heap value,
/// the pointer its `Rc` stores. Identity guards compare it with this constant. `None` for
/// the variants whose payload is not a full word (`Unbound`, `None`, `Bool`).
pub fn payload_word(v: &Value) -> Option<i64> {
    if matches!(v, Value::Unbound | Value::None | Value::Bool(_)) {
        return None;
    }
    // SAFETY: `Value` is `#[repr(C, u8)]`, 16 bytes with the payload at offset 8
    // (`codegen::abi::PAYLOAD_OFFSET`, pinned by `tests/layout.rs`); every other variant
    // stores 8 initialized bytes there (an i64, f64 bits or an `Rc` pointer).
    Some(unsafe { std::ptr::read((v as *const Value as *const u8).add(8) as *const i64) })
}

/// The address of `note_inner_exit`, which a `call_trace` calls when the inner loop's
/// trace left through an exit other than its loop end (helper signature `(int) -> void`).
pub fn note_inner_exit_addr() -> usize {
    note_inner_exit as extern "C" fn(*mut JitContext, i64) as usize
}

/// Notes the exit an inner loop's trace took, for the driver to resume inside that loop.
extern "C" fn note_inner_exit(ctx: *mut JitContext, exit: i64) {
    // SAFETY: `ctx` is the context `Backend::enter` passed to the outer trace, alive while
    // compiled code runs and only ever shared (helper convention).
    let ctx = unsafe { &*ctx };
    if let Ok(mut exits) = ctx.inner_exits.try_borrow_mut() {
        exits.push(exit as u32);
    }
}

/// The address of `store_counted_exit` (signature `(ptr, value) -> void`): an exit writing
/// a value into a counted slot (a store `opt::sink` moved into the snapshots).
pub fn store_counted_exit_addr() -> usize {
    store_counted_exit as extern "C" fn(*mut Value, *const Value) as usize
}

/// `*slot = v.clone()`: the slot takes a reference of its own and releases its old value.
extern "C" fn store_counted_exit(slot: *mut Value, v: *const Value) {
    // SAFETY: `v` is the exit's stack copy of a value the trace read, whose referent is
    // still held by what held it then (a sinking trace releases nothing); never dropped.
    let v = unsafe { operand(v) };
    // SAFETY: `slot` is `slots + 16 * s` for a slot `s < n_slots` of the array `enter` was
    // given, which owns an initialized `Value` that only this store replaces.
    unsafe { *slot = v.clone() }
}

/// The address of `store_list_iter` (signature `(ptr, value) -> void`), which codegen
/// calls for `store_list_iter`.
pub fn store_list_iter_addr() -> usize {
    store_list_iter as extern "C" fn(*mut Value, *const Value) as usize
}

/// `*slot = iter(list)` for a list (or a str), releasing the slot's old value. A value that
/// is neither leaves the slot unbound (the recorder guarded its type, so this does not happen; the inner
/// trace's guard on the iterator would exit).
extern "C" fn store_list_iter(slot: *mut Value, list: *const Value) {
    // SAFETY: `list` is the trace's stack copy of a value it loaded and guarded in the same
    // iteration, whose referent is alive (helper convention).
    let list = unsafe { operand(list) };
    // SAFETY: `slot` is `slots + 16 * s` for a slot `s < n_slots` of the array `enter` was
    // given, which owns an initialized `Value` that only this store replaces.
    let slot = unsafe { &mut *slot };
    // The slot's previous iterator, when nothing else holds it, is rewound onto the list
    // instead of allocating a new one: an inner `for b in bodies` runs this every outer
    // iteration (nbody: 7% of its time went to allocating and freeing iterators).
    if let (Value::Other(old), Value::List(list)) = (&mut *slot, list) {
        if let Some(Other::Iter(cell)) = Rc::get_mut(old) {
            if let runtime::iter::NativeIter::List { list: walked, index } = cell.get_mut() {
                if !Rc::ptr_eq(walked, list) {
                    *walked = list.clone();
                }
                *index = 0;
                return;
            }
        }
    }
    let iter = match list {
        Value::List(list) => {
            runtime::iter::iter_value(runtime::iter::NativeIter::List { list: list.clone(), index: 0 })
        }
        Value::Str(s) => runtime::iter::iter_value(runtime::iter::NativeIter::Str { s: s.clone(), byte_pos: 0 }),
        _ => Value::Unbound,
    };
    Value::store(slot, iter);
}

/// The address of `list_length` (`extern "C" fn(*const Value) -> i64`, the `list_length` op).
pub fn list_length_addr() -> usize {
    list_length as extern "C" fn(*const Value) -> i64 as usize
}

/// The number of elements of a list; -1 for anything else or a list being mutated.
extern "C" fn list_length(list: *const Value) -> i64 {
    // SAFETY: `list` is the trace's stack copy of a value it loaded (helper convention).
    match unsafe { operand(list) } {
        // The same borrow as `list_items` takes: a list it would refuse has no valid index.
        Value::List(l) => l.items.try_borrow_mut().map_or(-1, |items| items.len() as i64),
        _ => -1,
    }
}

/// The address of `list_items` (`extern "C" fn(*const Value) -> i64`, the `list_items` op).
pub fn list_items_addr() -> usize {
    list_items as extern "C" fn(*const Value) -> i64 as usize
}

/// The address of a list's element array (0 for anything else or a list in use). Compiled
/// code reads and writes elements there only at indices it checked against `list_length`,
/// and only until an op that may resize a list (the emitter's CSE rules).
extern "C" fn list_items(list: *const Value) -> i64 {
    // SAFETY: `list` is the trace's stack copy of a value it loaded (helper convention).
    match unsafe { operand(list) } {
        Value::List(l) => l.items.try_borrow_mut().map_or(0, |mut items| items.as_mut_ptr() as i64),
        _ => 0,
    }
}

/// The address of `class_is_plain` (`extern "C" fn(i64) -> i64`): the `class_is_plain`
/// op when the class's cache is stale, or its layout unknown.
pub fn class_is_plain_addr() -> usize {
    class_is_plain as extern "C" fn(i64) -> i64 as usize
}

/// The address of `class_version` (`extern "C" fn(i64) -> i64`): the `class_version` op
/// when the class layout is unknown.
pub fn class_version_addr() -> usize {
    class_version as extern "C" fn(i64) -> i64 as usize
}

/// Runs `f` on the class at `class`, an `Rc::as_ptr` of a class the trace keeps alive.
fn with_class<T>(class: i64, f: impl FnOnce(&Rc<runtime::object::Class>) -> T) -> T {
    // SAFETY: `class` is the `Rc::as_ptr` of a class the trace holds a reference to
    // (`KeepAlive`), so it is live; `ManuallyDrop` keeps this borrowed `Rc` from
    // releasing that reference.
    let class = std::mem::ManuallyDrop::new(unsafe { Rc::from_raw(class as usize as *const runtime::object::Class) });
    f(&class)
}

/// `Class::is_plain` (1 or 0), which refreshes the class's cache.
extern "C" fn class_is_plain(class: i64) -> i64 {
    with_class(class, |c| i64::from(c.is_plain()))
}

/// `Class::version`.
extern "C" fn class_version(class: i64) -> i64 {
    with_class(class, |c| c.version.get() as i64)
}

/// The address of `class_attr` (`extern "C" fn(i64, i64, i64, *mut Value)`, the op).
pub fn class_attr_addr() -> usize {
    class_attr as extern "C" fn(i64, i64, i64, *mut Value) as usize
}

/// Writes into `out` the number the class at `class` binds to the name of `len` bytes at
/// `name`, or `Unbound` (see the `class_attr` op).
extern "C" fn class_attr(class: i64, name: i64, len: i64, out: *mut Value) {
    // SAFETY: `name` and `len` are those of a `str` the trace keeps alive (`KeepAlive::names`).
    let bytes = unsafe { std::slice::from_raw_parts(name as usize as *const u8, len as usize) };
    let found = std::str::from_utf8(bytes).ok().and_then(|name| {
        with_class(class, |c| c.lookup(name)).filter(|v| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)))
    });
    // SAFETY: `out` is the trace's out-slot (helper convention); a number owns nothing.
    unsafe { put(out, found.as_ref()) }
}

/// The address of `attr_items` (`extern "C" fn(*const Value, i64) -> i64`, the
/// `attr_items` op).
pub fn attr_items_addr() -> usize {
    attr_items as extern "C" fn(*const Value, i64) -> i64 as usize
}

/// The address of an instance's attribute array when it has the shape at address `shape`
/// (see `shape_matches`), else 0. Compiled code indexes it only at positions that shape
/// gives, and only until Python code runs again (which alone adds or deletes attributes).
extern "C" fn attr_items(obj: *const Value, shape: i64) -> i64 {
    // SAFETY: `obj` is the trace's stack copy of a value it loaded (helper convention).
    match unsafe { operand(obj) } {
        Value::Instance(inst) if shape_matches(inst, shape) => {
            inst.slots.try_borrow_mut().map_or(0, |mut slots| slots.as_mut_ptr() as i64)
        }
        _ => 0,
    }
}

/// The address of `libm_pow` (`extern "C" fn(f64, f64) -> f64`, the `pow_float` op).
pub fn libm_pow_addr() -> usize {
    libm_pow as extern "C" fn(f64, f64) -> f64 as usize
}

/// The C library's `pow`, which CPython's float `**` calls too, with the runtime's shortcuts
/// for `x ** 2` and `x ** 0.5` that return the same bits.
extern "C" fn libm_pow(a: f64, b: f64) -> f64 {
    runtime::numeric::libm_pow::pow(a, b)
}

/// The address of `libm_pow_in_place` (`extern "C" fn(*mut [f64; 2])`): the slow path of
/// the inline square and root, whose shortcut test already failed, called through a
/// `preserve_all` trampoline (`codegen::cold_calls`).
pub fn libm_pow_in_place_addr() -> usize {
    libm_pow_in_place as extern "C" fn(*mut [f64; 2]) as usize
}

/// The C library's `pow` with no shortcut, of the base and exponent at `args`; the result
/// replaces the base.
extern "C" fn libm_pow_in_place(args: *mut [f64; 2]) {
    // SAFETY: `args` is the caller's 16-byte stack slot holding the two operands, which it
    // reads back after the call and nothing else touches meanwhile.
    let args = unsafe { &mut *args };
    args[0] = runtime::numeric::libm_pow::libm(args[0], args[1]);
}

/// Where a list's parts are, as byte offsets from the address a `Value::List` holds (its
/// `Rc` allocation): what compiled code reads to do `list_length` and `list_items` inline.
///
/// ```text
///  payload ──> Rc allocation: strong, weak, PyList { items: RefCell<Vec<Value>> }
///                                                    │ borrow flag (isize, 0 = free)
///                                                    │ Vec: element pointer, length, capacity
/// ```
/// `RefCell` and `Vec` do not promise a field order, so the offsets are measured on a probe
/// list (`list_layout`) rather than assumed, and `tests/layout.rs` checks them against
/// several lists (empty, grown, borrowed, mutably borrowed).
///
/// Invariant: a `ListLayout` is only made by `probe_list_layout`, so its offsets always lie
/// inside a list's allocation (the fields are private; reading them is safe).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListLayout {
    borrow: i32,
    items: i32,
    len: i32,
    /// Where the `RefCell` starts.
    cell: i32,
}

impl ListLayout {
    /// An offset of this layout taken from the start of the `RefCell<Vec<Value>>` rather
    /// than of the list's allocation: the same fields of any such cell (a module's slots).
    pub fn in_cell(self, offset: i32) -> i32 {
        offset - self.cell
    }

    /// The `RefCell`'s borrow flag: 0 exactly when neither borrowed nor mutably borrowed,
    /// that is when `try_borrow_mut` (what the helpers take) succeeds.
    pub fn borrow_offset(self) -> i32 {
        self.borrow
    }

    /// The `Vec`'s element pointer (`as_ptr`).
    pub fn items_offset(self) -> i32 {
        self.items
    }

    /// The `Vec`'s length.
    pub fn len_offset(self) -> i32 {
        self.len
    }

    /// Whether these offsets read the list `v`'s borrow flag, element pointer and length
    /// right, with the list free, shared-borrowed twice and mutably borrowed (its
    /// `RefCell` must be free on entry; false for anything but a list).
    pub fn reads_right(self, v: &Value) -> bool {
        let Value::List(list) = v else { return false };
        let Ok(items) = list.items.try_borrow() else { return false };
        let (ptr, len) = (items.as_ptr() as usize, items.len());
        drop(items);
        let flag = || list_word(v, self.borrow);
        let free = flag() == Some(0) && list_word(v, self.items) == Some(ptr) && list_word(v, self.len) == Some(len);
        let shared = {
            let (_a, _b) = (list.items.borrow(), list.items.borrow());
            flag() == Some(2)
        };
        let exclusive = {
            let _m = list.items.borrow_mut();
            flag().is_some_and(|f| f != 0)
        };
        free && shared && exclusive && flag() == Some(0)
    }
}

/// The list layout of this build, measured once; `None` when the probe cannot pin it down
/// (then compiled code calls `list_length`/`list_items` as before).
pub fn list_layout() -> Option<ListLayout> {
    static LAYOUT: std::sync::OnceLock<Option<ListLayout>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(probe_list_layout)
}

const WORD: usize = std::mem::size_of::<usize>();

/// The machine words of the `n_bytes` bytes at `addr`.
///
/// # Safety
/// `addr` must be word-aligned and start `n_bytes` bytes of initialized memory (no
/// padding) that is alive and not written during the call.
unsafe fn words_at(addr: usize, n_bytes: usize) -> Vec<usize> {
    // SAFETY: guaranteed by the caller.
    (0..n_bytes / WORD).map(|i| unsafe { std::ptr::read((addr + i * WORD) as *const usize) }).collect()
}

/// The index of the one word equal to `want`, if exactly one is.
fn only_word(words: &[usize], want: usize) -> Option<usize> {
    let mut hits = words.iter().enumerate().filter(|(_, w)| **w == want).map(|(i, _)| i);
    let first = hits.next()?;
    hits.next().is_none().then_some(first)
}

/// Measures `ListLayout` on probe lists: the `Vec` is where `RefCell::as_ptr` says; its
/// element pointer and length are the words equal to `as_ptr()` and `len()` (with a
/// capacity and length chosen to differ from each other); the borrow flag is the one word
/// of the `RefCell` outside the `Vec` that counts shared borrows (0, 1, 2) and is non-zero
/// while mutably borrowed. Every finding is checked again on a second list.
fn probe_list_layout() -> Option<ListLayout> {
    type Items = std::cell::RefCell<Vec<Value>>;
    let (cell_size, vec_size) = (std::mem::size_of::<Items>(), std::mem::size_of::<Vec<Value>>());
    // No padding anywhere (it could not be read): the Vec is three words (pointer,
    // capacity, length) and the flag one word beside it.
    if vec_size != 3 * WORD || cell_size != vec_size + WORD || std::mem::align_of::<Items>() != WORD {
        return None;
    }
    let make = |len: usize, cap: usize| {
        let mut items = Vec::with_capacity(cap);
        items.extend((0..len as i64).map(Value::Int));
        Value::List(Rc::new(runtime::object::PyList::new(items)))
    };
    // Offsets from the Rc allocation of the vec, the cell, and the payload.
    let parts = |v: &Value| -> Option<(usize, usize, usize)> {
        let Value::List(list) = v else { return None };
        let base = payload_word(v)? as usize;
        let cell = &list.items as *const Items as usize;
        let vec = list.items.as_ptr() as usize;
        Some((base, cell.checked_sub(base)?, vec.checked_sub(base)?))
    };
    let first = make(3, 7);
    let Value::List(list) = &first else { return None };
    let (base, cell_off, vec_off) = parts(&first)?;
    let vec_words = {
        let _shared = list.items.try_borrow().ok()?;
        // SAFETY: the Vec is alive (`first` owns it), word-aligned, padding-free (checked
        // above) and only shared-borrowed while it is read.
        unsafe { words_at(base + vec_off, vec_size) }
    };
    let data = list.items.try_borrow().ok()?.as_ptr() as usize;
    let items_word = only_word(&vec_words, data)?;
    let len_word = only_word(&vec_words, 3)?;
    // The flag: the cell's words outside the Vec.
    let flag_off = if vec_off == cell_off + WORD {
        cell_off
    } else if vec_off == cell_off {
        cell_off + vec_size
    } else {
        return None;
    };
    let layout = ListLayout {
        borrow: i32::try_from(flag_off).ok()?,
        items: i32::try_from(vec_off + items_word * WORD).ok()?,
        len: i32::try_from(vec_off + len_word * WORD).ok()?,
        cell: i32::try_from(cell_off).ok()?,
    };
    let second = make(5, 9);
    (layout.reads_right(&first) && layout.reads_right(&second)).then_some(layout)
}

/// The word compiled code would read at offset `off` of the list `v`'s allocation.
fn list_word(v: &Value, off: i32) -> Option<usize> {
    let Value::List(_) = v else { return None };
    let addr = (payload_word(v)? as usize).checked_add(usize::try_from(off).ok()?)?;
    // SAFETY: `off` is one of a `ListLayout`'s offsets, which only `probe_list_layout`
    // makes, from the addresses of a list's `RefCell` and `Vec` (whose sizes it checked: no
    // padding); so `addr` is an initialized, word-aligned word inside the live list `v`,
    // which nothing writes meanwhile.
    Some(unsafe { std::ptr::read(addr as *const usize) })
}
