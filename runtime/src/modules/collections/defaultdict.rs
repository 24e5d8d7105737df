//! `collections.defaultdict`: a `dict` subclass whose `__missing__` calls `default_factory`.
//!
//! Invariant: `default_factory` is an ordinary instance attribute (it is writable in
//! CPython too), read on every miss.

use crate::builtins::add_method;
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::modules::collections::{
    add_alloc_new, add_repr, dict_of, dict_subclass_iter, getitem_with_missing, new_subclass, self_dict, self_instance,
};
use crate::object::class::Class;
use crate::object::function::Kwargs;
use crate::value::Value;
use std::rc::Rc;

/// The `defaultdict` class.
pub fn make_class(interp: &Interp) -> PResult<Rc<Class>> {
    let c = new_subclass("defaultdict", &interp.types.dict)?;
    add_alloc_new(&c);
    add_method(&c, "__init__", dd_init);
    add_method(&c, "__getitem__", dd_getitem);
    add_method(&c, "__missing__", dd_missing);
    add_method(&c, "__iter__", dict_subclass_iter);
    add_method(&c, "copy", dd_copy);
    add_method(&c, "__copy__", dd_copy);
    crate::builtins::add_classmethod(&c, "fromkeys", crate::modules::collections::subclass_fromkeys);
    add_repr(interp, &c, dd_repr)?;
    Ok(c)
}

fn factory_of(args: &[Value]) -> Value {
    self_instance(args).and_then(|i| i.get_attr("default_factory")).unwrap_or(Value::None)
}

/// `defaultdict(default_factory=None, /, [...])`: the rest as `dict(...)`.
fn dd_init(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let d = self_dict(interp, args, "defaultdict", "__init__")?;
    let Some(inst) = self_instance(args) else {
        return Err(PyErr::new(ExcType::TypeError, "defaultdict.__init__ needs a defaultdict"));
    };
    let factory = args.get(1).cloned().unwrap_or(Value::None);
    if !factory.is_none() && !is_callable(interp, &factory) {
        return Err(PyErr::new(ExcType::TypeError, "first argument must be callable or None"));
    }
    inst.set_attr_str("default_factory", factory);
    if args.len() > 3 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("dict expected at most 1 argument, got {}", args.len() - 2),
        ));
    }
    if let Some(src) = args.get(2) {
        interp.dict_update(&d, src)?;
    }
    for (k, v) in kwargs {
        interp.dict_set(&d, Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

/// Python's `callable(v)`.
pub fn is_callable(interp: &Interp, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        _ => interp.class_of(v).lookup("__call__").is_some(),
    }
}

fn dd_getitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    getitem_with_missing(interp, args, "defaultdict")
}

/// `defaultdict.__missing__(key)`: stores and returns `default_factory()`.
fn dd_missing(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let Some(key) = args.get(1) else {
        return Err(PyErr::new(ExcType::TypeError, "__missing__() takes exactly one argument (0 given)"));
    };
    let factory = factory_of(args);
    if factory.is_none() {
        return Err(PyErr::with_args(ExcType::KeyError, vec![key.clone()]));
    }
    let v = interp.call_value(&factory, &[], &[])?;
    interp.set_item(&args[0], key, v.clone())?;
    Ok(v)
}

/// `defaultdict.copy()`: same class, factory and items.
fn dd_copy(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = self_dict(interp, args, "defaultdict", "copy")?;
    let class = interp.class_of(&args[0]);
    interp.call_value(&Value::Class(class), &[factory_of(args), Value::Dict(d)], &[])
}

/// `repr(d)`: `defaultdict(<class 'int'>, {'a': 1})`.
fn dd_repr(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let Some(d) = args.first().and_then(dict_of) else {
        return Err(PyErr::new(ExcType::TypeError, "defaultdict.__repr__ needs a defaultdict"));
    };
    let factory = factory_of(args);
    let name = interp.class_of(&args[0]).name.clone();
    let id = Rc::as_ptr(&d) as usize;
    let factory_repr = if factory.is_none() {
        "None".to_string()
    } else if interp.repr_stack.borrow().contains(&id) {
        "...".to_string()
    } else {
        interp.repr_stack.borrow_mut().push(id);
        let r = interp.repr(&factory);
        interp.repr_stack.borrow_mut().pop();
        r?
    };
    let dict_repr = interp.repr(&Value::Dict(d))?;
    Ok(Value::string(format!("{name}({factory_repr}, {dict_repr})")))
}
