//! The built-in modules (`sys`, `math`, `time`, `random`, …): made on first import, one
//! file each under `modules/`.
//!
//! Invariant: a module is made at most once per interpreter (`Interp::import_module` caches
//! it); making one runs no user code (the only Python it may run is `shim`'s definitions).

pub mod array;
pub mod bisect;
pub mod collections;
pub mod copy;
pub mod functools;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod math;
pub mod native_object;
pub mod operator;
pub mod random;
pub mod shim;
pub mod string;
pub mod sys;
pub mod time;

use crate::error::PResult;
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::object::class::Class;
use crate::object::function::NativeFn;
use crate::object::Other;
use crate::value::Value;
use std::rc::Rc;

/// A new module object with `__name__` set.
pub fn new_module(name: &str) -> Rc<ModuleObj> {
    let m = ModuleObj::new(name, None);
    m.set("__name__", Value::str(name));
    m
}

/// Adds a native function to a module.
pub fn add_fn(m: &ModuleObj, name: &str, f: NativeFn) {
    m.set(name, crate::builtins::native(&format!("{}.{}", m.name, name), f));
}

pub fn module_value(m: Rc<ModuleObj>) -> Value {
    Value::Other(Rc::new(Other::Module(m)))
}

/// The built-in module called `name`, or `None` if there is no such built-in module.
pub fn load_builtin_module(interp: &Interp, name: &str) -> PResult<Option<Value>> {
    let m = match name {
        "sys" => sys::make(interp)?,
        "time" => time::make(interp)?,
        "math" => math::make(interp)?,
        "random" => random::make(interp)?,
        "collections" => collections::make(interp)?,
        "collections.abc" => return collections::make_abc(interp).map(Some),
        "functools" => functools::make(interp)?,
        "itertools" => itertools::make(interp)?,
        "io" => io::make(interp)?,
        "bisect" => bisect::make(interp)?,
        "heapq" => heapq::make(interp)?,
        "copy" => copy::make(interp)?,
        "array" => array::make(interp)?,
        "operator" => operator::make(interp)?,
        "string" => string::make(interp)?,
        "_hyper_shims" => shim::make(interp)?,
        "__future__" => {
            let m = new_module("__future__");
            m.set("annotations", Value::None);
            m
        }
        _ => return Ok(None),
    };
    Ok(Some(module_value(m)))
}

/// `isinstance(v, c)` for the abstract classes of `collections.abc`, which builtin types
/// satisfy without inheriting from them.
pub fn abc_isinstance(interp: &Interp, v: &Value, c: &Rc<Class>) -> bool {
    if c.module != "collections.abc" {
        return false;
    }
    let has = |name: &str| interp.class_of(v).lookup(name).is_some();
    // Instances of subclasses of builtin types (`Counter`, a `list` subclass) are what
    // their builtin value is.
    let base = match v {
        Value::Instance(inst) => inst.base_value.borrow().clone(),
        _ => Value::None,
    };
    let v = if base.is_none() { v } else { &base };
    match c.name.as_str() {
        "Iterable" => {
            matches!(
                v,
                Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) | Value::Set(_) | Value::Range(_)
            ) || has("__iter__")
                || matches!(v, Value::Other(o) if matches!(**o, Other::Iter(_) | Other::Generator(_) | Other::DictView { .. }))
        }
        "Iterator" => {
            matches!(v, Value::Other(o) if matches!(**o, Other::Iter(_) | Other::Generator(_))) || has("__next__")
        }
        "Generator" => matches!(v, Value::Other(o) if matches!(**o, Other::Generator(_))),
        "Sized" => {
            matches!(
                v,
                Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) | Value::Set(_) | Value::Range(_)
            ) || has("__len__")
        }
        "Container" => {
            matches!(
                v,
                Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) | Value::Set(_) | Value::Range(_)
            ) || has("__contains__")
        }
        "Callable" => {
            matches!(v, Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_))
                || has("__call__")
        }
        "Hashable" => interp.hash(v).is_ok(),
        "Sequence" => matches!(v, Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_)),
        "MutableSequence" => matches!(v, Value::List(_)),
        "Mapping" => matches!(v, Value::Dict(_)),
        "MutableMapping" => matches!(v, Value::Dict(_)),
        "Set" => matches!(v, Value::Set(_)),
        "MutableSet" => matches!(v, Value::Set(s) if !s.frozen),
        _ => false,
    }
}
