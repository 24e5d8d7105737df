//! Instances of user classes, with attributes in a vector indexed through a shared shape
//! (a hidden class, PyPy's "maps"): instances that get the same attributes in the same
//! order share one `Shape`, so `p.x` is a shape check and one load.
//!
//! Invariant: `slots.len() == shape.names.len()`, and `slots[i]` is the value of
//! `shape.names[i]`.
//! Invariant: once `__dict__` has been asked for, the instance is in dict mode: its
//! attributes live in that dict only (the shape is the class's empty root shape and
//! `slots` is empty), so writes through the dict and through attributes agree.
//! Invariant: shapes form a tree from a class's root shape; a shape never changes after
//! creation except for its cache of transitions.

use crate::object::class::Class;
use crate::object::PyDict;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Shape {
    pub names: Vec<Rc<str>>,
    transitions: RefCell<Vec<(Rc<str>, Rc<Shape>)>>,
}

impl Shape {
    pub fn root() -> Rc<Shape> {
        Rc::new(Shape { names: Vec::new(), transitions: RefCell::new(Vec::new()) })
    }

    pub fn index_of(&self, name: &str) -> Option<usize> {
        // Attribute names are interned by the compiler, so the pointer test usually decides.
        let p = name.as_ptr();
        if let Some(i) = self.names.iter().position(|n| n.as_ptr() == p && n.len() == name.len()) {
            return Some(i);
        }
        self.names.iter().position(|n| &**n == name)
    }

    /// The shape with `name` appended, shared by every instance that takes this step.
    pub fn with_added(self: &Rc<Shape>, name: &Rc<str>) -> Rc<Shape> {
        if let Some((_, s)) = self.transitions.borrow().iter().find(|(n, _)| n == name) {
            return s.clone();
        }
        let mut names = self.names.clone();
        names.push(name.clone());
        let s = Rc::new(Shape { names, transitions: RefCell::new(Vec::new()) });
        self.transitions.borrow_mut().push((name.clone(), s.clone()));
        s
    }
}

/// The exception state carried by instances of `BaseException` subclasses.
#[derive(Clone, Default)]
pub struct ExceptionData {
    pub args: Vec<Value>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// The frames the exception passed through, once caught (for chained tracebacks).
    pub traceback: Vec<crate::error::TraceEntry>,
}

pub struct Instance {
    pub class: Rc<Class>,
    pub shape: RefCell<Rc<Shape>>,
    pub slots: RefCell<Vec<Value>>,
    /// The builtin value of a subclass of a builtin type (the list of a `list` subclass).
    pub base_value: RefCell<Value>,
    pub exception: Option<RefCell<ExceptionData>>,
    /// The attribute dict once `__dict__` was asked for (dict mode; see the invariants).
    pub dict: RefCell<Option<Rc<PyDict>>>,
}

/// The position of the str key `name` in an attribute dict.
fn dict_pos(d: &PyDict, name: &str) -> Option<usize> {
    let hash = crate::object::PyStr::new(name).hash();
    d.table.borrow().find_with(hash, |k| matches!(k, Value::Str(s) if s.as_str() == name))
}

impl Instance {
    pub fn new(class: Rc<Class>, base_value: Value, exception: Option<ExceptionData>) -> Instance {
        let shape = class.root_shape.clone();
        Instance {
            class,
            shape: RefCell::new(shape),
            slots: RefCell::new(Vec::new()),
            base_value: RefCell::new(base_value),
            exception: exception.map(RefCell::new),
            dict: RefCell::new(None),
        }
    }

    pub fn get_attr(&self, name: &str) -> Option<Value> {
        if let Some(d) = &*self.dict.borrow() {
            let pos = dict_pos(d, name)?;
            return d.table.borrow().get_at(pos).map(|e| e.value.clone());
        }
        let idx = self.shape.borrow().index_of(name)?;
        self.slots.borrow().get(idx).cloned()
    }

    /// Sets an attribute by `&str`, allocating a name only when the attribute is new.
    pub fn set_attr_str(&self, name: &str, value: Value) {
        if self.dict.borrow().is_some() {
            return self.set_attr(&Rc::from(name), value);
        }
        let idx = self.shape.borrow().index_of(name);
        match idx {
            Some(i) => {
                if let Some(slot) = self.slots.borrow_mut().get_mut(i) {
                    Value::store(slot, value);
                }
            }
            None => self.set_attr(&Rc::from(name), value),
        }
    }

    pub fn set_attr(&self, name: &Rc<str>, value: Value) {
        if let Some(d) = &*self.dict.borrow() {
            match dict_pos(d, name) {
                Some(pos) => d.table.borrow_mut().set_value_at(pos, value),
                None => {
                    let key = crate::object::PyStr::new(name);
                    let hash = key.hash();
                    d.table.borrow_mut().push(hash, Value::Str(Rc::new(key)), value);
                }
            }
            return;
        }
        let idx = self.shape.borrow().index_of(name);
        match idx {
            Some(i) => self.slots.borrow_mut()[i] = value,
            None => {
                let new_shape = self.shape.borrow().with_added(name);
                *self.shape.borrow_mut() = new_shape;
                self.slots.borrow_mut().push(value);
            }
        }
    }

    /// Removes an attribute; the instance moves to the shape of the remaining names.
    pub fn del_attr(&self, name: &str) -> bool {
        if let Some(d) = &*self.dict.borrow() {
            let Some(pos) = dict_pos(d, name) else { return false };
            return d.table.borrow_mut().remove_at(pos).is_some();
        }
        let Some(idx) = self.shape.borrow().index_of(name) else { return false };
        let names: Vec<Rc<str>> = self.shape.borrow().names.clone();
        let mut slots = self.slots.borrow_mut();
        slots.remove(idx);
        let mut shape = self.class.root_shape.clone();
        for (i, n) in names.iter().enumerate() {
            if i != idx {
                shape = shape.with_added(n);
            }
        }
        *self.shape.borrow_mut() = shape;
        true
    }

    /// The attributes in insertion order, for `vars()` and `__dict__`.
    pub fn attrs(&self) -> Vec<(Rc<str>, Value)> {
        if let Some(d) = &*self.dict.borrow() {
            return d
                .table
                .borrow()
                .iter()
                .filter_map(|e| match &e.key {
                    Value::Str(s) => Some((Rc::from(s.as_str()), e.value.clone())),
                    _ => None,
                })
                .collect();
        }
        let shape = self.shape.borrow();
        let slots = self.slots.borrow();
        shape.names.iter().cloned().zip(slots.iter().cloned()).collect()
    }

    /// `__dict__`: the attribute dict, made on first use (the instance enters dict mode).
    pub fn attr_dict(&self) -> Rc<PyDict> {
        if let Some(d) = &*self.dict.borrow() {
            return d.clone();
        }
        let d = Rc::new(PyDict::new());
        for (name, value) in self.attrs() {
            let key = crate::object::PyStr::new(&name);
            let hash = key.hash();
            d.table.borrow_mut().push(hash, Value::Str(Rc::new(key)), value);
        }
        self.slots.borrow_mut().clear();
        *self.shape.borrow_mut() = self.class.root_shape.clone();
        *self.dict.borrow_mut() = Some(d.clone());
        d
    }
}
