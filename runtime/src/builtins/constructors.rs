//! Constructors of the builtin types (`int(x)`, `list(it)`, `range(a, b)`, `type(x)`,
//! exceptions…) as `__new__`/`__init__` natives on their classes, and `object`'s defaults.
//!
//! Invariant: a builtin constructor receives the class being instantiated as `args[0]`
//! (it may be a user subclass), and builds the value that class's instances carry.

use crate::builtins::args::{check_count, kwarg, no_kwargs};
use crate::builtins::{add_method, native};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::numeric;
use crate::object::class::{BaseKind, Class, ClassDict};
use crate::object::function::Kwargs;
use crate::object::instance::Instance;
use crate::object::{Other, PyDict, RangeObj};
use crate::value::Value;

use std::cell::RefCell;
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    let t = &interp.types;
    let new = |c: &Rc<Class>, f| c.set_attr("__new__".into(), native(&format!("{}.__new__", c.name), f));
    new(&t.object, object_new);
    new(&t.int, int_new);
    new(&t.bool, bool_new);
    new(&t.float, float_new);
    new(&t.str, str_new);
    new(&t.list, list_new);
    new(&t.tuple, tuple_new);
    new(&t.dict, dict_new);
    new(&t.set, set_new);
    new(&t.frozenset, frozenset_new);
    new(&t.range, range_new);
    new(&t.type_, type_new);
    new(&t.slice, slice_new);
    new(&t.property, property_new);
    new(&t.staticmethod, staticmethod_new);
    new(&t.classmethod, classmethod_new);
    new(&t.super_, super_new);
    let base_exc = t.exc(ExcType::BaseException).clone();
    new(&base_exc, exception_new);
    add_method(&base_exc, "__init__", exception_init);
    add_method(&base_exc, "with_traceback", exception_with_traceback);
    add_method(&t.object, "__init__", object_init);
    add_method(&t.object, "__repr__", object_repr);
    add_method(&t.object, "__str__", object_str);
    add_method(&t.object, "__eq__", object_eq);
    add_method(&t.object, "__ne__", object_ne);
    add_method(&t.object, "__hash__", object_hash);
    add_method(&t.object, "__setattr__", object_setattr);
    add_method(&t.object, "__getattribute__", object_getattribute);
    add_method(&t.list, "__init__", list_init);
    add_method(&t.dict, "__init__", dict_init);
    add_method(&t.set, "__init__", set_init);
    for c in [&t.int, &t.float, &t.str, &t.tuple, &t.frozenset] {
        add_method(c, "__init__", noop_init);
    }
    add_method(&t.property, "setter", property_setter);
    add_method(&t.property, "getter", property_getter);
    add_method(&t.property, "deleter", property_deleter);
    add_method(&t.property, "__set_name__", property_set_name);
}

fn cls_arg(args: &[Value]) -> Option<Rc<Class>> {
    match args.first() {
        Some(Value::Class(c)) => Some(c.clone()),
        _ => None,
    }
}

/// Wraps a builtin value for a user subclass (`class MyInt(int)`), or returns it as is.
fn for_class(interp: &Interp, cls: &Option<Rc<Class>>, builtin: &Rc<Class>, v: Value) -> Value {
    match cls {
        Some(c) if !Rc::ptr_eq(c, builtin) => {
            let _ = interp;
            Value::Instance(Rc::new(Instance::new(c.clone(), v, None)))
        }
        _ => v,
    }
}

fn object_new(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let Some(c) = cls_arg(args) else {
        return Err(PyErr::new(ExcType::TypeError, "object.__new__(X): X is not a type object"));
    };
    Ok(Value::Instance(Rc::new(Instance::new(c, Value::None, None))))
}

fn object_init(_interp: &Interp, _args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::None)
}

fn noop_init(_interp: &Interp, _args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::None)
}

fn object_repr(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    let class = interp.class_of(&v);
    Ok(Value::string(format!("<{} object at {:#x}>", class.qualified_name(), v.identity())))
}

fn object_str(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(interp.repr(&v)?))
}

fn object_eq(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    check_count("object.__eq__", args, 2, 2)?;
    if args[0].is(&args[1]) {
        Ok(Value::Bool(true))
    } else {
        Ok(Value::Other(Rc::new(Other::NotImplemented)))
    }
}

fn object_ne(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    check_count("object.__ne__", args, 2, 2)?;
    Ok(Value::Bool(!interp.eq(&args[0], &args[1])?))
}

fn object_hash(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::Int((args.first().map_or(0, |v| v.identity()) >> 4) as i64))
}

fn object_setattr(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    check_count("object.__setattr__", args, 3, 3)?;
    match (&args[0], &args[1]) {
        (Value::Instance(inst), Value::Str(name)) => {
            inst.set_attr(&Rc::from(name.as_str()), args[2].clone());
            Ok(Value::None)
        }
        (obj, Value::Str(name)) => {
            interp.set_attr(obj, name.as_str(), args[2].clone())?;
            Ok(Value::None)
        }
        _ => Err(PyErr::new(ExcType::TypeError, "attribute name must be string")),
    }
}

fn object_getattribute(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    check_count("object.__getattribute__", args, 2, 2)?;
    match &args[1] {
        Value::Str(name) => interp.get_attr(&args[0], name.as_str()),
        _ => Err(PyErr::new(ExcType::TypeError, "attribute name must be string")),
    }
}

/// Python's `int(x=0)` / `int(x, base=10)`.
fn int_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let cls = cls_arg(args);
    let args = &args[1..];
    let base = match (args.get(1), kwarg(kwargs, "base")) {
        (Some(b), _) | (None, Some(b)) => Some(interp.index_value(b)?),
        _ => None,
    };
    if args.len() > 2 {
        return Err(PyErr::new(ExcType::TypeError, format!("int() takes at most 2 arguments ({} given)", args.len())));
    }
    let v = match (args.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(PyErr::new(ExcType::TypeError, "int() missing string argument")),
        (Some(Value::Str(s)), b) => {
            let b = b.unwrap_or(10);
            if b != 0 && !(2..=36).contains(&b) {
                return Err(PyErr::new(ExcType::ValueError, "int() base must be >= 2 and <= 36, or 0"));
            }
            Value::from_bigint(numeric::int_text::parse_int(s.as_str(), b as u32)?)
        }
        (Some(_), Some(_)) => {
            return Err(PyErr::new(ExcType::TypeError, "int() can't convert non-string with explicit base"))
        }
        (Some(x), None) => interp.to_int(x)?,
    };
    Ok(for_class(interp, &cls, &interp.types.int, v))
}

impl Interp {
    /// `int(x)` for a non-string `x`.
    pub fn to_int(&self, x: &Value) -> PResult<Value> {
        Ok(match x {
            Value::Int(_) | Value::BigInt(_) => x.clone(),
            Value::Bool(b) => Value::Int(*b as i64),
            Value::Float(f) => Value::from_bigint(numeric::arith::f64_to_bigint(*f)?),
            Value::Instance(inst) => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let Some(m) = inst.class.lookup(name) {
                        return self.call_value(&m, &[x.clone()], &[]);
                    }
                }
                let base = inst.base_value.borrow().clone();
                if !base.is_none() {
                    return self.to_int(&base);
                }
                return Err(self.int_type_error(x));
            }
            _ => return Err(self.int_type_error(x)),
        })
    }

    #[cold]
    fn int_type_error(&self, x: &Value) -> PyErr {
        PyErr::new(
            ExcType::TypeError,
            format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                self.type_name(x)
            ),
        )
    }

    /// `float(x)`.
    pub fn to_float(&self, x: &Value) -> PResult<f64> {
        Ok(match x {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            Value::Bool(b) => *b as i64 as f64,
            Value::BigInt(b) => numeric::arith::bigint_to_f64(b)?,
            Value::Str(s) => numeric::float_text::parse_float(s.as_str())?,
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__float__") {
                    let r = self.call_value(&m, &[x.clone()], &[])?;
                    return self.to_float(&r);
                }
                if let Some(m) = inst.class.lookup("__index__") {
                    let r = self.call_value(&m, &[x.clone()], &[])?;
                    return self.to_float(&r);
                }
                let base = inst.base_value.borrow().clone();
                if !base.is_none() {
                    return self.to_float(&base);
                }
                return Err(self.float_type_error(x));
            }
            _ => return Err(self.float_type_error(x)),
        })
    }

    #[cold]
    fn float_type_error(&self, x: &Value) -> PyErr {
        PyErr::new(
            ExcType::TypeError,
            format!("float() argument must be a string or a real number, not '{}'", self.type_name(x)),
        )
    }
}

fn bool_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("bool", kwargs)?;
    match args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(interp.truthy(v)?)),
    }
}

fn float_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("float", kwargs)?;
    let cls = cls_arg(args);
    check_count("float", &args[1..], 0, 1)?;
    let v = match args.get(1) {
        None => 0.0,
        Some(x) => interp.to_float(x)?,
    };
    Ok(for_class(interp, &cls, &interp.types.float, Value::Float(v)))
}

/// `str(object='', encoding='utf-8', errors='strict')`. Decoding needs a bytes-like object,
/// which hyper does not have, so an encoding or errors argument only gets CPython's errors.
fn str_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let cls = cls_arg(args);
    let given = args.len() - 1 + kwargs.len();
    if given > 3 {
        return Err(PyErr::new(ExcType::TypeError, format!("str() takes at most 3 arguments ({given} given)")));
    }
    const NAMES: [&str; 3] = ["object", "encoding", "errors"];
    for (k, _) in kwargs {
        match NAMES.iter().position(|n| **n == **k) {
            None => {
                return Err(PyErr::new(ExcType::TypeError, format!("'{k}' is an invalid keyword argument for str()")))
            }
            Some(i) if i + 1 < args.len() => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("argument for str() given by name ('{k}') and position ({})", i + 1),
                ))
            }
            Some(_) => {}
        }
    }
    let object = args.get(1).cloned().or_else(|| kwarg(kwargs, "object").cloned());
    let decoding = args.len() > 2 || kwargs.iter().any(|(k, _)| &**k != "object");
    let v = match object {
        None => Value::str(""),
        Some(Value::Str(_)) if decoding => {
            return Err(PyErr::new(ExcType::TypeError, "decoding str is not supported"));
        }
        Some(x) if decoding => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("decoding to str: need a bytes-like object, {} found", interp.type_name(&x)),
            ));
        }
        Some(x @ Value::Str(_)) => x,
        Some(x) => Value::string(interp.str_of(&x)?),
    };
    Ok(for_class(interp, &cls, &interp.types.str, v))
}

fn list_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("list", kwargs)?;
    check_count("list", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        None => Vec::new(),
        Some(x) => interp.collect_iter(x)?,
    };
    Ok(Value::list(items))
}

fn list_init(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    if let Some(Value::Instance(inst)) = args.first() {
        if let (Value::List(l), Some(src)) = (&*inst.base_value.borrow(), args.get(1)) {
            let items = interp.collect_iter(src)?;
            *l.items.borrow_mut() = items;
        }
    }
    Ok(Value::None)
}

fn tuple_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("tuple", kwargs)?;
    let cls = cls_arg(args);
    check_count("tuple", &args[1..], 0, 1)?;
    let v = match args.get(1) {
        None => Value::tuple(Vec::new()),
        Some(t @ Value::Tuple(_)) => t.clone(),
        Some(x) => Value::tuple(interp.collect_iter(x)?),
    };
    Ok(for_class(interp, &cls, &interp.types.tuple, v))
}

fn dict_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_count("dict", &args[1..], 0, 1)?;
    let d = PyDict::new();
    if let Some(src) = args.get(1) {
        interp.dict_update(&d, src)?;
    }
    for (k, v) in kwargs {
        interp.dict_set(&d, Value::str(k), v.clone())?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn dict_init(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    if let Some(Value::Instance(inst)) = args.first() {
        let base = inst.base_value.borrow().clone();
        if let Value::Dict(d) = &base {
            if let Some(src) = args.get(1) {
                interp.dict_update(d, src)?;
            }
            for (k, v) in kwargs {
                interp.dict_set(d, Value::str(k), v.clone())?;
            }
        }
    }
    Ok(Value::None)
}

fn set_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("set", kwargs)?;
    check_count("set", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        None => Vec::new(),
        Some(x) => interp.collect_iter(x)?,
    };
    interp.new_set(items, false)
}

fn set_init(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    if let Some(Value::Instance(inst)) = args.first() {
        let base = inst.base_value.borrow().clone();
        if let (Value::Set(s), Some(src)) = (&base, args.get(1)) {
            for x in interp.collect_iter(src)? {
                interp.set_add(s, x)?;
            }
        }
    }
    Ok(Value::None)
}

fn frozenset_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("frozenset", kwargs)?;
    check_count("frozenset", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        None => Vec::new(),
        Some(x) => interp.collect_iter(x)?,
    };
    interp.new_set(items, true)
}

fn range_arg(interp: &Interp, v: &Value) -> PResult<num_bigint::BigInt> {
    match crate::object::range::as_bigint(v) {
        Some(b) => Ok(b),
        None => match v {
            Value::Float(_) | Value::Str(_) | Value::None | Value::List(_) | Value::Tuple(_) => Err(PyErr::new(
                ExcType::TypeError,
                format!("'{}' object cannot be interpreted as an integer", interp.type_name(v)),
            )),
            _ => interp.index_value(v).map(num_bigint::BigInt::from),
        },
    }
}

/// Python's `range(stop)` / `range(start, stop[, step])`.
fn range_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    use crate::object::range::{range_value, RangeParts};
    no_kwargs("range", kwargs)?;
    let a = &args[1..];
    if let [Value::Int(stop)] = a {
        return Ok(Value::Range(Rc::new(RangeObj { start: 0, stop: *stop, step: 1 })));
    }
    let (start, stop, step) = match a.len() {
        1 => (0.into(), range_arg(interp, &a[0])?, 1.into()),
        2 => (range_arg(interp, &a[0])?, range_arg(interp, &a[1])?, 1.into()),
        3 => (range_arg(interp, &a[0])?, range_arg(interp, &a[1])?, range_arg(interp, &a[2])?),
        0 => return Err(PyErr::new(ExcType::TypeError, "range expected at least 1 argument, got 0")),
        n => return Err(PyErr::new(ExcType::TypeError, format!("range expected at most 3 arguments, got {n}"))),
    };
    if num_traits::Zero::is_zero(&step) {
        return Err(PyErr::new(ExcType::ValueError, "range() arg 3 must not be zero"));
    }
    Ok(range_value(RangeParts { start, stop, step }))
}

/// `type(x)`, or `type(name, bases, dict)` to make a class.
fn type_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("type", kwargs)?;
    let a = &args[1..];
    match a.len() {
        1 => Ok(Value::Class(interp.class_of(&a[0]))),
        3 => {
            let Value::Str(name) = &a[0] else {
                return Err(PyErr::new(ExcType::TypeError, "type.__new__() argument 1 must be str"));
            };
            let mut bases = Vec::new();
            for b in interp.collect_iter(&a[1])? {
                match b {
                    Value::Class(c) => bases.push(c),
                    _ => return Err(PyErr::new(ExcType::TypeError, "bases must be types")),
                }
            }
            if bases.is_empty() {
                bases.push(interp.types.object.clone());
            }
            let mut dict = ClassDict::default();
            if let Value::Dict(d) = &a[2] {
                for e in d.table.borrow().iter() {
                    if let Value::Str(k) = &e.key {
                        dict.insert(k.as_str().into(), e.value.clone());
                    }
                }
            }
            crate::object::other::set_property_names(&dict);
            let class = Class::new(name.as_str(), "__main__", bases, dict, false, None)
                .map_err(|m| PyErr::new(ExcType::TypeError, m))?;
            Ok(Value::Class(class))
        }
        _ => Err(PyErr::new(ExcType::TypeError, "type() takes 1 or 3 arguments")),
    }
}

fn slice_new(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("slice", kwargs)?;
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        n => return Err(PyErr::new(ExcType::TypeError, format!("slice expected at least 1 argument, got {n}"))),
    };
    Ok(Value::Other(Rc::new(Other::Slice { start, stop, step })))
}

fn property_new(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = &args[1..];
    let get = |i: usize, name: &str| a.get(i).cloned().or_else(|| kwarg(kwargs, name).cloned()).unwrap_or(Value::None);
    Ok(Value::Other(Rc::new(Other::property(get(0, "fget"), get(1, "fset"), get(2, "fdel")))))
}

/// The property `args[0]` (its getter, setter, deleter and name) and the argument `args[1]`.
#[allow(clippy::type_complexity)]
fn property_parts(args: &[Value]) -> PResult<(Value, Value, Value, Option<Rc<str>>, Value)> {
    match (args.first(), args.get(1)) {
        (Some(Value::Other(o)), Some(f)) => match &**o {
            Other::Property { fget, fset, fdel, name } => {
                Ok((fget.clone(), fset.clone(), fdel.clone(), name.borrow().clone(), f.clone()))
            }
            _ => Err(PyErr::new(ExcType::TypeError, "descriptor requires a 'property' object")),
        },
        _ => Err(PyErr::new(ExcType::TypeError, "property method takes exactly one argument")),
    }
}

/// A copy of a property with one function replaced, as CPython's `property_copy`: it keeps
/// the name, and a new function of None keeps the old one (`p.setter(None)` changes nothing).
fn property_copy(fget: Value, fset: Value, fdel: Value, name: Option<Rc<str>>) -> Value {
    Value::Other(Rc::new(Other::Property { fget, fset, fdel, name: RefCell::new(name) }))
}

fn property_setter(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (fget, fset, fdel, name, f) = property_parts(args)?;
    Ok(property_copy(fget, if f.is_none() { fset } else { f }, fdel, name))
}

fn property_getter(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (fget, fset, fdel, name, f) = property_parts(args)?;
    Ok(property_copy(if f.is_none() { fget } else { f }, fset, fdel, name))
}

fn property_deleter(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (fget, fset, fdel, name, f) = property_parts(args)?;
    Ok(property_copy(fget, fset, if f.is_none() { fdel } else { f }, name))
}

/// `property.__set_name__(owner, name)`: names the property for its error messages.
fn property_set_name(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    if args.len() != 3 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("__set_name__() takes 2 positional arguments but {} were given", args.len().saturating_sub(1)),
        ));
    }
    let (Value::Other(o), Value::Str(name)) = (&args[0], &args[2]) else {
        return Err(PyErr::new(ExcType::TypeError, "descriptor '__set_name__' requires a 'property' object"));
    };
    if let Other::Property { name: slot, .. } = &**o {
        *slot.borrow_mut() = Some(name.as_str().into());
    }
    Ok(Value::None)
}

fn staticmethod_new(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("staticmethod", kwargs)?;
    check_count("staticmethod", &args[1..], 1, 1)?;
    Ok(Value::Other(Rc::new(Other::StaticMethod(args[1].clone()))))
}

fn classmethod_new(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("classmethod", kwargs)?;
    check_count("classmethod", &args[1..], 1, 1)?;
    Ok(Value::Other(Rc::new(Other::ClassMethod(args[1].clone()))))
}

/// `super(cls, obj)`; the compiler turns a bare `super()` in a method into this form.
fn super_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("super", kwargs)?;
    let a = &args[1..];
    match a {
        [] => Err(PyErr::new(ExcType::RuntimeError, "super(): no arguments")),
        [Value::Class(c), obj] => {
            let ok = match obj {
                Value::Class(oc) => oc.is_subclass(c),
                v => interp.class_of(v).is_subclass(c),
            };
            if !ok {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            Ok(Value::Other(Rc::new(Other::Super { class: c.clone(), this: obj.clone() })))
        }
        [Value::Unbound, _] => Err(PyErr::new(ExcType::RuntimeError, "super(): __class__ cell not found")),
        _ => Err(PyErr::new(ExcType::TypeError, "super() argument 1 must be a type")),
    }
}

fn exception_new(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let Some(c) = cls_arg(args) else {
        return Err(PyErr::new(ExcType::TypeError, "BaseException.__new__(X): X is not a type object"));
    };
    if c.base_kind != BaseKind::Exception {
        return Err(PyErr::new(ExcType::TypeError, "BaseException.__new__(X): X is not a subtype of BaseException"));
    }
    Ok(interp.new_exception(&c, args[1..].to_vec()))
}

fn exception_init(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    if let Some(Value::Instance(inst)) = args.first() {
        if let Some(data) = &inst.exception {
            data.borrow_mut().args = args[1..].to_vec();
        }
    }
    Ok(Value::None)
}

fn exception_with_traceback(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}
