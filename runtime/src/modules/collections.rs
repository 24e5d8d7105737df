//! The `collections` module: `deque`, `defaultdict`, `Counter`, `OrderedDict`,
//! `namedtuple`, and the `collections.abc` submodule. One file per type under
//! `collections/`; this file makes the module and holds the helpers they share.
//!
//! Invariant: each class is made once per interpreter, when the module is first imported
//! (the module is cached); `namedtuple` makes a new class per call, as CPython does.
//! Invariant: the dict subclasses (`defaultdict`, `Counter`, `OrderedDict`) are `Instance`s
//! whose base value is a `dict`; they define `__getitem__` and `__iter__` themselves so
//! `__missing__` and iteration go through the dict they carry.

pub mod abc;
pub mod counter;
pub mod defaultdict;
pub mod deque;
pub mod namedtuple;
pub mod ordered_dict;

use crate::builtins::native;
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::modules::{module_value, new_module, shim};
use crate::object::class::{Class, ClassDict};
use crate::object::function::{Kwargs, NativeFn};
use crate::object::instance::Instance;
use crate::object::{Other, PyDict};
use crate::value::Value;
use std::rc::Rc;

/// Makes `collections` (and `collections.abc`, reachable as its attribute `abc`).
pub fn make(interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("collections");
    let classes = [
        deque::make_class(interp)?,
        defaultdict::make_class(interp)?,
        counter::make_class(interp)?,
        ordered_dict::make_class(interp)?,
    ];
    for c in classes {
        add_class_getitem(&c);
        m.set(&c.name.clone(), Value::Class(c));
    }
    crate::modules::add_fn(&m, "namedtuple", namedtuple::namedtuple);
    m.set("abc", module_value(abc::make(interp)?));
    Ok(m)
}

/// `collections.abc`, shared with the `collections` module's attribute.
pub fn make_abc(interp: &Interp) -> PResult<Value> {
    let collections = interp.import_module("collections")?;
    interp.get_attr(&collections, "abc")
}

/// A class of this module deriving from `base` (`dict` for the dict subclasses).
pub fn new_subclass(name: &str, base: &Rc<Class>) -> PResult<Rc<Class>> {
    Class::new(name, "collections", vec![base.clone()], ClassDict::default(), false, None)
        .map_err(|e| PyErr::new(ExcType::TypeError, e))
}

/// Adds a `__new__` that allocates the instance (with its builtin base value) and leaves
/// filling it to `__init__`, as the construction protocol expects of a static `__new__`.
pub fn add_alloc_new(class: &Rc<Class>) {
    let f = native(&format!("{}.__new__", class.name), alloc_new);
    class.set_attr("__new__".into(), Value::Other(Rc::new(Other::StaticMethod(f))));
}

fn alloc_new(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => interp.alloc_instance(c, &[]),
        _ => Err(PyErr::new(ExcType::TypeError, "__new__(X): X is not a type object")),
    }
}

/// Adds `__class_getitem__`, so `deque[int]` in an annotation is the class itself (as the
/// interpreter treats `list[int]`).
pub fn add_class_getitem(class: &Rc<Class>) {
    let f = crate::builtins::native_with(
        &format!("{}.__class_getitem__", class.name),
        class_getitem,
        Value::Class(class.clone()),
    );
    class.set_attr("__class_getitem__".into(), f);
}

fn class_getitem(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

/// Adds a `__repr__` the interpreter honours on instances (through a Python-level shim).
pub fn add_repr(interp: &Interp, class: &Rc<Class>, f: NativeFn) -> PResult<()> {
    let qual = format!("{}.__repr__", class.name);
    let method = shim::python_method(interp, native(&qual, f), "__repr__", &qual)?;
    class.set_attr("__repr__".into(), method);
    Ok(())
}

/// The dict a `dict` or an instance of a `dict` subclass carries.
pub fn dict_of(v: &Value) -> Option<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(inst) => match &*inst.base_value.borrow() {
            Value::Dict(d) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The dict of `self` in a method of the dict subclass `type_name`.
pub fn self_dict(interp: &Interp, args: &[Value], type_name: &str, method: &str) -> PResult<Rc<PyDict>> {
    match args.first() {
        Some(v) => dict_of(v).ok_or_else(|| {
            PyErr::new(
                ExcType::TypeError,
                format!(
                    "descriptor '{method}' requires a '{type_name}' object but received a '{}'",
                    interp.type_name(v)
                ),
            )
        }),
        None => Err(PyErr::new(ExcType::TypeError, format!("unbound method {type_name}.{method}() needs an argument"))),
    }
}

/// The instance behind `self`.
pub fn self_instance(args: &[Value]) -> Option<Rc<Instance>> {
    match args.first() {
        Some(Value::Instance(i)) => Some(i.clone()),
        _ => None,
    }
}

/// The `(key, value)` pairs of a dict, cloned out of its table.
pub fn dict_entries(d: &PyDict) -> Vec<(Value, Value)> {
    d.table.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect()
}

/// `self[key]` on a dict subclass: the dict's value, else the class's `__missing__`.
pub fn getitem_with_missing(interp: &Interp, args: &[Value], type_name: &str) -> PResult<Value> {
    if args.len() != 2 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("expected 1 argument, got {}", args.len().saturating_sub(1)),
        ));
    }
    let d = self_dict(interp, args, type_name, "__getitem__")?;
    if let Some(v) = interp.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    let class = interp.class_of(&args[0]);
    match class.lookup("__missing__") {
        Some(m) => interp.call_value(&m, &[args[0].clone(), args[1].clone()], &[]),
        None => Err(PyErr::with_args(ExcType::KeyError, vec![args[1].clone()])),
    }
}

/// `iter(self)` on a dict subclass: the keys of the dict it carries.
pub fn dict_subclass_iter(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = self_dict(interp, args, "dict", "__iter__")?;
    interp.get_iter(&Value::Dict(d))
}

/// `cls.fromkeys(iterable, value=None)` for the dict subclasses: an instance of `cls`.
pub fn subclass_fromkeys(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    crate::builtins::args::no_kwargs("fromkeys", kwargs)?;
    let (Some(cls), Some(keys)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "fromkeys expected at least 1 argument, got 0"));
    };
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let obj = interp.call_value(cls, &[], &[])?;
    let d = dict_of(&obj).ok_or_else(|| PyErr::new(ExcType::TypeError, "fromkeys() needs a dict subclass"))?;
    let it = interp.get_iter(keys)?;
    while let Some(k) = interp.iter_next(&it)? {
        interp.dict_set(&d, k, value.clone())?;
    }
    Ok(obj)
}

/// Python's `isinstance(v, Mapping)` for the values hyper has: dicts and dict subclasses.
pub fn is_mapping(v: &Value) -> bool {
    dict_of(v).is_some()
}
