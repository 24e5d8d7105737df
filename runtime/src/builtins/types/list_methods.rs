//! Methods of `list` and `tuple` (which shares `index`/`count`), with their slot wrappers
//! (`__getitem__`, `__len__`, `__iadd__`…) for subclasses that call `super().__getitem__(k)`.
//!
//! Invariant: no borrow of the list is held while a key function or `__eq__` runs; such
//! methods work on a copy of the items and write back.

use super::slot_wrappers::{
    add_container_slots, add_item_slots, add_rich_compare, add_sequence_arith, check_slot_args, slot_self, LIST, TUPLE,
};
use crate::builtins::add_method;
use crate::builtins::args::{check_method_count, kwarg, no_kwargs, only_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::function::Kwargs;
use crate::object::PyList;
use crate::value::Value;
use std::rc::Rc;

/// Adds the methods of `list` and `tuple` to their classes.
pub fn register(interp: &mut Interp) {
    let l = interp.types.list.clone();
    add_method(&l, "append", list_append);
    add_method(&l, "extend", list_extend);
    add_method(&l, "insert", list_insert);
    add_method(&l, "pop", list_pop);
    add_method(&l, "remove", list_remove);
    add_method(&l, "index", list_index);
    add_method(&l, "count", list_count);
    add_method(&l, "sort", list_sort);
    add_method(&l, "reverse", list_reverse);
    add_method(&l, "copy", list_copy);
    add_method(&l, "clear", list_clear);
    add_container_slots::<LIST>(&l);
    add_item_slots::<LIST>(&l, true);
    add_sequence_arith::<LIST>(&l);
    add_rich_compare::<LIST>(&l, true);
    add_method(&l, "__iadd__", list_iadd);
    add_method(&l, "__imul__", list_imul);
    add_method(&l, "__reversed__", list_reversed);
    let t = interp.types.tuple.clone();
    add_method(&t, "index", list_index);
    add_method(&t, "count", list_count);
    add_container_slots::<TUPLE>(&t);
    add_item_slots::<TUPLE>(&t, false);
    add_sequence_arith::<TUPLE>(&t);
    add_rich_compare::<TUPLE>(&t, true);
}

/// `self` as a list: a list, or the list inside an instance of a `list` subclass.
pub fn this_list(interp: &Interp, args: &[Value], method: &str) -> PResult<Rc<PyList>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        Some(Value::Instance(inst)) => match &*inst.base_value.borrow() {
            Value::List(l) => Ok(l.clone()),
            _ => Err(PyErr::new(ExcType::TypeError, format!("descriptor '{method}' requires a 'list' object"))),
        },
        Some(v) => Err(PyErr::new(
            ExcType::TypeError,
            format!("descriptor '{method}' for 'list' objects doesn't apply to a '{}' object", interp.type_name(v)),
        )),
        None => {
            Err(PyErr::new(ExcType::TypeError, format!("descriptor '{method}' of 'list' object needs an argument")))
        }
    }
}

/// The items of `self` for methods shared by list and tuple.
fn seq_items(interp: &Interp, args: &[Value], method: &str) -> PResult<Vec<Value>> {
    match args.first() {
        Some(Value::Tuple(t)) => Ok(t.items.to_vec()),
        Some(Value::Instance(inst)) if matches!(&*inst.base_value.borrow(), Value::Tuple(_)) => {
            match &*inst.base_value.borrow() {
                Value::Tuple(t) => Ok(t.items.to_vec()),
                _ => Ok(Vec::new()),
            }
        }
        _ => Ok(this_list(interp, args, method)?.items.borrow().clone()),
    }
}

/// `list.append(x)`.
fn list_append(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("list.append", kwargs)?;
    check_method_count("list.append", args, 1, 1)?;
    let l = this_list(interp, args, "append")?;
    l.items.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

/// `list.extend(iterable)`.
fn list_extend(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("list.extend", kwargs)?;
    check_method_count("list.extend", args, 1, 1)?;
    let l = this_list(interp, args, "extend")?;
    let items = interp.collect_iter(&args[1])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

/// An index argument of a list method (a C `Py_ssize_t` in CPython): an int beyond 64 bits
/// is an OverflowError there, not the IndexError of `xs[2**64]`.
fn ssize_arg(interp: &Interp, v: &Value) -> PResult<i64> {
    match v {
        Value::BigInt(_) => Err(PyErr::new(ExcType::OverflowError, "Python int too large to convert to C ssize_t")),
        _ => interp.index_value(v),
    }
}

/// `list.insert(index, x)`: clamped to the ends, as CPython.
fn list_insert(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("list.insert", kwargs)?;
    if args.len() != 3 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("insert expected 2 arguments, got {}", args.len().saturating_sub(1)),
        ));
    }
    let l = this_list(interp, args, "insert")?;
    let i = ssize_arg(interp, &args[1])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(pos as usize, args[2].clone());
    Ok(Value::None)
}

/// `list.pop(index=-1)`.
fn list_pop(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("list.pop", kwargs)?;
    if args.len() > 2 {
        return Err(PyErr::new(ExcType::TypeError, format!("pop expected at most 1 argument, got {}", args.len() - 1)));
    }
    let l = this_list(interp, args, "pop")?;
    let i = match args.get(1) {
        Some(v) => ssize_arg(interp, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::new(ExcType::IndexError, "pop from empty list"));
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(PyErr::new(ExcType::IndexError, "pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

/// `list.remove(x)`: the first item equal to `x`.
fn list_remove(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("list.remove", kwargs)?;
    check_method_count("list.remove", args, 1, 1)?;
    let l = this_list(interp, args, "remove")?;
    let items = l.items.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if x.is(&args[1]) || interp.eq(x, &args[1])? {
            l.items.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(PyErr::new(ExcType::ValueError, "list.remove(x): x not in list"))
}

/// `list.index(x[, start[, stop]])` and `tuple.index`.
fn list_index(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("index", kwargs)?;
    if args.len() < 2 || args.len() > 4 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("index expected at least 1 argument, got {}", args.len().saturating_sub(1)),
        ));
    }
    let is_tuple = matches!(args[0], Value::Tuple(_));
    let items = seq_items(interp, args, "index")?;
    let n = items.len() as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let start = match args.get(2) {
        Some(v) => norm(interp.index_value(v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => norm(interp.index_value(v)?),
        None => n,
    };
    for i in start..stop {
        let x = &items[i as usize];
        if x.is(&args[1]) || interp.eq(x, &args[1])? {
            return Ok(Value::Int(i));
        }
    }
    Err(PyErr::new(
        ExcType::ValueError,
        if is_tuple {
            "tuple.index(x): x not in tuple".to_string()
        } else {
            format!("{} is not in list", interp.repr(&args[1])?)
        },
    ))
}

/// `list.count(x)` and `tuple.count`.
fn list_count(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("count", kwargs)?;
    check_method_count("count", args, 1, 1)?;
    let items = seq_items(interp, args, "count")?;
    let mut c = 0;
    for x in &items {
        if x.is(&args[1]) || interp.eq(x, &args[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

/// `list.sort(*, key=None, reverse=False)`: stable, in place.
fn list_sort(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("sort", kwargs, &["key", "reverse"])?;
    if args.len() > 1 {
        return Err(PyErr::new(ExcType::TypeError, "sort() takes no positional arguments"));
    }
    let l = this_list(interp, args, "sort")?;
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let reverse = match kwarg(kwargs, "reverse") {
        Some(r) => interp.truthy(r)?,
        None => false,
    };
    let r = interp.sort_values(&mut items, kwarg(kwargs, "key"), reverse);
    let mutated = !l.items.borrow().is_empty();
    *l.items.borrow_mut() = items;
    r?;
    if mutated {
        return Err(PyErr::new(ExcType::ValueError, "list modified during sort"));
    }
    Ok(Value::None)
}

/// `list.reverse()`: in place.
fn list_reverse(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("list.reverse", kwargs)?;
    check_method_count("list.reverse", args, 0, 0)?;
    this_list(interp, args, "reverse")?.items.borrow_mut().reverse();
    Ok(Value::None)
}

/// `list.copy()`: a shallow copy.
fn list_copy(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("list.copy", kwargs)?;
    check_method_count("list.copy", args, 0, 0)?;
    Ok(Value::list(this_list(interp, args, "copy")?.items.borrow().clone()))
}

/// `list.clear()`.
fn list_clear(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("list.clear", kwargs)?;
    check_method_count("list.clear", args, 0, 0)?;
    this_list(interp, args, "clear")?.items.borrow_mut().clear();
    Ok(Value::None)
}

/// `list.__iadd__(iterable)`: extends in place and returns `self`.
fn list_iadd(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__iadd__", args, kwargs, 1, 1)?;
    let Value::List(l) = slot_self(interp, LIST, args, "__iadd__")? else {
        return Err(PyErr::new(ExcType::TypeError, "descriptor '__iadd__' requires a 'list' object"));
    };
    let items = interp.collect_iter(&args[1])?;
    l.items.borrow_mut().extend(items);
    Ok(args[0].clone())
}

/// `list.__imul__(n)`: repeats in place and returns `self`.
fn list_imul(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__imul__", args, kwargs, 1, 1)?;
    let Value::List(l) = slot_self(interp, LIST, args, "__imul__")? else {
        return Err(PyErr::new(ExcType::TypeError, "descriptor '__imul__' requires a 'list' object"));
    };
    let n = interp.index_value(&args[1])?.max(0) as usize;
    let items = l.items.borrow().clone();
    if items.len().saturating_mul(n) > (1 << 31) {
        return Err(PyErr::new(ExcType::MemoryError, ""));
    }
    let mut v = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        v.extend(items.iter().cloned());
    }
    *l.items.borrow_mut() = v;
    Ok(args[0].clone())
}

/// `list.__reversed__()`: a reverse iterator over the list itself (not through an
/// overridden `__getitem__`).
fn list_reversed(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("list.__reversed__", kwargs)?;
    check_method_count("list.__reversed__", args, 0, 0)?;
    let l = this_list(interp, args, "__reversed__")?;
    match interp.builtin("reversed") {
        Some(f) => interp.call_value(&f, &[Value::List(l)], &[]),
        None => Err(PyErr::new(ExcType::NameError, "name 'reversed' is not defined")),
    }
}
