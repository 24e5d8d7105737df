//! Attribute access (`obj.name`, `setattr`, `delattr`) and the type of every value.
//!
//! Lookup order for instances, as CPython's `object.__getattribute__`: a data descriptor
//! (`property`) on the class, then the instance's own attributes, then the class attribute
//! (functions become bound methods), then `__getattr__`.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::class::Class;
use crate::object::function::BoundMethod;
use crate::object::Other;
use crate::value::Value;
use std::rc::Rc;

impl Interp {
    /// The class of native iterators called `name`: a copy of the generic `iterator` class
    /// under that name, so that `type(iter([])).__name__` is `list_iterator`.
    fn iterator_class(&self, name: &'static str) -> Rc<Class> {
        if let Some((_, c)) = self.iter_classes.borrow().iter().find(|(n, _)| *n == name) {
            return c.clone();
        }
        let generic = &self.types.iterator;
        let c = Class::new(
            name,
            "builtins",
            generic.bases.clone(),
            generic.dict.borrow().clone(),
            true,
            Some(crate::object::class::BaseKind::Final),
        )
        .unwrap_or_else(|_| generic.clone());
        self.iter_classes.borrow_mut().push((name, c.clone()));
        c
    }

    /// Python's `type(v)`.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::Unbound | Value::None => t.none.clone(),
            Value::Bool(_) => t.bool.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Function(_) => t.function.clone(),
            Value::Native(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(_) => t.type_.clone(),
            Value::Instance(i) => i.class.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Other(o) => match &**o {
                Other::Module(_) => t.module.clone(),
                Other::Cell(_) => t.cell.clone(),
                Other::Generator(_) => t.generator.clone(),
                Other::Iter(it) => self.iterator_class(it.borrow().type_name()),
                Other::DictView { part, .. } => match part {
                    crate::iter::DictPart::Keys => t.dict_keys.clone(),
                    crate::iter::DictPart::Values => t.dict_values.clone(),
                    crate::iter::DictPart::Items => t.dict_items.clone(),
                },
                Other::Slice { .. } => t.slice.clone(),
                Other::Property { .. } => t.property.clone(),
                Other::StaticMethod(_) => t.staticmethod.clone(),
                Other::ClassMethod(_) => t.classmethod.clone(),
                Other::Super { .. } => t.super_.clone(),
                Other::NotImplemented => t.not_implemented.clone(),
                Other::Ellipsis => t.ellipsis.clone(),
                Other::BigRange(_) => t.range.clone(),
                Other::Native(n) => n.class(),
            },
        }
    }

    /// The type's name as error messages show it (`'int'`, `'A'`).
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Other(o) => match &**o {
                Other::Iter(it) => it.borrow().type_name().to_string(),
                _ => self.class_of(v).name.clone(),
            },
            _ => self.class_of(v).name.clone(),
        }
    }

    pub fn isinstance(&self, v: &Value, class: &Rc<Class>) -> bool {
        self.class_of(v).is_subclass(class)
    }

    pub fn get_attr(&self, obj: &Value, name: &str) -> PResult<Value> {
        match obj {
            Value::Instance(inst) => {
                if inst.class.is_plain() {
                    if let Some(v) = inst.get_attr(name) {
                        return Ok(v);
                    }
                }
                let class_attr = inst.class.lookup(name);
                if let Some(Value::Other(o)) = &class_attr {
                    if let Other::Property { fget, name: prop_name, .. } = &**o {
                        if fget.is_none() {
                            return Err(property_lacks(&prop_name.borrow(), &inst.class, "getter"));
                        }
                        return self.call_value(fget, &[obj.clone()], &[]);
                    }
                }
                if let Some(v) = inst.get_attr(name) {
                    return Ok(v);
                }
                if let Some(v) = class_attr {
                    if let Value::Instance(d) = &v {
                        // A user descriptor: `type(v).__get__(v, obj, type(obj))`.
                        if let Some(get) = d.class.lookup("__get__") {
                            return self.call_value(
                                &get,
                                &[v.clone(), obj.clone(), Value::Class(inst.class.clone())],
                                &[],
                            );
                        }
                    }
                    return Ok(self.bind(obj, &inst.class, v));
                }
                if let Some(v) = self.special_instance_attr(obj, inst, name)? {
                    return Ok(v);
                }
                if let Some(ga) = inst.class.lookup("__getattr__") {
                    return self.call_value(&ga, &[obj.clone(), Value::str(name)], &[]);
                }
                Err(PyErr::new(
                    ExcType::AttributeError,
                    format!("'{}' object has no attribute '{name}'", inst.class.name),
                ))
            }
            Value::Class(c) => {
                if let Some(v) = c.lookup(name) {
                    return Ok(match &v {
                        Value::Other(o) => match &**o {
                            Other::StaticMethod(f) => f.clone(),
                            Other::ClassMethod(f) => {
                                Value::BoundMethod(Rc::new(BoundMethod { this: obj.clone(), func: f.clone() }))
                            }
                            _ => v,
                        },
                        _ => v,
                    });
                }
                match name {
                    "__name__" | "__qualname__" => Ok(Value::str(&c.name)),
                    "__module__" => Ok(Value::str(&c.module)),
                    "__mro__" => Ok(Value::tuple(c.mro_iter().map(|k| Value::Class(k.clone())).collect())),
                    "__bases__" => Ok(Value::tuple(c.bases.iter().map(|k| Value::Class(k.clone())).collect())),
                    "__base__" => Ok(c.bases.first().map_or(Value::None, |b| Value::Class(b.clone()))),
                    "__doc__" => Ok(Value::None),
                    "__dict__" => {
                        let d = crate::object::PyDict::new();
                        let items: Vec<(Rc<str>, Value)> =
                            c.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                        for (k, v) in items {
                            self.dict_set(&d, Value::str(&k), v)?;
                        }
                        Ok(Value::Dict(Rc::new(d)))
                    }
                    _ => Err(PyErr::new(
                        ExcType::AttributeError,
                        format!("type object '{}' has no attribute '{name}'", c.name),
                    )),
                }
            }
            Value::Other(o) => match &**o {
                Other::Module(m) => match m.get(name) {
                    Some(v) => Ok(v),
                    None if name == "__name__" => Ok(Value::str(&m.name)),
                    None => Err(PyErr::new(
                        ExcType::AttributeError,
                        format!("module '{}' has no attribute '{name}'", m.name),
                    )),
                },
                Other::Super { class, this } => self.super_attr(class, this, name),
                _ => self.builtin_attr(obj, name),
            },
            Value::Function(f)
                if matches!(name, "__qualname__" | "__module__" | "__doc__")
                    && f.attrs.borrow().iter().any(|(k, _)| &**k == name) =>
            {
                // Assigned by the program (`f.__doc__ = ...`, as decorators do).
                Ok(f.attrs.borrow().iter().find(|(k, _)| &**k == name).map_or(Value::None, |(_, v)| v.clone()))
            }
            Value::Function(f) => match name {
                "__name__" => Ok(Value::str(&f.name.borrow())),
                "__qualname__" => Ok(Value::str(&f.qualname.borrow())),
                "__module__" => Ok(Value::str(&f.module.name)),
                "__doc__" => Ok(f.code.doc.clone().unwrap_or(Value::None)),
                "__defaults__" => {
                    Ok(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) })
                }
                _ => {
                    if let Some((_, v)) = f.attrs.borrow().iter().find(|(k, _)| &**k == name) {
                        return Ok(v.clone());
                    }
                    self.builtin_attr(obj, name)
                }
            },
            Value::Native(n) => match name {
                "__name__" | "__qualname__" => Ok(Value::str(n.name.rsplit('.').next().unwrap_or(&n.name))),
                _ => self.builtin_attr(obj, name),
            },
            Value::BoundMethod(bm) => match name {
                "__self__" => Ok(bm.this.clone()),
                "__func__" => Ok(bm.func.clone()),
                _ => self.get_attr(&bm.func, name),
            },
            _ => self.builtin_attr(obj, name),
        }
    }

    /// Attributes of builtin values: methods from the type's class, plus a few data fields.
    fn builtin_attr(&self, obj: &Value, name: &str) -> PResult<Value> {
        let class = self.class_of(obj);
        if let Some(v) = class.lookup(name) {
            return Ok(self.bind(obj, &class, v));
        }
        if let Some(v) = crate::builtins::data_attr(self, obj, name)? {
            return Ok(v);
        }
        Err(PyErr::new(ExcType::AttributeError, format!("'{}' object has no attribute '{name}'", self.type_name(obj))))
    }

    /// A class attribute seen through an instance: functions bind to it.
    fn bind(&self, obj: &Value, class: &Rc<Class>, v: Value) -> Value {
        match &v {
            Value::Function(_) | Value::Native(_) => {
                Value::BoundMethod(Rc::new(BoundMethod { this: obj.clone(), func: v }))
            }
            Value::Other(o) => match &**o {
                Other::StaticMethod(f) => f.clone(),
                Other::ClassMethod(f) => {
                    Value::BoundMethod(Rc::new(BoundMethod { this: Value::Class(class.clone()), func: f.clone() }))
                }
                _ => v,
            },
            _ => v,
        }
    }

    fn special_instance_attr(&self, obj: &Value, inst: &crate::object::Instance, name: &str) -> PResult<Option<Value>> {
        Ok(match name {
            "__class__" => Some(Value::Class(inst.class.clone())),
            "__dict__" if inst.class.slot_names().is_none() => Some(Value::Dict(inst.attr_dict())),
            "value" | "code"
                if inst.exception.is_some() && {
                    let t = if name == "value" { ExcType::StopIteration } else { ExcType::SystemExit };
                    inst.class.is_subclass(self.types.exc(t))
                } =>
            {
                let args = inst.exception.as_ref().map(|d| d.borrow().args.clone()).unwrap_or_default();
                Some(args.first().cloned().unwrap_or(Value::None))
            }
            "args" | "__cause__" | "__context__" | "__traceback__" | "__suppress_context__" => match &inst.exception {
                Some(data) => {
                    let d = data.borrow();
                    Some(match name {
                        "args" => Value::tuple(d.args.clone()),
                        "__cause__" => d.cause.clone().unwrap_or(Value::None),
                        "__context__" => d.context.clone().unwrap_or(Value::None),
                        "__suppress_context__" => Value::Bool(d.suppress_context),
                        _ => Value::None,
                    })
                }
                None => None,
            },
            _ => {
                let _ = obj;
                None
            }
        })
    }

    fn super_attr(&self, class: &Rc<Class>, this: &Value, name: &str) -> PResult<Value> {
        let obj_class = match this {
            Value::Class(c) => c.clone(),
            v => self.class_of(v),
        };
        let mut after = false;
        for c in obj_class.mro_iter() {
            if after {
                if let Some(v) = c.dict.borrow().get(name) {
                    let v = v.clone();
                    return Ok(match this {
                        Value::Class(_) => match &v {
                            Value::Other(o) => match &**o {
                                Other::ClassMethod(f) => {
                                    Value::BoundMethod(Rc::new(BoundMethod { this: this.clone(), func: f.clone() }))
                                }
                                Other::StaticMethod(f) => f.clone(),
                                _ => v,
                            },
                            _ => v,
                        },
                        _ => {
                            if let Value::Other(o) = &v {
                                if let Other::Property { fget, .. } = &**o {
                                    return self.call_value(fget, &[this.clone()], &[]);
                                }
                            }
                            self.bind(this, &obj_class, v)
                        }
                    });
                }
            }
            if Rc::ptr_eq(c, class) {
                after = true;
            }
        }
        Err(PyErr::new(ExcType::AttributeError, format!("'super' object has no attribute '{name}'")))
    }

    pub fn set_attr(&self, obj: &Value, name: &str, v: Value) -> PResult<()> {
        match obj {
            Value::Instance(inst) => {
                if inst.class.is_plain() {
                    inst.set_attr_str(name, v);
                    return Ok(());
                }
                if let Some(Value::Other(o)) = inst.class.lookup(name) {
                    if let Other::Property { fset, name: prop_name, .. } = &*o {
                        if fset.is_none() {
                            return Err(property_lacks(&prop_name.borrow(), &inst.class, "setter"));
                        }
                        self.call_value(fset, &[obj.clone(), v], &[])?;
                        return Ok(());
                    }
                }
                if let Some(sa) = inst.class.lookup("__setattr__") {
                    if matches!(sa, Value::Function(_)) {
                        self.call_value(&sa, &[obj.clone(), Value::str(name), v], &[])?;
                        return Ok(());
                    }
                }
                if let Some(slots) = inst.class.slot_names() {
                    if !slots.iter().any(|s| &**s == name) {
                        return Err(PyErr::new(
                            ExcType::AttributeError,
                            format!("'{}' object has no attribute '{name}'", inst.class.name),
                        ));
                    }
                }
                inst.set_attr_str(name, v);
                Ok(())
            }
            Value::Class(c) if !c.is_builtin => {
                c.set_attr(name.into(), v);
                Ok(())
            }
            Value::Function(f) => {
                let mut attrs = f.attrs.borrow_mut();
                match attrs.iter_mut().find(|(k, _)| &**k == name) {
                    Some(slot) => slot.1 = v,
                    None => attrs.push((name.into(), v)),
                }
                if name == "__name__" {
                    if let Value::Str(s) = &attrs.last().map(|a| a.1.clone()).unwrap_or(Value::None) {
                        *f.name.borrow_mut() = s.as_str().into();
                    }
                }
                Ok(())
            }
            Value::Other(o) => match &**o {
                Other::Module(m) => {
                    m.set(name, v);
                    Ok(())
                }
                _ => Err(self.no_attr_to_set(obj, name)),
            },
            _ => Err(self.no_attr_to_set(obj, name)),
        }
    }

    #[cold]
    fn no_attr_to_set(&self, obj: &Value, name: &str) -> PyErr {
        match obj {
            Value::Class(c) => {
                PyErr::new(ExcType::TypeError, format!("cannot set '{name}' attribute of immutable type '{}'", c.name))
            }
            _ => PyErr::new(
                ExcType::AttributeError,
                format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
            ),
        }
    }

    pub fn del_attr(&self, obj: &Value, name: &str) -> PResult<()> {
        if let Value::Instance(inst) = obj {
            if !inst.class.is_plain() {
                if let Some(Value::Other(o)) = inst.class.lookup(name) {
                    if let Other::Property { fdel, name: prop_name, .. } = &*o {
                        if fdel.is_none() {
                            return Err(property_lacks(&prop_name.borrow(), &inst.class, "deleter"));
                        }
                        self.call_value(fdel, std::slice::from_ref(obj), &[])?;
                        return Ok(());
                    }
                }
            }
        }
        let ok = match obj {
            Value::Instance(inst) => inst.del_attr(name),
            Value::Class(c) if !c.is_builtin => c.remove_attr(name),
            // CPython's generic wording (`'module' object has no attribute ...`) when absent.
            Value::Other(o) => match &**o {
                Other::Module(m) => m.remove(name),
                _ => false,
            },
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(PyErr::new(
                ExcType::AttributeError,
                match obj {
                    Value::Class(c) => format!("type object '{}' has no attribute '{name}'", c.name),
                    _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
                },
            ))
        }
    }
}

/// CPython 3.11's AttributeError for a property without a getter, setter or deleter
/// (`what`): it names the property only if `__set_name__` named it, and the class by its
/// qualified name.
#[cold]
fn property_lacks(prop_name: &Option<Rc<str>>, class: &Class, what: &str) -> PyErr {
    let qualname = match class.dict.borrow().get("__qualname__") {
        Some(Value::Str(q)) => q.as_str().to_string(),
        _ => class.name.clone(),
    };
    let msg = match prop_name {
        Some(n) => format!("property '{n}' of '{qualname}' object has no {what}"),
        None => format!("property of '{qualname}' object has no {what}"),
    };
    PyErr::new(ExcType::AttributeError, msg)
}
