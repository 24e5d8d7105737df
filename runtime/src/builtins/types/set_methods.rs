//! Methods of `set` and `frozenset`: the mutating ones (`add`, `update`,
//! `intersection_update`…) on `set` only, the others on both, plus their slot wrappers
//! (`__or__`, `__ior__`, `__le__`, `__contains__`…).
//!
//! Invariant: no borrow of a set's table is held while Python code may run (hashing and
//! comparing keys can call `__hash__`/`__eq__`): methods clone the keys first and go
//! through `Interp::set_add`/`set_contains`/`set_discard`, which manage their borrows.
//! Invariant: a frozenset's table is never mutated; a new set has the kind of `self`'s
//! builtin value (`set` or `frozenset`, never a subclass), as in CPython.

use super::slot_wrappers::{
    add_container_slots, add_rich_compare, builtin_value, check_slot_args, kind_name, not_implemented, slot_self,
    FROZENSET, SET,
};
use crate::builtins::add_method;
use crate::builtins::args::{check_method_count, no_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::class::Class;
use crate::object::dict::Table;
use crate::object::function::Kwargs;
use crate::object::PySet;
use crate::value::Value;
use lang::ast::BinOp;
use std::rc::Rc;

/// Adds the methods of `set` and `frozenset` to their classes.
pub fn register(interp: &mut Interp) {
    let s = interp.types.set.clone();
    add_method(&s, "add", set_add);
    add_method(&s, "discard", set_discard);
    add_method(&s, "remove", set_remove);
    add_method(&s, "pop", set_pop);
    add_method(&s, "clear", set_clear);
    add_method(&s, "update", set_update);
    add_method(&s, "intersection_update", set_intersection_update);
    add_method(&s, "difference_update", set_difference_update);
    add_method(&s, "symmetric_difference_update", set_symmetric_difference_update);
    add_inplace_slots(&s);
    add_shared::<SET>(&s);
    let f = interp.types.frozenset.clone();
    add_shared::<FROZENSET>(&f);
}

/// The methods and slots of both `set` and `frozenset`.
fn add_shared<const K: u8>(class: &Rc<Class>) {
    add_method(class, "copy", set_copy::<K>);
    add_method(class, "union", set_union::<K>);
    add_method(class, "intersection", set_intersection::<K>);
    add_method(class, "difference", set_difference::<K>);
    add_method(class, "symmetric_difference", set_symmetric_difference::<K>);
    add_method(class, "issubset", set_issubset::<K>);
    add_method(class, "issuperset", set_issuperset::<K>);
    add_method(class, "isdisjoint", set_isdisjoint::<K>);
    add_container_slots::<K>(class);
    add_method(class, "__contains__", set_contains::<K>);
    add_rich_compare::<K>(class, true);
    for (i, (name, rname, _)) in SET_OPS.iter().enumerate() {
        let (f, rf): (crate::object::function::NativeFn, crate::object::function::NativeFn) = match i {
            0 => (set_binop_slot::<K, 0, false>, set_binop_slot::<K, 0, true>),
            1 => (set_binop_slot::<K, 1, false>, set_binop_slot::<K, 1, true>),
            2 => (set_binop_slot::<K, 2, false>, set_binop_slot::<K, 2, true>),
            _ => (set_binop_slot::<K, 3, false>, set_binop_slot::<K, 3, true>),
        };
        add_method(class, name, f);
        add_method(class, rname, rf);
    }
}

/// `self` of a method of kind `K` (`set` or `frozenset`), as its builtin set.
fn this_set(interp: &Interp, kind: u8, args: &[Value], method: &str) -> PResult<Rc<PySet>> {
    let cls = kind_name(kind);
    let Some(first) = args.first() else {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("descriptor '{method}' of '{cls}' object needs an argument"),
        ));
    };
    match builtin_value(first) {
        Value::Set(s) if s.frozen == (kind == FROZENSET) => Ok(s),
        _ => Err(PyErr::new(
            ExcType::TypeError,
            format!(
                "descriptor '{method}' for '{cls}' objects doesn't apply to a '{}' object",
                interp.type_name(first)
            ),
        )),
    }
}

/// Checks a method's keywords and explicit argument count (`set.add() takes exactly one
/// argument (0 given)`).
fn check_args(kind: u8, method: &str, args: &[Value], kwargs: &Kwargs, min: usize, max: usize) -> PResult<()> {
    let given = args.len().saturating_sub(1);
    if kwargs.is_empty() && (min..=max).contains(&given) {
        return Ok(()); // the common case: no name to format
    }
    let full = format!("{}.{method}", kind_name(kind));
    no_kwargs(&full, kwargs)?;
    check_method_count(&full, args, min, max)
}

/// The keys of a set, cloned out of its table.
fn keys_of(s: &PySet) -> Vec<Value> {
    s.table.borrow().iter().map(|e| e.key.clone()).collect()
}

/// The items of any iterable (the keys, for a set).
fn items_of(interp: &Interp, v: &Value) -> PResult<Vec<Value>> {
    match builtin_value(v) {
        Value::Set(s) => Ok(keys_of(&s)),
        _ => interp.collect_iter(v),
    }
}

/// Any iterable as a set (a set is used as it is).
fn as_set(interp: &Interp, v: &Value) -> PResult<Rc<PySet>> {
    match builtin_value(v) {
        Value::Set(s) => Ok(s),
        _ => Ok(Rc::new(new_table_set(interp, interp.collect_iter(v)?, false)?)),
    }
}

/// A new set (of the given kind) holding `items`.
fn new_table_set(interp: &Interp, items: Vec<Value>, frozen: bool) -> PResult<PySet> {
    let s = PySet::new(Table::new(), frozen);
    for it in items {
        interp.set_add(&s, it)?;
    }
    Ok(s)
}

/// The key to look up: a `set` stands for the equal `frozenset` (`set() in {frozenset()}`).
fn lookup_key(interp: &Interp, key: &Value) -> PResult<Value> {
    match key {
        Value::Set(s) if !s.frozen => interp.new_set(keys_of(s), true),
        _ => Ok(key.clone()),
    }
}

/// Replaces the contents of `s` by those of `from`.
fn replace_table(s: &PySet, from: &PySet) {
    let t = from.table.borrow().clone();
    *s.table.borrow_mut() = t;
}

/// `s.__contains__(elem)` (a `set` element is looked up as a `frozenset`).
fn set_contains<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__contains__", args, kwargs, 1, 1)?;
    let Value::Set(s) = slot_self(interp, K, args, "__contains__")? else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(interp.set_contains(&s, &lookup_key(interp, &args[1])?)?))
}

/// `set.add(elem)`.
fn set_add(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(SET, "add", args, kwargs, 1, 1)?;
    let s = this_set(interp, SET, args, "add")?;
    interp.set_add(&s, args[1].clone())?;
    Ok(Value::None)
}

/// `set.discard(elem)`: removes it if present.
fn set_discard(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(SET, "discard", args, kwargs, 1, 1)?;
    let s = this_set(interp, SET, args, "discard")?;
    interp.set_discard(&s, &lookup_key(interp, &args[1])?)?;
    Ok(Value::None)
}

/// `set.remove(elem)`: `KeyError(elem)` when absent.
fn set_remove(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(SET, "remove", args, kwargs, 1, 1)?;
    let s = this_set(interp, SET, args, "remove")?;
    if !interp.set_discard(&s, &lookup_key(interp, &args[1])?)? {
        return Err(PyErr::with_args(ExcType::KeyError, vec![args[1].clone()]));
    }
    Ok(Value::None)
}

/// `set.pop()`: removes and returns an arbitrary element (the first in iteration order).
fn set_pop(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(SET, "pop", args, kwargs, 0, 0)?;
    let s = this_set(interp, SET, args, "pop")?;
    let mut t = s.table.borrow_mut();
    match t.next_live(0).and_then(|pos| t.remove_at(pos)) {
        Some(e) => Ok(e.key),
        None => Err(PyErr::new(ExcType::KeyError, "pop from an empty set")),
    }
}

/// `set.clear()`.
fn set_clear(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(SET, "clear", args, kwargs, 0, 0)?;
    this_set(interp, SET, args, "clear")?.table.borrow_mut().clear();
    Ok(Value::None)
}

/// `set.update(*others)`.
fn set_update(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(SET, "update", args, kwargs, 0, usize::MAX)?;
    let s = this_set(interp, SET, args, "update")?;
    for other in &args[1..] {
        for it in items_of(interp, other)? {
            interp.set_add(&s, it)?;
        }
    }
    Ok(Value::None)
}

/// `set.copy()` / `frozenset.copy()` (a frozenset's copy is itself).
fn set_copy<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(K, "copy", args, kwargs, 0, 0)?;
    let s = this_set(interp, K, args, "copy")?;
    if K == FROZENSET && matches!(args[0], Value::Set(_)) {
        return Ok(args[0].clone());
    }
    let t = s.table.borrow().clone();
    Ok(Value::Set(Rc::new(PySet::new(t, s.frozen))))
}

/// `s.union(*others)`: a new set of `s`'s kind.
fn set_union<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(K, "union", args, kwargs, 0, usize::MAX)?;
    let s = this_set(interp, K, args, "union")?;
    let out = PySet::new(s.table.borrow().clone(), s.frozen);
    for other in &args[1..] {
        for it in items_of(interp, other)? {
            interp.set_add(&out, it)?;
        }
    }
    Ok(Value::Set(Rc::new(out)))
}

/// The intersection of `cur` with one iterable. As CPython, the elements kept are those of
/// the smaller set (or of the iterable), which matters only for equal but distinct keys.
fn intersect(interp: &Interp, cur: &PySet, other: &Value) -> PResult<PySet> {
    let out = PySet::new(Table::new(), cur.frozen);
    match builtin_value(other) {
        Value::Set(o) => {
            let (small, big): (&PySet, &PySet) = if o.len() > cur.len() { (cur, &*o) } else { (&*o, cur) };
            for k in keys_of(small) {
                if interp.set_contains(big, &k)? {
                    interp.set_add(&out, k)?;
                }
            }
        }
        _ => {
            for it in interp.collect_iter(other)? {
                if interp.set_contains(cur, &it)? {
                    interp.set_add(&out, it)?;
                }
            }
        }
    }
    Ok(out)
}

/// The intersection of `s` with all of `others`.
fn intersect_all(interp: &Interp, s: &PySet, others: &[Value]) -> PResult<PySet> {
    let mut cur = PySet::new(s.table.borrow().clone(), s.frozen);
    for other in others {
        cur = intersect(interp, &cur, other)?;
    }
    Ok(cur)
}

/// `s.intersection(*others)`.
fn set_intersection<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(K, "intersection", args, kwargs, 0, usize::MAX)?;
    let s = this_set(interp, K, args, "intersection")?;
    Ok(Value::Set(Rc::new(intersect_all(interp, &s, &args[1..])?)))
}

/// `set.intersection_update(*others)`.
fn set_intersection_update(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(SET, "intersection_update", args, kwargs, 0, usize::MAX)?;
    let s = this_set(interp, SET, args, "intersection_update")?;
    let r = intersect_all(interp, &s, &args[1..])?;
    replace_table(&s, &r);
    Ok(Value::None)
}

/// The elements of `s` in none of `others`.
fn difference_all(interp: &Interp, s: &PySet, others: &[Value]) -> PResult<PySet> {
    let out = PySet::new(s.table.borrow().clone(), s.frozen);
    for other in others {
        for it in items_of(interp, other)? {
            interp.set_discard(&out, &it)?;
        }
    }
    Ok(out)
}

/// `s.difference(*others)`.
fn set_difference<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(K, "difference", args, kwargs, 0, usize::MAX)?;
    let s = this_set(interp, K, args, "difference")?;
    Ok(Value::Set(Rc::new(difference_all(interp, &s, &args[1..])?)))
}

/// `set.difference_update(*others)`.
fn set_difference_update(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(SET, "difference_update", args, kwargs, 0, usize::MAX)?;
    let s = this_set(interp, SET, args, "difference_update")?;
    let r = difference_all(interp, &s, &args[1..])?;
    replace_table(&s, &r);
    Ok(Value::None)
}

/// `s.symmetric_difference(other)`: the elements in exactly one of the two.
fn set_symmetric_difference<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(K, "symmetric_difference", args, kwargs, 1, 1)?;
    let s = this_set(interp, K, args, "symmetric_difference")?;
    let o = as_set(interp, &args[1])?;
    interp.set_binop(BinOp::BitXor, &s, &o)
}

/// `set.symmetric_difference_update(other)`.
fn set_symmetric_difference_update(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(SET, "symmetric_difference_update", args, kwargs, 1, 1)?;
    let s = this_set(interp, SET, args, "symmetric_difference_update")?;
    let o = as_set(interp, &args[1])?;
    if let Value::Set(r) = interp.set_binop(BinOp::BitXor, &s, &o)? {
        replace_table(&s, &r);
    }
    Ok(Value::None)
}

/// `s.issubset(other)`: every element of `s` is in `other` (any iterable).
fn set_issubset<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(K, "issubset", args, kwargs, 1, 1)?;
    let s = this_set(interp, K, args, "issubset")?;
    let o = as_set(interp, &args[1])?;
    Ok(Value::Bool(s.len() <= o.len() && interp.set_is_subset(&s, &o)?))
}

/// `s.issuperset(other)`: every element of `other` (any iterable) is in `s`.
fn set_issuperset<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(K, "issuperset", args, kwargs, 1, 1)?;
    let s = this_set(interp, K, args, "issuperset")?;
    for it in items_of(interp, &args[1])? {
        if !interp.set_contains(&s, &it)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `s.isdisjoint(other)`: no element in common.
fn set_isdisjoint<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_args(K, "isdisjoint", args, kwargs, 1, 1)?;
    let s = this_set(interp, K, args, "isdisjoint")?;
    for it in items_of(interp, &args[1])? {
        if interp.set_contains(&s, &it)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// The set operators with their slot names (normal, reflected).
const SET_OPS: [(&str, &str, BinOp); 4] = [
    ("__or__", "__ror__", BinOp::BitOr),
    ("__and__", "__rand__", BinOp::BitAnd),
    ("__sub__", "__rsub__", BinOp::Sub),
    ("__xor__", "__rxor__", BinOp::BitXor),
];

/// `s.__or__(t)`, `s.__rsub__(t)`…: the operator on two sets, `NotImplemented` when `t`
/// is not a set.
fn set_binop_slot<const K: u8, const OP: usize, const REFL: bool>(
    interp: &Interp,
    args: &[Value],
    kwargs: &Kwargs,
) -> PResult<Value> {
    let (name, rname, op) = SET_OPS[OP];
    let name = if REFL { rname } else { name };
    check_slot_args(name, args, kwargs, 1, 1)?;
    let Value::Set(a) = slot_self(interp, K, args, name)? else {
        return Ok(not_implemented(interp));
    };
    let Value::Set(b) = builtin_value(&args[1]) else {
        return Ok(not_implemented(interp));
    };
    if REFL {
        interp.set_binop(op, &b, &a)
    } else {
        interp.set_binop(op, &a, &b)
    }
}

const SET_IOPS: [(&str, BinOp); 4] =
    [("__ior__", BinOp::BitOr), ("__iand__", BinOp::BitAnd), ("__isub__", BinOp::Sub), ("__ixor__", BinOp::BitXor)];

/// `s.__ior__(t)`…: updates `s` in place and returns it; `NotImplemented` when `t` is not
/// a set.
fn set_inplace_slot<const OP: usize>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let (name, op) = SET_IOPS[OP];
    check_slot_args(name, args, kwargs, 1, 1)?;
    let Value::Set(a) = slot_self(interp, SET, args, name)? else {
        return Ok(not_implemented(interp));
    };
    let Value::Set(b) = builtin_value(&args[1]) else {
        return Ok(not_implemented(interp));
    };
    if let Value::Set(r) = interp.set_binop(op, &a, &b)? {
        replace_table(&a, &r);
    }
    Ok(args[0].clone())
}

/// Registers `__ior__`, `__iand__`, `__isub__` and `__ixor__` on `set`.
fn add_inplace_slots(class: &Rc<Class>) {
    add_method(class, SET_IOPS[0].0, set_inplace_slot::<0>);
    add_method(class, SET_IOPS[1].0, set_inplace_slot::<1>);
    add_method(class, SET_IOPS[2].0, set_inplace_slot::<2>);
    add_method(class, SET_IOPS[3].0, set_inplace_slot::<3>);
}
