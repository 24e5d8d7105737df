//! Objects in compiled functions: the one-word encoding of a `Value` that is None or a
//! heap object, the inline reference counting on it, and the `extern "C"` helpers that
//! build and take apart tuples and drop the last reference.
//!
//! A word is `tag << 56 | payload`: the `Value`'s tag number in the top byte and its `Rc`
//! pointer (0 for None) below. User-space pointers on x86-64 and AArch64 are below 2**48;
//! a pointer that does not fit is refused (`word_of` says so) and the code bails. The word
//! 0 (tag `Unbound`) is *empty*: what a local or temporary holds before its first
//! assignment, and what releasing it does nothing to.
//!
//! Invariant: every non-empty word compiled code holds owns one reference (`Rc` strong
//!   count) to its object, and is released (decref) or moved (into a tuple, a callee's
//!   parameter, a return value) exactly once.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, Signature, Value as ClifValue};
use cranelift_frontend::FunctionBuilder;
use runtime::object::{PyTuple, TupleItems};
use runtime::value::Tag;
use runtime::Value;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::rc::Rc;

/// Where the tag sits in a word.
pub const TAG_SHIFT: i64 = 56;
/// The payload bits of a word.
pub const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;
/// `None`'s word.
pub const NONE_WORD: u64 = (Tag::None as u64) << TAG_SHIFT;
/// The smallest word of a heap object: words at or above it hold a reference.
pub const FIRST_HEAP_WORD: u64 = (super::abi::FIRST_HEAP_TAG as u64) << TAG_SHIFT;

/// The word of `v`, taking over its reference; `None` (and `v` dropped) when `v` is not
/// None or a heap object, or its pointer does not fit below the tag.
pub fn word_of(v: Value) -> Option<u64> {
    if matches!(v, Value::None) {
        return Some(NONE_WORD);
    }
    let tag = v.tag() as u64;
    if tag < super::abi::FIRST_HEAP_TAG as u64 {
        return None;
    }
    let v = ManuallyDrop::new(v);
    // SAFETY: `Value` is `#[repr(C, u64)]`, 16 bytes with the payload word at offset 8
    // (`tests/layout.rs`); a heap variant's payload is its initialized `Rc` pointer.
    let payload = unsafe { (&*v as *const Value as *const u64).add(1).read() };
    if payload & !PAYLOAD_MASK != 0 {
        // Not representable: give the reference back.
        drop(ManuallyDrop::into_inner(v));
        return None;
    }
    Some(tag << TAG_SHIFT | payload)
}

/// Whether the heap value `v`'s pointer fits below the tag.
fn word_fits(v: &Value) -> bool {
    crate::trace_calls::payload_word(v).is_some_and(|p| p as u64 & !PAYLOAD_MASK == 0)
}

/// The `Value` a non-empty word holds, taking over its reference.
///
/// # Safety
/// `word` must come from `word_of` (or a copy whose reference was counted) and own the
/// reference it gives up.
pub unsafe fn value_of(word: u64) -> Value {
    let mut v = MaybeUninit::<Value>::uninit();
    let p = v.as_mut_ptr() as *mut u64;
    // SAFETY (of the writes and of `assume_init`): the tag word and payload word are
    // exactly what `word_of` read from a valid `Value` of this variant.
    p.write(word >> TAG_SHIFT);
    p.add(1).write(word & PAYLOAD_MASK);
    v.assume_init()
}

/// Drops the reference a heap word owns (its count was 1, so this frees it).
extern "C" fn drop_word(word: u64) {
    // SAFETY: compiled code calls this only with a heap word it owns (`emit_decref`).
    super::spare_tuples::release(unsafe { value_of(word) });
}

/// Builds a tuple of the `n` values at `items` (moving them: their references go into the
/// tuple) and returns its word, or 0 when the pointer does not fit a word (the tuple is
/// then dropped, and the caller bails).
extern "C" fn tuple_new(items: *const Value, n: u64) -> u64 {
    // SAFETY: compiled code wrote `n` initialized values into this stack array and gives
    // up their references: each is read (moved) exactly once below and never used again.
    let read = |i: usize| unsafe { items.add(i).read() };
    // The items go straight into the tuple's allocation: a `SmallVec` built on the stack and
    // then moved into the `Rc` was copied with 16-byte loads of fields just written with
    // 8-byte stores, which the CPU cannot forward (a fifth of binary_trees' time).
    let mut tuple = Rc::new(PyTuple::from_items(TupleItems::new()));
    match Rc::get_mut(&mut tuple) {
        Some(t) => t.items.extend((0..n as usize).map(read)),
        None => {
            (0..n as usize).for_each(|i| drop(read(i)));
            return 0;
        }
    }
    word_of(Value::Tuple(tuple)).unwrap_or(0)
}

/// Unpacks the tuple `word` (borrowed) into `n` words at `out`, each a new reference;
/// returns 0 (writing nothing) unless it is a tuple of exactly `n` items, each None or a
/// heap object that fits a word.
extern "C" fn unpack_tuple(word: u64, n: u64, out: *mut u64) -> u8 {
    if word >> TAG_SHIFT != Tag::Tuple as u64 {
        return 0;
    }
    // SAFETY: a tuple word owned by the caller, which keeps it alive during this call;
    // `ManuallyDrop` leaves its count alone.
    let tuple = ManuallyDrop::new(unsafe { value_of(word) });
    let Value::Tuple(t) = &*tuple else { return 0 };
    if t.items.len() != n as usize {
        return 0;
    }
    // Every item must be an object that fits a word before any reference is taken.
    let fits = |item: &Value| match item {
        Value::None => true,
        v => v.tag() as u64 >= super::abi::FIRST_HEAP_TAG as u64 && word_fits(v),
    };
    if !t.items.iter().all(fits) {
        return 0;
    }
    for (i, item) in t.items.iter().enumerate() {
        let word = word_of(item.clone()).unwrap_or(0);
        // SAFETY: compiled code passes a stack array of `n` words.
        unsafe { out.add(i).write(word) };
    }
    1
}

/// Releases the reference `word` owns, if any.
///
/// # Safety
/// `word` is empty, None's, or a heap word that owns one reference (which it gives up).
pub unsafe fn release_word(word: u64) {
    if word >= FIRST_HEAP_WORD {
        drop(value_of(word));
    }
}

/// A signature in the function's own calling convention.
fn signature(b: &FunctionBuilder, params: &[types::Type], ret: Option<types::Type>) -> Signature {
    let mut sig = Signature::new(b.func.signature.call_conv);
    sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
    sig.returns.extend(ret.map(AbiParam::new));
    sig
}

/// Calls the helper at `addr` with `args`; its result, if it has one.
fn call_helper(
    b: &mut FunctionBuilder,
    addr: usize,
    params: &[types::Type],
    ret: Option<types::Type>,
    args: &[ClifValue],
) -> Option<ClifValue> {
    let sig = signature(b, params, ret);
    let sig_ref = b.import_signature(sig);
    let callee = b.ins().iconst(types::I64, addr as i64);
    let call = b.ins().call_indirect(sig_ref, callee, args);
    b.inst_results(call).first().copied()
}

/// Takes one more reference to the object `word` holds, if it is a heap object.
pub fn emit_incref(b: &mut FunctionBuilder, word: ClifValue) {
    let heap = b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, word, FIRST_HEAP_WORD as i64);
    let ptr = b.ins().band_imm_u(word, PAYLOAD_MASK as i64);
    super::abi::emit_rc_increment(b, heap, ptr);
}

/// Releases the reference `word` owns, if it holds a heap object: the last one is dropped
/// by `drop_word`.
pub fn emit_decref(b: &mut FunctionBuilder, word: ClifValue) {
    let heap = b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, word, FIRST_HEAP_WORD as i64);
    let ptr = b.ins().band_imm_u(word, PAYLOAD_MASK as i64);
    let done = super::abi::emit_rc_decrement(b, heap, ptr);
    call_helper(b, drop_word as extern "C" fn(u64) as usize, &[types::I64], None, &[word]);
    b.ins().jump(done, &[]);
    b.switch_to_block(done);
}

/// `tuple_new` on the `n` values at `items`: the tuple's word, 0 on failure. A tuple of up
/// to 2 items is built inline when the tuple layout is known: `alloc_tuple`'s allocation
/// gets the counts, the length and the items (each one 16-byte move from the stack array);
/// a pointer that does not fit a word is handed to `drop_tuple` and gives 0.
pub fn emit_tuple_new(b: &mut FunctionBuilder, items: ClifValue, n: usize) -> ClifValue {
    let Some(layout) = crate::tuple_layout::tuple_layout().filter(|_| n <= 2) else {
        let addr = tuple_new as extern "C" fn(*const Value, u64) -> u64 as usize;
        let n = b.ins().iconst(types::I64, n as i64);
        return call_helper(b, addr, &[types::I64, types::I64], Some(types::I64), &[items, n]).unwrap_or(n);
    };
    let flags = cranelift_codegen::ir::MemFlagsData::trusted();
    let alloc = alloc_tuple as extern "C" fn() -> u64 as usize;
    let ptr = call_helper(b, alloc, &[], Some(types::I64), &[]).unwrap_or(items);
    let one = b.ins().iconst(types::I64, 1);
    b.ins().store(flags, one, ptr, super::abi::RC_STRONG_OFFSET);
    b.ins().store(flags, one, ptr, super::abi::RC_STRONG_OFFSET + 8);
    let len = b.ins().iconst(types::I64, n as i64);
    b.ins().store(flags, len, ptr, layout.len_offset());
    for i in 0..n {
        let item = b.ins().load(types::I64X2, flags, items, 16 * i as i32);
        b.ins().store(flags, item, ptr, layout.item_offset(i));
    }
    let (fits, too_high, done) = (b.create_block(), b.create_block(), b.create_block());
    b.append_block_param(done, types::I64);
    let low = b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, ptr, PAYLOAD_MASK as i64);
    b.ins().brif(low, fits, &[], too_high, &[]);
    b.switch_to_block(fits);
    b.seal_block(fits);
    let tag = b.ins().iconst(types::I64, (Tag::Tuple as i64) << TAG_SHIFT);
    let word = b.ins().bor(tag, ptr);
    b.ins().jump(done, &[word.into()]);
    b.switch_to_block(too_high);
    b.seal_block(too_high);
    b.set_cold_block(too_high);
    call_helper(b, drop_tuple as extern "C" fn(u64) as usize, &[types::I64], None, &[ptr]);
    let zero = b.ins().iconst(types::I64, 0);
    b.ins().jump(done, &[zero.into()]);
    b.switch_to_block(done);
    b.seal_block(done);
    b.block_params(done)[0]
}

/// An allocation for an `Rc<PyTuple>` (`tuple_layout::allocation_layout`), recycled
/// (`spare_tuples`) or fresh, which the caller initializes completely before anything
/// reads it.
extern "C" fn alloc_tuple() -> u64 {
    if let Some(spare) = super::spare_tuples::take() {
        return spare as u64;
    }
    let layout = crate::tuple_layout::allocation_layout();
    // SAFETY: the layout has a non-zero size (two counts and the tuple).
    let ptr = unsafe { std::alloc::alloc(layout) };
    if ptr.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    ptr as u64
}

/// Drops a tuple compiled code built in place (`emit_tuple_new`) whose address does not fit
/// a word: its items' references and its allocation are released.
extern "C" fn drop_tuple(ptr: u64) {
    // SAFETY: `ptr` is an allocation of `allocation_layout` initialized as `Rc::new` would
    // (counts 1, the tuple at `VALUE_OFFSET`, checked by the layout probe), owned by the caller;
    // `from_raw` takes that one strong reference and dropping it frees everything.
    drop(unsafe { Rc::from_raw((ptr as usize + crate::tuple_layout::VALUE_OFFSET) as *const PyTuple) });
}

/// `unpack_tuple`: 1 when the `n` words were written to `out`, else 0. A tuple of up to 2
/// items is unpacked inline when this build's tuple layout is known (`tuple_layout`):
/// its length word and items are read, and when it has `n` items, each None or a heap
/// object that fits a word, their words are written and counted; anything else calls the
/// helper, which decides exactly.
pub fn emit_unpack(b: &mut FunctionBuilder, word: ClifValue, n: usize, out: ClifValue) -> ClifValue {
    match crate::tuple_layout::tuple_layout() {
        Some(layout) if n <= 2 => emit_unpack_inline(b, layout, word, n, out),
        _ => call_unpack(b, word, n, out),
    }
}

fn call_unpack(b: &mut FunctionBuilder, word: ClifValue, n: usize, out: ClifValue) -> ClifValue {
    let addr = unpack_tuple as extern "C" fn(u64, u64, *mut u64) -> u8 as usize;
    let n = b.ins().iconst(types::I64, n as i64);
    let params = [types::I64, types::I64, types::I64];
    call_helper(b, addr, &params, Some(types::I8), &[word, n, out]).unwrap_or(n)
}

fn emit_unpack_inline(
    b: &mut FunctionBuilder,
    layout: crate::tuple_layout::TupleLayout,
    word: ClifValue,
    n: usize,
    out: ClifValue,
) -> ClifValue {
    let flags = cranelift_codegen::ir::MemFlagsData::trusted();
    let (read, fast, slow, done) = (b.create_block(), b.create_block(), b.create_block(), b.create_block());
    b.append_block_param(done, types::I8);
    let tag = b.ins().ushr_imm_u(word, TAG_SHIFT);
    let is_tuple = b.ins().icmp_imm_u(IntCC::Equal, tag, Tag::Tuple as i64);
    b.ins().brif(is_tuple, read, &[], slow, &[]);
    b.switch_to_block(read);
    b.seal_block(read);
    let ptr = b.ins().band_imm_u(word, PAYLOAD_MASK as i64);
    let len = b.ins().load(types::I64, flags, ptr, layout.len_offset());
    let mut ok = b.ins().icmp_imm_u(IntCC::Equal, len, n as i64);
    let mut words = Vec::with_capacity(n);
    for i in 0..n {
        let at = layout.item_offset(i);
        let item_tag = b.ins().load(types::I8, flags, ptr, at + super::abi::TAG_OFFSET);
        let item_tag = b.ins().uextend(types::I64, item_tag);
        let payload = b.ins().load(types::I64, flags, ptr, at + super::abi::PAYLOAD_OFFSET);
        let is_none = b.ins().icmp_imm_u(IntCC::Equal, item_tag, Tag::None as i64);
        let heap = b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, item_tag, super::abi::FIRST_HEAP_TAG as i64);
        let fits = b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, payload, PAYLOAD_MASK as i64);
        let heap_word = b.ins().band(heap, fits);
        let item_ok = b.ins().bor(is_none, heap_word);
        ok = b.ins().band(ok, item_ok);
        let shifted = b.ins().ishl_imm_u(item_tag, TAG_SHIFT);
        let object = b.ins().bor(shifted, payload);
        let none = b.ins().iconst(types::I64, NONE_WORD as i64);
        words.push(b.ins().select(is_none, none, object));
    }
    b.ins().brif(ok, fast, &[], slow, &[]);
    b.switch_to_block(fast);
    b.seal_block(fast);
    for (i, w) in words.into_iter().enumerate() {
        b.ins().store(flags, w, out, 8 * i as i32);
        emit_incref(b, w);
    }
    let one = b.ins().iconst(types::I8, 1);
    b.ins().jump(done, &[one.into()]);
    b.switch_to_block(slow);
    b.seal_block(slow);
    b.set_cold_block(slow);
    let called = call_unpack(b, word, n, out);
    b.ins().jump(done, &[called.into()]);
    b.switch_to_block(done);
    b.seal_block(done);
    b.block_params(done)[0]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip_and_keep_the_count() {
        let t = Value::tuple(vec![Value::None, Value::Int(3)]);
        let w = word_of(t.clone()).expect("a tuple fits a word");
        assert_eq!(w >> TAG_SHIFT, Tag::Tuple as u64);
        let Value::Tuple(rc) = &t else { unreachable!() };
        assert_eq!(std::rc::Rc::strong_count(rc), 2);
        // SAFETY: `w` came from `word_of` and owns one reference.
        let back = unsafe { value_of(w) };
        assert!(back.is(&t));
        drop(back);
        assert_eq!(std::rc::Rc::strong_count(rc), 1);
        assert_eq!(word_of(Value::None), Some(NONE_WORD));
        assert_eq!(word_of(Value::Int(1)), None);
    }

    #[test]
    fn unpack_checks_length_and_items() {
        let inner = Value::tuple(vec![Value::None, Value::None]);
        let t = Value::tuple(vec![inner.clone(), Value::None]);
        let w = word_of(t.clone()).unwrap_or(0);
        let mut out = [0u64; 2];
        assert_eq!(unpack_tuple(w, 3, out.as_mut_ptr()), 0);
        assert_eq!(unpack_tuple(w, 2, out.as_mut_ptr()), 1);
        assert_eq!(out[1], NONE_WORD);
        let Value::Tuple(rc) = &inner else { unreachable!() };
        assert_eq!(std::rc::Rc::strong_count(rc), 3);
        // SAFETY: `out[0]` owns the reference `unpack_tuple` took.
        unsafe { release_word(out[0]) };
        assert_eq!(std::rc::Rc::strong_count(rc), 2);
        let with_int = word_of(Value::tuple(vec![Value::Int(1), Value::None])).unwrap_or(0);
        assert_eq!(unpack_tuple(with_int, 2, out.as_mut_ptr()), 0);
        // SAFETY: both own the references `word_of` took.
        unsafe { release_word(with_int) };
        unsafe { release_word(w) };
    }
}
