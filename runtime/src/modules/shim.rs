//! Python-level forwarding functions for natives, for the places where the interpreter
//! honours only functions written in Python: an instance's `__repr__` (the interpreter
//! calls only a Python `__repr__` on instances) and method binding of a wrapper (only
//! functions become bound methods when found on a class).
//!
//! Invariant: the shim module is compiled once per interpreter (it is cached as the module
//! `_hyper_shims`); making it defines functions and runs no user code.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::object::Other;
use crate::value::Value;
use std::rc::Rc;

const SOURCE: &str = "\
def method(native):
    def forward(self, *args, **kwargs):
        return native(self, *args, **kwargs)
    return forward

def function(native):
    def forward(*args, **kwargs):
        return native(*args, **kwargs)
    return forward
";

/// Compiles the shim module.
pub fn make(interp: &Interp) -> PResult<Rc<ModuleObj>> {
    interp.exec_module_source("_hyper_shims", "<hyper shims>", SOURCE.to_string())
}

fn factory(interp: &Interp, name: &str) -> PResult<Value> {
    let m = interp.import_module("_hyper_shims")?;
    match &m {
        Value::Other(o) => match &**o {
            Other::Module(m) => {
                m.get(name).ok_or_else(|| PyErr::new(ExcType::SystemError, "hyper shim module is incomplete"))
            }
            _ => Err(PyErr::new(ExcType::SystemError, "hyper shim module is not a module")),
        },
        _ => Err(PyErr::new(ExcType::SystemError, "hyper shim module is not a module")),
    }
}

fn renamed(f: Value, name: &str, qualname: &str) -> Value {
    if let Value::Function(func) = &f {
        *func.name.borrow_mut() = name.into();
        *func.qualname.borrow_mut() = qualname.to_string();
    }
    f
}

/// A Python function `forward(self, *args, **kwargs)` calling `native(self, …)`: a method
/// the interpreter treats as user-defined (used for `__repr__` of dict and tuple subclasses).
pub fn python_method(interp: &Interp, native: Value, name: &str, qualname: &str) -> PResult<Value> {
    let make = factory(interp, "method")?;
    let f = interp.call_value(&make, &[native], &[])?;
    Ok(renamed(f, name, qualname))
}

/// A Python function `forward(*args, **kwargs)` calling `native(…)`: binds as a method when
/// stored on a class, and takes attributes (used for `functools.lru_cache` wrappers).
pub fn python_function(interp: &Interp, native: Value, name: &str, qualname: &str) -> PResult<Value> {
    let make = factory(interp, "function")?;
    let f = interp.call_value(&make, &[native], &[])?;
    Ok(renamed(f, name, qualname))
}
