//! The helpers behind strings and dicts in traces: `s[i]`, `len(s)`, `a == b` and `for c in s`
//! on strs, `d.get(k, default)`, `k in d` (and in a set), `s.add(k)`,
//! `d[k] = v`, and `name += t` on a str held in a frame slot (`str_append`).
//!
//! Invariant: only exact str and int keys are looked up or stored (`mapping::plain_hash`):
//! their hashing and equality run no Python code, so no helper here runs any.
//! Invariant: `str_char`'s result borrows a shared one-character string
//! (`runtime::object::str::char_str`), which lives as long as the thread: a trace may use
//! it as an object (store it into a slot with a counted store, pass it to a helper).

use super::{operand, put, HelperDecl};
use crate::context::JitContext;
use crate::ir::Type::{self, Int as I, Value as V};
use runtime::interp::mapping::{contains_plain, find_plain, set_add_plain, set_plain};
use runtime::iter::NativeIter;
use runtime::Value;
use std::rc::Rc;

/// `s[i]` for a str `s`: `value` (the shared one-character str; `Unbound` when `i` is out
/// of range or the character is not below U+0100).
pub const STR_CHAR: HelperDecl = HelperDecl {
    name: "str_char",
    params: &[V, I],
    ret: V,
    addr: || str_char as extern "C" fn(*mut JitContext, *const Value, i64, *mut Value) as usize,
};
/// `len(s)` for a str `s`: `int` (its length in characters).
pub const STR_LEN: HelperDecl = HelperDecl {
    name: "str_len",
    params: &[V],
    ret: I,
    addr: || str_len as extern "C" fn(*mut JitContext, *const Value) -> i64 as usize,
};
/// `a == b` for strs `a` and `b`: `int` 1 or 0 (2 when either is not a str, which the
/// trace's guards exclude).
pub const STR_EQ: HelperDecl = HelperDecl {
    name: "str_eq",
    params: &[V, V],
    ret: I,
    addr: || str_eq as extern "C" fn(*mut JitContext, *const Value, *const Value) -> i64 as usize,
};
/// `for c in s`: the bytes the str iterator `it` has left (`int`), or -1 when `it` is not
/// a str iterator or its cell is in use.
pub const STR_ITER_LEFT: HelperDecl = HelperDecl {
    name: "str_iter_left",
    params: &[V],
    ret: I,
    addr: || str_iter_left as extern "C" fn(*mut JitContext, *const Value) -> i64 as usize,
};
/// `for c in s`: `value`, the str iterator `it`'s next character as the shared
/// one-character string, with the iterator advanced past it; `Unbound`, with nothing
/// advanced, when `it` is not a str iterator, is exhausted or in use, or the character is
/// not below U+0100.
pub const STR_ITER_NEXT: HelperDecl = HelperDecl {
    name: "str_iter_next",
    params: &[V],
    ret: V,
    addr: || str_iter_next as extern "C" fn(*mut JitContext, *const Value, *mut Value) as usize,
};
/// `d.get(key, default)` for a dict `d` and a str or int key: `value` (borrowing the dict's
/// value or the default; `Unbound` when `d` is not a dict, the key not plain or the dict
/// in use).
pub const DICT_GET: HelperDecl = HelperDecl {
    name: "dict_get",
    params: &[V, V, V],
    ret: V,
    addr: || dict_get as extern "C" fn(*mut JitContext, *const Value, *const Value, *const Value, *mut Value) as usize,
};
/// `key in d` for a dict or set `d` and a str or int key: `int` 1 or 0 (2 when `d` is
/// neither, the key not plain or the table in use).
pub const DICT_CONTAINS: HelperDecl = HelperDecl {
    name: "dict_contains",
    params: &[V, V],
    ret: I,
    addr: || dict_contains as extern "C" fn(*mut JitContext, *const Value, *const Value) -> i64 as usize,
};
/// `x in container` for a list of ints, floats, bools, strs or None and such an `x`, or a
/// str in a str: `int` 1 or 0 (2 when a value is of another type or the list is in use).
pub const SEQ_CONTAINS: HelperDecl = HelperDecl {
    name: "seq_contains",
    params: &[V, V],
    ret: I,
    addr: || seq_contains as extern "C" fn(*mut JitContext, *const Value, *const Value) -> i64 as usize,
};
/// `s.add(key)` for a set `s` and a str or int key: `bool` (added, or there already).
pub const SET_ADD: HelperDecl = HelperDecl {
    name: "set_add",
    params: &[V, V],
    ret: Type::Bool,
    addr: || set_add as extern "C" fn(*mut JitContext, *const Value, *const Value) -> u8 as usize,
};
/// `d[key] = v` for a dict `d` and a str or int key: `bool` (stored).
pub const DICT_SET: HelperDecl = HelperDecl {
    name: "dict_set",
    params: &[V, V, V],
    ret: Type::Bool,
    addr: || dict_set as extern "C" fn(*mut JitContext, *const Value, *const Value, *const Value) -> u8 as usize,
};

extern "C" fn str_len(_ctx: *mut JitContext, s: *const Value) -> i64 {
    // SAFETY: `s` is the trace's stack copy (helper convention).
    match unsafe { operand(s) } {
        Value::Str(text) => text.len() as i64,
        _ => -1,
    }
}

extern "C" fn str_eq(_ctx: *mut JitContext, a: *const Value, b: *const Value) -> i64 {
    // SAFETY: `a` and `b` are the trace's stack copies (helper convention).
    match unsafe { (operand(a), operand(b)) } {
        (Value::Str(x), Value::Str(y)) => i64::from(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
        _ => 2,
    }
}

extern "C" fn str_iter_left(_ctx: *mut JitContext, it: *const Value) -> i64 {
    // SAFETY: `it` is the trace's stack copy (helper convention).
    let Some(cell) = (unsafe { super::iters::iter_cell(it) }) else { return -1 };
    match cell.try_borrow().as_deref() {
        Ok(NativeIter::Str { s, byte_pos }) => s.len_bytes().saturating_sub(*byte_pos) as i64,
        _ => -1,
    }
}

extern "C" fn str_iter_next(_ctx: *mut JitContext, it: *const Value, out: *mut Value) {
    // SAFETY: `it` is the trace's stack copy (helper convention).
    let cell = unsafe { super::iters::iter_cell(it) };
    let next = cell.and_then(|cell| {
        let mut state = cell.try_borrow_mut().ok()?;
        let NativeIter::Str { s, byte_pos } = &mut *state else { return None };
        let c = s.as_str().get(*byte_pos..)?.chars().next().filter(|c| (*c as u32) < 256)?;
        *byte_pos += c.len_utf8();
        Some(Value::Str(runtime::object::str::char_str(c)))
    });
    // SAFETY: `out` is the trace's out-slot for this call; the copy borrows the shared
    // string, which the thread's table keeps alive after `next` is dropped.
    unsafe { put(out, next.as_ref()) }
}

extern "C" fn str_char(_ctx: *mut JitContext, s: *const Value, i: i64, out: *mut Value) {
    // SAFETY: `s` is the trace's stack copy (helper convention).
    let s = unsafe { operand(s) };
    let c = match s {
        Value::Str(s) => super::list_position(s.len(), i).and_then(|pos| s.char_at(pos)).filter(|c| (*c as u32) < 256),
        _ => None,
    };
    let shared = c.map(|c| Value::Str(runtime::object::str::char_str(c)));
    // SAFETY: `out` is the trace's out-slot for this call; the copy borrows the shared
    // string, which the thread's table keeps alive after `shared` is dropped.
    unsafe { put(out, shared.as_ref()) }
}

extern "C" fn dict_get(
    _ctx: *mut JitContext,
    d: *const Value,
    key: *const Value,
    default: *const Value,
    out: *mut Value,
) {
    // SAFETY: the operands are the trace's stack copies (helper convention).
    let (d, key, default) = unsafe { (operand(d), operand(key), operand(default)) };
    let Value::Dict(d) = d else {
        // SAFETY: `out` is the trace's out-slot for this call.
        return unsafe { put(out, None) };
    };
    let Ok(table) = d.table.try_borrow() else {
        // SAFETY: as above.
        return unsafe { put(out, None) };
    };
    let found = match find_plain(&table, key) {
        Some(Some(pos)) => table.get_at(pos).map(|e| &e.value),
        Some(None) => Some(default),
        None => None,
    };
    // SAFETY: `out` is the trace's out-slot; the copy borrows the dict's value (or the
    // default), which the trace uses only after a guard that it is an immediate.
    unsafe { put(out, found) }
}

extern "C" fn dict_contains(_ctx: *mut JitContext, d: *const Value, key: *const Value) -> i64 {
    // SAFETY: the operands are the trace's stack copies (helper convention).
    let (d, key) = unsafe { (operand(d), operand(key)) };
    let table = match d {
        Value::Dict(d) => &d.table,
        Value::Set(s) => &s.table,
        _ => return 2,
    };
    let Ok(table) = table.try_borrow() else { return 2 };
    match find_plain(&table, key) {
        Some(pos) => i64::from(pos.is_some()),
        None => 2,
    }
}

extern "C" fn seq_contains(_ctx: *mut JitContext, container: *const Value, item: *const Value) -> i64 {
    // SAFETY: the operands are the trace's stack copies (helper convention).
    let (container, item) = unsafe { (operand(container), operand(item)) };
    let found = match (container, item) {
        (Value::Str(hay), Value::Str(needle)) => Some(hay.as_str().contains(needle.as_str())),
        (Value::List(l), _) => l.items.try_borrow().ok().and_then(|items| contains_plain(&items, item)),
        _ => None,
    };
    found.map_or(2, i64::from)
}

extern "C" fn set_add(_ctx: *mut JitContext, s: *const Value, key: *const Value) -> u8 {
    // SAFETY: the operands are the trace's stack copies (helper convention).
    let (s, key) = unsafe { (operand(s), operand(key)) };
    match s {
        Value::Set(s) => u8::from(set_add_plain(s, key)),
        _ => 0,
    }
}

extern "C" fn dict_set(_ctx: *mut JitContext, d: *const Value, key: *const Value, v: *const Value) -> u8 {
    // SAFETY: the operands are the trace's stack copies (helper convention).
    let (d, key, v) = unsafe { (operand(d), operand(key), operand(v)) };
    match d {
        Value::Dict(d) => u8::from(set_plain(d, key, v.clone())),
        _ => 0,
    }
}

/// The address of `store_int_str` (`extern "C" fn(*mut Value, *const Value)`, the op).
pub fn store_int_str_addr() -> usize {
    store_int_str as extern "C" fn(*mut Value, *const Value) as usize
}

/// `*slot = str(n)` for an int `n`: a new str of its own (as CPython's, never a shared
/// one-character string), the slot's old value released. Anything else leaves the slot
/// unbound (the recorder guarded `n` to be an int, so that does not happen).
extern "C" fn store_int_str(slot: *mut Value, n: *const Value) {
    // SAFETY: `n` is the trace's stack copy of a boxed int (helper convention).
    let text = match unsafe { operand(n) } {
        Value::Int(i) => Some(i.to_string()),
        _ => None,
    };
    let v = text.map_or(Value::Unbound, |t| Value::Str(Rc::new(runtime::object::PyStr::from_ascii(t))));
    // SAFETY: `slot` is a slot of the trace's slot array, which the trace entry owns and
    // nothing else touches while this runs.
    Value::store(unsafe { &mut *slot }, v);
}

/// The address of `str_append` (`extern "C" fn(*mut Value, *const Value) -> u8`, the op).
pub fn str_append_addr() -> usize {
    str_append as extern "C" fn(*mut Value, *const Value) -> u8 as usize
}

/// `*slot += tail` for a str in the frame slot `slot` and a str `tail`: appended in the
/// string's own buffer when the slot holds its only reference (as the interpreter's
/// `Interp::grow`), else a new string replaces the slot's. 0 (nothing changed) for other
/// types.
extern "C" fn str_append(slot: *mut Value, tail: *const Value) -> u8 {
    // SAFETY: `slot` is a slot of the trace's slot array, which the trace entry owns and
    // nothing else touches while this runs; `tail` is a stack copy (helper convention),
    // possibly of this very slot's value: that case is caught before any `&mut`.
    let (slot, tail) = unsafe { (&mut *slot, operand(tail)) };
    let (Value::Str(cur), Value::Str(t)) = (&mut *slot, tail) else { return 0 };
    if !Rc::ptr_eq(cur, t) {
        if let Some(unique) = Rc::get_mut(cur) {
            unique.push_str(t);
            return 1;
        }
    }
    // A buffer of its own (not a shared one-character string): the next append extends it.
    *slot = Value::Str(Rc::new(runtime::object::PyStr::concat(cur, t)));
    1
}
