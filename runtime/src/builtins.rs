//! The builtins: functions (`len`, `print`…), the builtin types' constructors and methods,
//! and the names of the `builtins` namespace. `install` puts them all in place.
//!
//! Invariant: every builtin is a `NativeFunction` registered here once, at interpreter
//! start; the compiler resolves builtin names to these values directly.

pub mod args;
pub mod constructors;
pub mod core;
pub mod format;
pub mod repr;
pub mod sort;
pub mod types;

use crate::error::PResult;
use crate::interp::Interp;
use crate::object::class::Class;
use crate::object::function::{NativeFn, NativeFunction};
use crate::object::Other;
use crate::value::Value;
use std::rc::Rc;

pub fn native(name: &str, f: NativeFn) -> Value {
    Value::Native(Rc::new(NativeFunction::new(name, f)))
}

/// A native function carrying data, passed to it as `args[0]`.
pub fn native_with(name: &str, f: NativeFn, data: Value) -> Value {
    Value::Native(Rc::new(NativeFunction { name: name.into(), func: f, data: Some(data) }))
}

/// Adds a method implemented in Rust to a class (`args[0]` is `self`).
pub fn add_method(class: &Rc<Class>, name: &str, f: NativeFn) {
    let full = format!("{}.{}", class.name, name);
    class.set_attr(name.into(), native(&full, f));
}

/// Adds a static-like function (a class attribute that does not bind, such as
/// `dict.fromkeys` or `str.maketrans`).
pub fn add_static(class: &Rc<Class>, name: &str, f: NativeFn) {
    let full = format!("{}.{}", class.name, name);
    class.set_attr(name.into(), Value::Other(Rc::new(Other::StaticMethod(native(&full, f)))));
}

/// Adds a classmethod implemented in Rust (`args[0]` is the class).
pub fn add_classmethod(class: &Rc<Class>, name: &str, f: NativeFn) {
    let full = format!("{}.{}", class.name, name);
    class.set_attr(name.into(), Value::Other(Rc::new(Other::ClassMethod(native(&full, f)))));
}

impl Interp {
    pub fn add_builtin(&mut self, name: &'static str, f: NativeFn) {
        self.builtins.insert(name, native(name, f));
    }
}

/// Fills the builtin namespace and the builtin types' methods.
pub fn install(interp: &mut Interp) {
    let t = &interp.types;
    let classes: Vec<(&'static str, Rc<Class>)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool.clone()),
        ("float", t.float.clone()),
        ("str", t.str.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
    ];
    for (name, class) in classes {
        interp.builtins.insert(name, Value::Class(class));
    }
    for (i, e) in crate::error::ExcType::ALL.iter().enumerate() {
        let class = interp.types.exceptions[i].clone();
        interp.builtins.insert(e.name(), Value::Class(class));
    }
    interp.builtins.insert("NotImplemented", Value::Other(Rc::new(Other::NotImplemented)));
    interp.builtins.insert("Ellipsis", Value::Other(Rc::new(Other::Ellipsis)));
    interp.builtins.insert("__name__", Value::str("builtins"));
    constructors::register(interp);
    core::register(interp);
    types::register(interp);
    crate::modules::io::file::register_open(interp);
}

/// Data attributes of builtin values that are not methods (`e.args` is handled with
/// instances; this covers ints, floats, slices, ranges…).
pub fn data_attr(interp: &Interp, obj: &Value, name: &str) -> PResult<Option<Value>> {
    let _ = interp;
    Ok(match (obj, name) {
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => Some(match obj {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => obj.clone(),
        }),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(_), "real") => Some(obj.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Range(r), "start") => Some(Value::Int(r.start)),
        (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
        (Value::Range(r), "step") => Some(Value::Int(r.step)),
        (Value::Other(o), _) => match (&**o, name) {
            (Other::BigRange(b), "start") => Some(Value::from_bigint(b.0.start.clone())),
            (Other::BigRange(b), "stop") => Some(Value::from_bigint(b.0.stop.clone())),
            (Other::BigRange(b), "step") => Some(Value::from_bigint(b.0.step.clone())),
            (Other::Slice { start, .. }, "start") => Some(start.clone()),
            (Other::Slice { stop, .. }, "stop") => Some(stop.clone()),
            (Other::Slice { step, .. }, "step") => Some(step.clone()),
            (Other::Property { fget, .. }, "fget") => Some(fget.clone()),
            (Other::Generator(g), "__name__") => Some(Value::str(&g.name)),
            (Other::Generator(g), "__qualname__") => Some(Value::str(&g.qualname)),
            (Other::StaticMethod(f) | Other::ClassMethod(f), "__func__") => Some(f.clone()),
            _ => None,
        },
        _ => None,
    })
}
