//! The built-in modules (`sys`, `math`, `time`, `random`, …): made on first import, one
//! file each under `modules/`.
//!
//! Invariant: a module is made at most once per interpreter (`Interp::import_module` caches
//! it); making one runs no Python code.

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
    match c.name.as_str() {
        "Iterable" => matches!(v, Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) | Value::Set(_) | Value::Range(_)) || has("__iter__") || matches!(v, Value::Other(o) if matches!(**o, Other::Iter(_) | Other::Generator(_) | Other::DictView { .. })),
        "Iterator" => matches!(v, Value::Other(o) if matches!(**o, Other::Iter(_) | Other::Generator(_))) || has("__next__"),
        "Generator" => matches!(v, Value::Other(o) if matches!(**o, Other::Generator(_))),
        "Sized" => matches!(v, Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) | Value::Set(_) | Value::Range(_)) || has("__len__"),
        "Container" => matches!(v, Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) | Value::Set(_) | Value::Range(_)) || has("__contains__"),
        "Callable" => matches!(v, Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_)) || has("__call__"),
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
