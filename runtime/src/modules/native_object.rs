//! Library objects implemented in Rust (deque, partial, files…): an `Instance` of a library
//! class whose base value is a typed Rust payload behind `Other::Native`, so the object has
//! a class, attributes and dunder dispatch like a Python object while its state stays typed.
//!
//! Invariant: a payload's `class()` is the class its object was made with, so the
//! interpreter's fallbacks that reach the base value (`repr` of an instance without a
//! Python-level `__repr__`) find the library class's native methods.
//! Invariant: payload state lives in `Cell`/`RefCell` fields of `T`; methods never hold a
//! borrow of them while calling back into Python.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::class::{Class, ClassDict};
use crate::object::instance::Instance;
use crate::object::other::NativeObject;
use crate::object::Other;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

/// The Rust state of a library object, with the class it belongs to.
struct Payload<T: 'static> {
    class: Rc<Class>,
    data: Rc<T>,
}

impl<T: 'static> NativeObject for Payload<T> {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A new library class deriving from `object` (made once per interpreter by its module).
pub fn new_class(interp: &Interp, name: &str, module: &str) -> PResult<Rc<Class>> {
    Class::new(name, module, vec![interp.types.object.clone()], ClassDict::default(), false, None)
        .map_err(|e| PyErr::new(ExcType::TypeError, e))
}

/// A new object of `class` (a library class or a user subclass of one) carrying `data`.
pub fn new_object<T: 'static>(class: &Rc<Class>, data: T) -> Value {
    let payload = Payload { class: class.clone(), data: Rc::new(data) };
    let base = Value::Other(Rc::new(Other::Native(Box::new(payload))));
    Value::Instance(Rc::new(Instance::new(class.clone(), base, None)))
}

/// The payload of type `T` of a library object (or of the bare payload value itself).
pub fn payload<T: 'static>(v: &Value) -> Option<Rc<T>> {
    let other = match v {
        Value::Instance(inst) => match &*inst.base_value.borrow() {
            Value::Other(o) => o.clone(),
            _ => return None,
        },
        Value::Other(o) => o.clone(),
        _ => return None,
    };
    match &*other {
        Other::Native(n) => n.as_any().downcast_ref::<Payload<T>>().map(|p| p.data.clone()),
        _ => None,
    }
}

/// `self` of a method of the library type `type_name`, with CPython's descriptor errors.
pub fn this<T: 'static>(interp: &Interp, args: &[Value], type_name: &str, method: &str) -> PResult<Rc<T>> {
    match args.first() {
        Some(v) => payload::<T>(v).ok_or_else(|| {
            PyErr::new(
                ExcType::TypeError,
                format!(
                    "descriptor '{method}' for '{type_name}' objects doesn't apply to a '{}' object",
                    interp.type_name(v)
                ),
            )
        }),
        None => Err(PyErr::new(ExcType::TypeError, format!("unbound method {type_name}.{method}() needs an argument"))),
    }
}
