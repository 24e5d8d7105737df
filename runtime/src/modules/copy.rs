//! The `copy` module: `copy` (shallow) and `deepcopy` with a memo, following CPython's
//! `copy.py`: atomic values are returned as they are, containers are rebuilt, instances
//! are reconstructed with copied attributes (or through their `__copy__`/`__deepcopy__`).
//!
//! Invariant: `deepcopy` registers each new container in the memo before copying into
//! it, so shared and recursive structures keep their shape (a list containing itself is
//! copied to a list containing the copy).
//! Invariant: the memo is a Python dict from `id(original)` to the copy, as in CPython, so a
//! `__deepcopy__(memo)` written in Python can read and extend it.

use crate::builtins::args::{kwarg, only_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::modules::collections::deque::{deque_parts, new_deque};
use crate::modules::{add_fn, new_module};
use crate::object::class::BaseKind;
use crate::object::function::Kwargs;
use crate::object::instance::Instance;
use crate::object::{Other, PyDict, PySet};
use crate::value::Value;
use std::rc::Rc;

/// Makes `copy`.
pub fn make(interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("copy");
    add_fn(&m, "copy", copy);
    add_fn(&m, "deepcopy", deepcopy);
    m.set("Error", Value::Class(interp.types.exc(ExcType::Exception).clone()));
    Ok(m)
}

/// True for values `copy` and `deepcopy` return unchanged (CPython's `_copy_immutable` and
/// `_deepcopy_atomic` types).
fn is_atomic(v: &Value) -> bool {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_) => true,
        Value::Function(_) | Value::Native(_) | Value::Class(_) | Value::Range(_) => true,
        Value::Other(o) => !matches!(**o, Other::Native(_)),
        _ => false,
    }
}

fn new_set(interp: &Interp, items: Vec<Value>, frozen: bool) -> PResult<Value> {
    let s = PySet::new(Default::default(), frozen);
    for x in items {
        interp.set_add(&s, x)?;
    }
    Ok(Value::Set(Rc::new(s)))
}

/// A shallow copy of a builtin container (lists, dicts, sets); other values as they are.
fn shallow_builtin(interp: &Interp, v: &Value) -> PResult<Value> {
    Ok(match v {
        Value::List(l) => Value::list(l.items.borrow().clone()),
        Value::Dict(d) => {
            let n = PyDict::new();
            *n.table.borrow_mut() = d.table.borrow().clone();
            Value::Dict(Rc::new(n))
        }
        Value::Set(s) if !s.frozen => {
            let items: Vec<Value> = s.table.borrow().iter().map(|e| e.key.clone()).collect();
            new_set(interp, items, false)?
        }
        other => other.clone(),
    })
}

/// `copy.copy(x)`.
fn copy(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    crate::builtins::args::no_kwargs("copy", kwargs)?;
    crate::builtins::args::check_count("copy", args, 1, 1)?;
    shallow(interp, &args[0])
}

/// Python's `copy.copy(x)`.
pub fn shallow(interp: &Interp, x: &Value) -> PResult<Value> {
    if is_atomic(x) || matches!(x, Value::Tuple(_)) || matches!(x, Value::Set(s) if s.frozen) {
        return Ok(x.clone());
    }
    let Value::Instance(inst) = x else { return shallow_builtin(interp, x) };
    if let Some(m) = inst.class.lookup("__copy__") {
        return interp.call_value(&m, std::slice::from_ref(x), &[]);
    }
    if let Some((items, maxlen)) = deque_parts(x) {
        return Ok(new_deque(&inst.class, items, maxlen));
    }
    let base = shallow_builtin(interp, &inst.base_value.borrow().clone())?;
    let exc = inst.exception.as_ref().map(|e| e.borrow().clone());
    let y = Instance::new(inst.class.clone(), base, exc);
    for (k, v) in inst.attrs() {
        y.set_attr(&k, v);
    }
    Ok(Value::Instance(Rc::new(y)))
}

/// `copy.deepcopy(x, memo=None)`.
fn deepcopy(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("deepcopy", kwargs, &["x", "memo"])?;
    let Some(x) = args.first().or_else(|| kwarg(kwargs, "x")).cloned() else {
        return Err(PyErr::new(ExcType::TypeError, "deepcopy() missing 1 required positional argument: 'x'"));
    };
    let memo = match args.get(1).or_else(|| kwarg(kwargs, "memo")) {
        None | Some(Value::None) => Rc::new(PyDict::new()),
        Some(Value::Dict(d)) => d.clone(),
        Some(v) => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("deepcopy() memo must be a dict, not {}", interp.type_name(v)),
            ))
        }
    };
    deep(interp, &x, &memo)
}

fn memo_key(v: &Value) -> Value {
    Value::Int(v.identity() as i64)
}

/// Python's `copy.deepcopy(x, memo)`.
pub fn deep(interp: &Interp, x: &Value, memo: &Rc<PyDict>) -> PResult<Value> {
    if is_atomic(x) {
        return Ok(x.clone());
    }
    let key = memo_key(x);
    if let Some(y) = interp.dict_get(memo, &key)? {
        return Ok(y);
    }
    let y = match x {
        Value::List(l) => {
            let y = Rc::new(crate::object::PyList::new(Vec::new()));
            interp.dict_set(memo, key.clone(), Value::List(y.clone()))?;
            let items = l.items.borrow().clone();
            for item in items {
                let c = deep(interp, &item, memo)?;
                y.items.borrow_mut().push(c);
            }
            Value::List(y)
        }
        Value::Tuple(t) => {
            let mut items = Vec::with_capacity(t.items.len());
            for item in t.items.iter() {
                items.push(deep(interp, item, memo)?);
            }
            // A tuple reached again through its own items was copied meanwhile.
            if let Some(y) = interp.dict_get(memo, &key)? {
                return Ok(y);
            }
            if items.iter().zip(t.items.iter()).all(|(a, b)| a.is(b)) {
                x.clone()
            } else {
                Value::tuple(items)
            }
        }
        Value::Dict(d) => {
            let y = Rc::new(PyDict::new());
            interp.dict_set(memo, key.clone(), Value::Dict(y.clone()))?;
            deep_fill_dict(interp, d, &y, memo)?;
            Value::Dict(y)
        }
        Value::Set(s) => {
            let items: Vec<Value> = s.table.borrow().iter().map(|e| e.key.clone()).collect();
            let mut copies = Vec::with_capacity(items.len());
            for item in &items {
                copies.push(deep(interp, item, memo)?);
            }
            new_set(interp, copies, s.frozen)?
        }
        Value::Instance(inst) => return deep_instance(interp, x, inst, memo),
        _ => x.clone(),
    };
    interp.dict_set(memo, key, y.clone())?;
    Ok(y)
}

fn deep_fill_dict(interp: &Interp, from: &PyDict, to: &PyDict, memo: &Rc<PyDict>) -> PResult<()> {
    let entries: Vec<(Value, Value)> = from.table.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    for (k, v) in entries {
        let k = deep(interp, &k, memo)?;
        let v = deep(interp, &v, memo)?;
        interp.dict_set(to, k, v)?;
    }
    Ok(())
}

/// An instance: its `__deepcopy__`, or a new instance registered in the memo first, then
/// filled with deep copies of its builtin value and attributes.
fn deep_instance(interp: &Interp, x: &Value, inst: &Rc<Instance>, memo: &Rc<PyDict>) -> PResult<Value> {
    let key = memo_key(x);
    if let Some(m) = inst.class.lookup("__deepcopy__") {
        let y = interp.call_value(&m, &[x.clone(), Value::Dict(memo.clone())], &[])?;
        interp.dict_set(memo, key, y.clone())?;
        return Ok(y);
    }
    if let Some((items, maxlen)) = deque_parts(x) {
        let mut copies = Vec::with_capacity(items.len());
        for item in &items {
            copies.push(deep(interp, item, memo)?);
        }
        let y = new_deque(&inst.class, copies, maxlen);
        interp.dict_set(memo, key, y.clone())?;
        return Ok(y);
    }
    let base = inst.base_value.borrow().clone();
    // A tuple's items are the arguments of its construction: copied before the new object exists.
    let base_copy = match (&inst.class.base_kind, &base) {
        (BaseKind::Tuple, Value::Tuple(_)) => deep(interp, &base, memo)?,
        (_, Value::List(_)) => Value::list(Vec::new()),
        (_, Value::Dict(_)) => Value::Dict(Rc::new(PyDict::new())),
        (_, Value::Set(_)) => Value::Set(Rc::new(PySet::new(Default::default(), false))),
        (_, Value::Other(_)) => return Ok(x.clone()),
        _ => base.clone(),
    };
    let exc = inst.exception.as_ref().map(|e| e.borrow().clone());
    let y = Rc::new(Instance::new(inst.class.clone(), base_copy.clone(), exc));
    let yv = Value::Instance(y.clone());
    interp.dict_set(memo, key, yv.clone())?;
    match (&base, &base_copy) {
        (Value::List(from), Value::List(to)) => {
            let items = from.items.borrow().clone();
            for item in items {
                let c = deep(interp, &item, memo)?;
                to.items.borrow_mut().push(c);
            }
        }
        (Value::Dict(from), Value::Dict(to)) => deep_fill_dict(interp, from, to, memo)?,
        (Value::Set(from), Value::Set(to)) => {
            let items: Vec<Value> = from.table.borrow().iter().map(|e| e.key.clone()).collect();
            for item in items {
                let c = deep(interp, &item, memo)?;
                interp.set_add(to, c)?;
            }
        }
        _ => {}
    }
    if let Some(data) = &y.exception {
        let args = data.borrow().args.clone();
        let mut copies = Vec::with_capacity(args.len());
        for a in &args {
            copies.push(deep(interp, a, memo)?);
        }
        data.borrow_mut().args = copies;
    }
    for (k, v) in inst.attrs() {
        let c = deep(interp, &v, memo)?;
        y.set_attr(&k, c);
    }
    Ok(yv)
}
