//! The helpers that find an iterator's parts for compiled `for` loops: where a list
//! iterator's position and an `enumerate`'s count are (compiled code reads and writes them
//! in place), and the list, or the inner iterators of an `enumerate` or a `zip`, they walk.
//! Each runs once per trace entry (their ops are loads, hoisted).
//!
//! Invariant: an address handed out points into the iterator's cell, which the hidden slot
//! keeps alive; it is only handed out while the cell is not borrowed, and compiled code
//! uses it only until Python code runs (which alone could borrow the cell or replace its
//! state), as the ops' CSE rules say.

use super::{operand, payload_word};
use runtime::iter::NativeIter;
use runtime::object::Other;
use runtime::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The address of `list_iter_pos` (`extern "C" fn(*const Value) -> i64`, the op).
pub fn list_iter_pos_addr() -> usize {
    list_iter_pos as extern "C" fn(*const Value) -> i64 as usize
}

/// The address of `list_iter_list` (`extern "C" fn(*const Value) -> i64`, the op's payload).
pub fn list_iter_list_addr() -> usize {
    list_iter_list as extern "C" fn(*const Value) -> i64 as usize
}

/// The address of `enum_count_addr` (`extern "C" fn(*const Value) -> i64`).
pub fn enum_count_addr_addr() -> usize {
    enum_count_addr as extern "C" fn(*const Value) -> i64 as usize
}

/// The address of `enum_inner` (`extern "C" fn(*const Value) -> i64`, the op's payload).
pub fn enum_inner_addr() -> usize {
    enum_inner as extern "C" fn(*const Value) -> i64 as usize
}

/// The address of `zip_inner` (`extern "C" fn(*const Value, i64) -> i64`, the op's payload).
pub fn zip_inner_addr() -> usize {
    zip_inner as extern "C" fn(*const Value, i64) -> i64 as usize
}

/// The iterator cell of `it`, if it is an iterator object.
///
/// # Safety
/// `it` is a helper operand (the trace's stack copy of a value it loaded).
pub(super) unsafe fn iter_cell<'a>(it: *const Value) -> Option<&'a RefCell<NativeIter>> {
    // SAFETY: guaranteed by the caller.
    match unsafe { operand(it) } {
        Value::Other(other) => match &**other {
            Other::Iter(cell) => Some(cell),
            _ => None,
        },
        _ => None,
    }
}

/// The address `field` finds in the state of the iterator `it`, or 0 when it finds none or
/// the cell is borrowed.
fn field_address(it: *const Value, field: impl FnOnce(&mut NativeIter) -> Option<i64>) -> i64 {
    // SAFETY: `it` is a helper operand (helper convention).
    let Some(cell) = (unsafe { iter_cell(it) }) else { return 0 };
    if cell.try_borrow_mut().is_err() {
        return 0;
    }
    // SAFETY: the cell is not borrowed (checked just above), so taking the address of a
    // field through `as_ptr` aliases nothing.
    field(unsafe { &mut *cell.as_ptr() }).unwrap_or(0)
}

/// The payload word of the value `part` finds in the state of the iterator `it`, or 0.
fn part_word(it: *const Value, part: impl FnOnce(&NativeIter) -> Option<Value>) -> i64 {
    // SAFETY: `it` is a helper operand (helper convention).
    let Some(cell) = (unsafe { iter_cell(it) }) else { return 0 };
    let Ok(state) = cell.try_borrow() else { return 0 };
    part(&state).and_then(|v| payload_word(&v)).unwrap_or(0)
}

/// The address of the position of the list iterator `it`, or 0 when `it` is not one or
/// its cell is borrowed. Compiled code reads and writes the position there while it runs
/// (no Rust code borrows the cell meanwhile: the iterator sits in a hidden slot that only
/// the loop uses), and the iterator, which the slot keeps alive, never changes variant
/// while it iterates a list.
extern "C" fn list_iter_pos(it: *const Value) -> i64 {
    field_address(it, |state| match state {
        NativeIter::List { index, .. } => Some(index as *mut usize as i64),
        _ => None,
    })
}

/// The payload word of the list the list iterator `it` walks (what a `Value::List` of it
/// holds), or 0 when `it` is not a list iterator.
extern "C" fn list_iter_list(it: *const Value) -> i64 {
    part_word(it, |state| match state {
        NativeIter::List { list, .. } => Some(Value::List(Rc::clone(list))),
        _ => None,
    })
}

/// The address of the count of the `enumerate` iterator `it`, or 0 when `it` is not one
/// or is busy: compiled code reads and writes it there, like a list iterator's position.
extern "C" fn enum_count_addr(it: *const Value) -> i64 {
    field_address(it, |state| match state {
        NativeIter::Enumerate { count, .. } => Some(count as *mut i64 as i64),
        _ => None,
    })
}

/// The payload word of the iterator the `enumerate` iterator `it` draws from, or 0 when
/// `it` is not one.
extern "C" fn enum_inner(it: *const Value) -> i64 {
    part_word(it, |state| match state {
        NativeIter::Enumerate { inner: inner @ Value::Other(_), .. } => Some(inner.clone()),
        _ => None,
    })
}

/// The payload word of the `k`th iterator the `zip` iterator `it` draws from, or 0 when
/// `it` is not a `zip` of more than `k` iterators.
extern "C" fn zip_inner(it: *const Value, k: i64) -> i64 {
    part_word(it, |state| match state {
        NativeIter::Zip { iters } => match usize::try_from(k).ok().and_then(|k| iters.get(k)) {
            Some(inner @ Value::Other(_)) => Some(inner.clone()),
            _ => None,
        },
        _ => None,
    })
}
