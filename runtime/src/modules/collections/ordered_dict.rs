//! `collections.OrderedDict`: a `dict` subclass with `move_to_end`, `popitem(last=)` and
//! order-sensitive equality between OrderedDicts.
//!
//! Invariant: the order is the carried dict's insertion order; `move_to_end(key, last=False)`
//! rebuilds the table with `key` first.

use crate::builtins::add_method;
use crate::builtins::args::{arg_or_kw, only_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::modules::collections::{
    add_alloc_new, add_repr, dict_entries, dict_of, dict_subclass_iter, new_subclass, self_dict,
};
use crate::object::class::Class;
use crate::object::function::Kwargs;
use crate::object::Other;
use crate::value::Value;
use std::rc::Rc;

/// The `OrderedDict` class.
pub fn make_class(interp: &Interp) -> PResult<Rc<Class>> {
    let c = new_subclass("OrderedDict", &interp.types.dict)?;
    add_alloc_new(&c);
    add_method(&c, "__init__", od_init);
    add_method(&c, "__iter__", dict_subclass_iter);
    add_method(&c, "__reversed__", od_reversed);
    add_method(&c, "__eq__", od_eq);
    add_method(&c, "move_to_end", od_move_to_end);
    add_method(&c, "popitem", od_popitem);
    add_method(&c, "copy", od_copy);
    add_method(&c, "__copy__", od_copy);
    crate::builtins::add_classmethod(&c, "fromkeys", crate::modules::collections::subclass_fromkeys);
    add_repr(interp, &c, od_repr)?;
    Ok(c)
}

/// `OrderedDict([items], **kwargs)`.
fn od_init(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let d = self_dict(interp, args, "OrderedDict", "__init__")?;
    if args.len() > 2 {
        return Err(PyErr::new(ExcType::TypeError, format!("expected at most 1 argument, got {}", args.len() - 1)));
    }
    if let Some(src) = args.get(1) {
        interp.dict_update(&d, src)?;
    }
    for (k, v) in kwargs {
        interp.dict_set(&d, Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

fn od_reversed(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = self_dict(interp, args, "OrderedDict", "__reversed__")?;
    let mut keys: Vec<Value> = dict_entries(&d).into_iter().map(|(k, _)| k).collect();
    keys.reverse();
    Ok(crate::iter::iter_value(crate::iter::NativeIter::Values {
        items: keys.into(),
        index: 0,
        type_name: "odict_iterator",
    }))
}

/// `==`: order matters between two OrderedDicts, not against a plain dict.
fn od_eq(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = self_dict(interp, args, "OrderedDict", "__eq__")?;
    let Some(other) = args.get(1) else {
        return Err(PyErr::new(ExcType::TypeError, "expected 1 argument, got 0"));
    };
    let Some(o) = dict_of(other) else { return Ok(Value::Other(Rc::new(Other::NotImplemented))) };
    if !interp.dict_eq(&d, &o)? {
        return Ok(Value::Bool(false));
    }
    let both_ordered = interp.class_of(other).lookup("move_to_end").is_some();
    if both_ordered {
        let a = dict_entries(&d);
        let b = dict_entries(&o);
        for ((ka, _), (kb, _)) in a.iter().zip(b.iter()) {
            if !ka.is(kb) && !interp.eq(ka, kb)? {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(true))
}

/// `move_to_end(key, last=True)`.
fn od_move_to_end(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("move_to_end", kwargs, &["key", "last"])?;
    let d = self_dict(interp, args, "OrderedDict", "move_to_end")?;
    let Some(key) = arg_or_kw(args, 1, kwargs, "key") else {
        return Err(PyErr::new(ExcType::TypeError, "move_to_end() missing required argument 'key' (pos 1)"));
    };
    let last = match arg_or_kw(args, 2, kwargs, "last") {
        Some(v) => interp.truthy(&v)?,
        None => true,
    };
    let Some(v) = interp.dict_del(&d, &key)? else {
        return Err(PyErr::with_args(ExcType::KeyError, vec![key]));
    };
    if last {
        interp.dict_set(&d, key, v)?;
    } else {
        let rest = dict_entries(&d);
        d.table.borrow_mut().clear();
        interp.dict_set(&d, key, v)?;
        for (k, x) in rest {
            interp.dict_set(&d, k, x)?;
        }
    }
    Ok(Value::None)
}

/// `popitem(last=True)`: the last (or first) pair, removed.
fn od_popitem(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("popitem", kwargs, &["last"])?;
    let d = self_dict(interp, args, "OrderedDict", "popitem")?;
    let last = match arg_or_kw(args, 1, kwargs, "last") {
        Some(v) => interp.truthy(&v)?,
        None => true,
    };
    let pos = {
        let t = d.table.borrow();
        if last {
            t.last_pos()
        } else {
            t.next_live(0)
        }
    };
    let entry = pos.and_then(|p| d.table.borrow_mut().remove_at(p));
    match entry {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(PyErr::with_args(ExcType::KeyError, vec![Value::str("dictionary is empty")])),
    }
}

/// `OrderedDict.copy()`: same class and items.
fn od_copy(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = self_dict(interp, args, "OrderedDict", "copy")?;
    let class = interp.class_of(&args[0]);
    interp.call_value(&Value::Class(class), &[Value::Dict(d)], &[])
}

/// `repr(od)`: `OrderedDict([('a', 1)])`, or `OrderedDict()` when empty (CPython 3.11).
fn od_repr(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = self_dict(interp, args, "OrderedDict", "__repr__")?;
    let name = interp.class_of(&args[0]).name.clone();
    let entries = dict_entries(&d);
    if entries.is_empty() {
        return Ok(Value::string(format!("{name}()")));
    }
    let id = Rc::as_ptr(&d) as usize;
    if interp.repr_stack.borrow().contains(&id) {
        return Ok(Value::str("..."));
    }
    interp.repr_stack.borrow_mut().push(id);
    let pairs: Vec<Value> = entries.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect();
    let r = interp.repr(&Value::list(pairs));
    interp.repr_stack.borrow_mut().pop();
    Ok(Value::string(format!("{name}({})", r?)))
}
