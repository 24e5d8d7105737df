//! Methods of `dict`, and its views (`keys()`, `values()`, `items()` return live iterables
//! as CPython's views do for iteration, and lists for everything else hyper supports).
//!
//! Invariant: methods that run Python code (`__eq__`, `__hash__`) work on cloned entries.

use super::slot_wrappers::{
    add_container_slots, add_delitem_slot, add_rich_compare, builtin_value, check_slot_args, not_implemented,
    slot_self, DICT,
};
use crate::builtins::args::{check_method_count, no_kwargs};
use crate::builtins::{add_classmethod, add_method};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::DictPart;
use crate::object::function::Kwargs;
use crate::object::Other;
use crate::object::PyDict;
use crate::value::Value;
use std::rc::Rc;

/// Adds the methods of `dict` to its class.
pub fn register(interp: &mut Interp) {
    let d = interp.types.dict.clone();
    add_container_slots::<DICT>(&d);
    add_delitem_slot::<DICT>(&d);
    add_rich_compare::<DICT>(&d, false);
    add_method(&d, "__or__", dict_or::<false>);
    add_method(&d, "__ror__", dict_or::<true>);
    add_method(&d, "__ior__", dict_ior);
    add_method(&d, "get", dict_get);
    add_method(&d, "keys", dict_keys);
    add_method(&d, "values", dict_values);
    add_method(&d, "items", dict_items);
    add_method(&d, "pop", dict_pop);
    add_method(&d, "popitem", dict_popitem);
    add_method(&d, "setdefault", dict_setdefault);
    add_method(&d, "update", dict_update);
    add_method(&d, "copy", dict_copy);
    add_method(&d, "clear", dict_clear);
    add_method(&d, "__getitem__", dict_getitem);
    add_method(&d, "__setitem__", dict_setitem);
    add_method(&d, "__contains__", dict_contains);
    add_classmethod(&d, "fromkeys", dict_fromkeys);
}

/// `self` as a dict: a dict, or the dict inside an instance of a `dict` subclass.
pub fn this_dict(interp: &Interp, args: &[Value], method: &str) -> PResult<Rc<PyDict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        Some(Value::Instance(inst)) => match &*inst.base_value.borrow() {
            Value::Dict(d) => Ok(d.clone()),
            _ => Err(PyErr::new(ExcType::TypeError, format!("descriptor '{method}' requires a 'dict' object"))),
        },
        Some(v) => Err(PyErr::new(
            ExcType::TypeError,
            format!("descriptor '{method}' for 'dict' objects doesn't apply to a '{}' object", interp.type_name(v)),
        )),
        None => {
            Err(PyErr::new(ExcType::TypeError, format!("descriptor '{method}' of 'dict' object needs an argument")))
        }
    }
}

/// `dict.get(key, default=None)`.
fn dict_get(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("dict.get", kwargs)?;
    check_method_count("get", args, 1, 2)?;
    let d = this_dict(interp, args, "get")?;
    Ok(interp.dict_get(&d, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

/// A live view of the keys, values or items of `self`.
fn view(interp: &Interp, args: &[Value], part: DictPart, name: &str) -> PResult<Value> {
    check_method_count(name, args, 0, 0)?;
    let d = this_dict(interp, args, name)?;
    let len = d.len();
    let _ = len;
    Ok(Value::Other(Rc::new(Other::DictView { dict: d, part })))
}

/// `dict.keys()`.
fn dict_keys(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    view(interp, args, DictPart::Keys, "keys")
}

/// `dict.values()`.
fn dict_values(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    view(interp, args, DictPart::Values, "values")
}

/// `dict.items()`.
fn dict_items(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    view(interp, args, DictPart::Items, "items")
}

/// `dict.pop(key[, default])`.
fn dict_pop(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("dict.pop", kwargs)?;
    if args.len() < 2 || args.len() > 3 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("pop expected at least 1 argument, got {}", args.len().saturating_sub(1)),
        ));
    }
    let d = this_dict(interp, args, "pop")?;
    match interp.dict_del(&d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::with_args(ExcType::KeyError, vec![args[1].clone()])),
        },
    }
}

/// `dict.popitem()`: the last inserted pair.
fn dict_popitem(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("dict.popitem", kwargs)?;
    check_method_count("popitem", args, 0, 0)?;
    let d = this_dict(interp, args, "popitem")?;
    let mut t = d.table.borrow_mut();
    let Some(pos) = t.last_pos() else {
        return Err(PyErr::new(ExcType::KeyError, "popitem(): dictionary is empty"));
    };
    match t.remove_at(pos) {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(PyErr::new(ExcType::KeyError, "popitem(): dictionary is empty")),
    }
}

/// `dict.setdefault(key, default=None)`.
fn dict_setdefault(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("dict.setdefault", kwargs)?;
    check_method_count("setdefault", args, 1, 2)?;
    let d = this_dict(interp, args, "setdefault")?;
    if let Some(v) = interp.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or(Value::None);
    interp.dict_set(&d, args[1].clone(), v.clone())?;
    Ok(v)
}

/// `dict.update([other], **kwargs)`.
fn dict_update(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_method_count("update", args, 0, 1)?;
    let d = this_dict(interp, args, "update")?;
    if let Some(src) = args.get(1) {
        interp.dict_update(&d, src)?;
    }
    for (k, v) in kwargs {
        interp.dict_set(&d, Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

/// `dict.copy()`: a shallow copy.
fn dict_copy(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("dict.copy", kwargs)?;
    check_method_count("copy", args, 0, 0)?;
    let d = this_dict(interp, args, "copy")?;
    let t = d.table.borrow().clone();
    let nd = PyDict::new();
    *nd.table.borrow_mut() = t;
    Ok(Value::Dict(Rc::new(nd)))
}

/// `dict.clear()`.
fn dict_clear(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("dict.clear", kwargs)?;
    check_method_count("clear", args, 0, 0)?;
    this_dict(interp, args, "clear")?.table.borrow_mut().clear();
    Ok(Value::None)
}

/// `dict.__getitem__(key)`: a missing key calls the subclass's `__missing__` if it has one.
fn dict_getitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    check_method_count("__getitem__", args, 1, 1)?;
    let d = this_dict(interp, args, "__getitem__")?;
    match interp.dict_get(&d, &args[1])? {
        Some(v) => Ok(v),
        None => {
            if let Value::Instance(inst) = &args[0] {
                if let Some(m) = inst.class.lookup("__missing__") {
                    return interp.call_value(&m, &[args[0].clone(), args[1].clone()], &[]);
                }
            }
            Err(PyErr::with_args(ExcType::KeyError, vec![args[1].clone()]))
        }
    }
}

/// `dict.__setitem__(key, value)`.
fn dict_setitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    check_method_count("__setitem__", args, 2, 2)?;
    let d = this_dict(interp, args, "__setitem__")?;
    interp.dict_set(&d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

/// `dict.__contains__(key)`.
fn dict_contains(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    check_method_count("__contains__", args, 1, 1)?;
    let d = this_dict(interp, args, "__contains__")?;
    Ok(Value::Bool(interp.dict_get(&d, &args[1])?.is_some()))
}

/// `dict.fromkeys(iterable, value=None)`.
fn dict_fromkeys(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("dict.fromkeys", kwargs)?;
    check_method_count("fromkeys", args, 1, 2)?;
    let v = args.get(2).cloned().unwrap_or(Value::None);
    if let Value::Class(c) = &args[0] {
        if !Rc::ptr_eq(c, &interp.types.dict) {
            // A subclass: `cls()` filled through `d[k] = v`, as CPython does.
            let d = interp.call_value(&args[0], &[], &[])?;
            for k in interp.collect_iter(&args[1])? {
                interp.set_item(&d, &k, v.clone())?;
            }
            return Ok(d);
        }
    }
    let d = PyDict::new();
    for k in interp.collect_iter(&args[1])? {
        interp.dict_set(&d, k, v.clone())?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// `d.__or__(other)` and `d.__ror__(other)` (`REFL`): a new dict with the entries of both,
/// the right operand's winning; `NotImplemented` when `other` is not a dict.
fn dict_or<const REFL: bool>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let name = if REFL { "__ror__" } else { "__or__" };
    check_slot_args(name, args, kwargs, 1, 1)?;
    let a = slot_self(interp, DICT, args, name)?;
    let b = builtin_value(&args[1]);
    if !matches!(b, Value::Dict(_)) {
        return Ok(not_implemented(interp));
    }
    let (x, y) = if REFL { (b, a) } else { (a, b) };
    let d = PyDict::new();
    interp.dict_update(&d, &x)?;
    interp.dict_update(&d, &y)?;
    Ok(Value::Dict(Rc::new(d)))
}

/// `d.__ior__(other)`: `d.update(other)`, returning `d`.
fn dict_ior(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__ior__", args, kwargs, 1, 1)?;
    let d = this_dict(interp, args, "__ior__")?;
    interp.dict_update(&d, &args[1])?;
    Ok(args[0].clone())
}
