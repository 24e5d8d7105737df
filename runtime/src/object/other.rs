//! The rarer heap objects, behind `Value::Other`: modules, cells, generators, iterators,
//! slices, descriptors and the objects of library modules.
//!
//! Invariant: every variant has a class (`Interp::class_of`) and a repr.

use crate::generator::Generator;
use crate::iter::{DictPart, NativeIter};
use crate::module::ModuleObj;
use crate::object::class::Class;
use crate::object::PyDict;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub enum Other {
    Module(Rc<ModuleObj>),
    /// A closure cell, when one must be passed around as a value.
    Cell(RefCell<Value>),
    Generator(Generator),
    Iter(RefCell<NativeIter>),
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    DictView {
        dict: Rc<PyDict>,
        part: DictPart,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        /// The attribute name, known once `__set_name__` ran (a class body's properties, or
        /// copies made by `.setter` & co. of a named one); CPython's messages name it only
        /// then (`property 'x' of 'P' object has no setter` vs `property of 'P' object ...`).
        name: RefCell<Option<Rc<str>>>,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super()` bound to a class (search starts after it) and an object.
    Super {
        class: Rc<Class>,
        this: Value,
    },
    NotImplemented,
    Ellipsis,
    /// A `range` beyond machine words (see `object::range`).
    BigRange(crate::object::range::BigRange),
    /// An object of a library type implemented in Rust (deque, StringIO, file…).
    Native(Box<dyn NativeObject>),
}

impl Other {
    /// A property not yet named (as `property(f)` before `__set_name__`).
    pub fn property(fget: Value, fset: Value, fdel: Value) -> Other {
        Other::Property { fget, fset, fdel, name: RefCell::new(None) }
    }

    /// A property that is an attribute `name` of a class from the start.
    pub fn named_property(name: &str, fget: Value, fset: Value, fdel: Value) -> Other {
        Other::Property { fget, fset, fdel, name: RefCell::new(Some(name.into())) }
    }
}

/// What `type.__new__` does after making a class: `__set_name__(owner, name)` of the
/// properties in its namespace (user descriptors' `__set_name__` is not called).
pub fn set_property_names(dict: &crate::object::class::ClassDict) {
    for (name, v) in dict.iter() {
        if let Value::Other(o) = v {
            if let Other::Property { name: slot, .. } = &**o {
                *slot.borrow_mut() = Some(name.clone());
            }
        }
    }
}

/// A library type implemented in Rust. Its class carries its methods as native functions
/// that downcast `args[0]` through `as_any`.
pub trait NativeObject {
    fn class(&self) -> Rc<Class>;
    fn as_any(&self) -> &dyn Any;
}
