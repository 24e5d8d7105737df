//! The helpers behind `for k in d`, `for v in d.values()` and `for k, v in d.items()` in
//! traces: the header finds the next live entry (`dict_iter_live`), reads its key and value
//! (`dict_entry`, borrowed: the dict owns them, and the trace stores them with counted
//! stores or uses them as numbers), and only then advances the iterator
//! (`dict_iter_advance`), so every guard of the header resumes with nothing consumed.
//!
//! Invariant: an entry index handed out is `index + 1` of a live entry of the dict the
//! iterator walks, valid until the dict changes size (which the next `dict_iter_live`
//! reports, and the interpreter then raises CPython's RuntimeError).

use super::{put, HelperDecl};
use crate::context::JitContext;
use crate::ir::Type::{self, Int as I, Value as V};
use runtime::iter::{DictPart, NativeIter};
use runtime::Value;

/// The number `dict_iter_live` takes for each part a dict iterator yields.
pub fn part_code(part: DictPart) -> i64 {
    match part {
        DictPart::Keys => 0,
        DictPart::Values => 1,
        DictPart::Items => 2,
    }
}

/// `int`: `index + 1` of the next live entry of the dict iterator `it` (yielding `part`),
/// nothing advanced; 0 when it is exhausted; -1 when `it` is not such an iterator, its
/// dict changed size or keys since it started (the interpreter raises), or a cell is in use.
pub const DICT_ITER_LIVE: HelperDecl = HelperDecl {
    name: "dict_iter_live",
    params: &[V, I],
    ret: I,
    addr: || dict_iter_live as extern "C" fn(*mut JitContext, *const Value, i64) -> i64 as usize,
};
/// `value`: the key (`which` 0) or value (1) of entry `at - 1` of the dict the iterator
/// `it` walks, borrowed; `Unbound` when there is none.
pub const DICT_ENTRY: HelperDecl = HelperDecl {
    name: "dict_entry",
    params: &[V, I, I],
    ret: V,
    addr: || dict_entry as extern "C" fn(*mut JitContext, *const Value, i64, i64, *mut Value) as usize,
};
/// `bool`: moves the dict iterator `it` past entry `at - 1` (false, nothing done, when `it`
/// is not a dict iterator).
pub const DICT_ITER_ADVANCE: HelperDecl = HelperDecl {
    name: "dict_iter_advance",
    params: &[V, I],
    ret: Type::Bool,
    addr: || dict_iter_advance as extern "C" fn(*mut JitContext, *const Value, i64) -> u8 as usize,
};

extern "C" fn dict_iter_live(_ctx: *mut JitContext, it: *const Value, part: i64) -> i64 {
    // SAFETY: `it` is the trace's stack copy (helper convention).
    let Some(cell) = (unsafe { super::iters::iter_cell(it) }) else { return -1 };
    let Ok(state) = cell.try_borrow() else { return -1 };
    let NativeIter::Dict { dict, pos, len, seen, part: walked } = &*state else { return -1 };
    if part_code(*walked) != part {
        return -1;
    }
    let Ok(table) = dict.table.try_borrow() else { return -1 };
    if table.len() != *len {
        return -1;
    }
    match table.next_live(*pos) {
        // More entries than it started with: the interpreter raises CPython's error.
        Some(_) if *seen >= *len => -1,
        Some(p) => p as i64 + 1,
        None => 0,
    }
}

extern "C" fn dict_entry(_ctx: *mut JitContext, it: *const Value, at: i64, which: i64, out: *mut Value) {
    // SAFETY: `it` is the trace's stack copy (helper convention).
    let cell = unsafe { super::iters::iter_cell(it) };
    let state = cell.and_then(|cell| cell.try_borrow().ok());
    let found = state.as_deref().and_then(|state| {
        let NativeIter::Dict { dict, .. } = state else { return None };
        let table = dict.table.try_borrow().ok()?;
        let entry = table.get_at(usize::try_from(at - 1).ok()?)?;
        Some(if which == 0 { entry.key.clone() } else { entry.value.clone() })
    });
    // SAFETY: `out` is the trace's out-slot for this call; the copy borrows the dict's key
    // or value, which the dict keeps alive while the trace uses it (the trace stores it with
    // a counted store or reads a number from it before any Python code runs).
    unsafe { put(out, found.as_ref()) }
}

extern "C" fn dict_iter_advance(_ctx: *mut JitContext, it: *const Value, at: i64) -> u8 {
    // SAFETY: `it` is the trace's stack copy (helper convention).
    let Some(cell) = (unsafe { super::iters::iter_cell(it) }) else { return 0 };
    let Ok(mut state) = cell.try_borrow_mut() else { return 0 };
    match &mut *state {
        NativeIter::Dict { pos, seen, .. } if at > 0 => {
            *pos = at as usize;
            *seen += 1;
            1
        }
        _ => 0,
    }
}

/// The address of `store_dict_iter` (signature `(ptr, value, int) -> void`), which codegen
/// calls for `store_dict_iter`.
pub fn store_dict_iter_addr() -> usize {
    store_dict_iter as extern "C" fn(*mut Value, *const Value, i64) as usize
}

/// `*slot = iter(dict.keys() | .values() | .items())` (by `part`), releasing the slot's old
/// value. A value that is not a dict leaves the slot unbound (the recorder guarded its
/// type; the inner trace's guard on the iterator would exit).
extern "C" fn store_dict_iter(slot: *mut Value, dict: *const Value, part: i64) {
    // SAFETY: `dict` is the trace's stack copy of a value it loaded and guarded in the same
    // iteration, whose referent is alive (helper convention).
    let dict = unsafe { super::operand(dict) };
    let part = match part {
        0 => DictPart::Keys,
        1 => DictPart::Values,
        _ => DictPart::Items,
    };
    let iter = match dict {
        Value::Dict(d) => {
            runtime::iter::iter_value(NativeIter::Dict { dict: d.clone(), pos: 0, len: d.len(), seen: 0, part })
        }
        _ => Value::Unbound,
    };
    // SAFETY: `slot` is `slots + 16 * s` for a slot `s < n_slots` of the array `enter` was
    // given, which owns an initialized `Value` that only this store replaces.
    Value::store(unsafe { &mut *slot }, iter);
}
