//! The builtins that ask about an object rather than compute with it: `len` (and
//! `Interp::len_of`), `hash`, `id`, `isinstance`, `issubclass`, `callable`, `getattr`,
//! `setattr`, `hasattr`, `delattr`, `vars`, `dir`, and the `globals`/`locals` refusal.
//!
//! Invariant: `hasattr` and three-argument `getattr` swallow only `AttributeError`; any other
//! exception raised by a property or `__getattr__` propagates, as in CPython.

use crate::builtins::args::{check_count, no_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::function::Kwargs;
use crate::object::Other;
use crate::value::Value;
use std::rc::Rc;

/// Python's `len(obj)`.
pub(super) fn builtin_len(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("len", kwargs)?;
    check_count("len", args, 1, 1)?;
    Ok(Value::Int(interp.len_of(&args[0])? as i64))
}

impl Interp {
    /// `len(v)`.
    pub fn len_of(&self, v: &Value) -> PResult<usize> {
        Ok(match v {
            Value::Str(s) => s.len(),
            Value::List(l) => l.items.borrow().len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            Value::Other(o) if matches!(&**o, Other::BigRange(_)) => match &**o {
                Other::BigRange(b) => crate::object::range::range_len(&b.0)?,
                _ => 0,
            },
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__len__") {
                    let r = self.call_value(&m, &[v.clone()], &[])?;
                    let n = self.index_value(&r)?;
                    if n < 0 {
                        return Err(PyErr::new(ExcType::ValueError, "__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                let base = inst.base_value.borrow().clone();
                if base.is_none() {
                    return Err(self.no_len(v));
                }
                self.len_of(&base)?
            }
            Value::Other(o) if matches!(**o, Other::DictView { .. }) => match &**o {
                Other::DictView { dict, .. } => dict.len(),
                _ => 0,
            },
            Value::Other(_) => {
                let class = self.class_of(v);
                match class.lookup("__len__") {
                    Some(m) => {
                        let r = self.call_value(&m, &[v.clone()], &[])?;
                        self.index_value(&r)? as usize
                    }
                    None => return Err(self.no_len(v)),
                }
            }
            _ => return Err(self.no_len(v)),
        })
    }

    #[cold]
    fn no_len(&self, v: &Value) -> PyErr {
        PyErr::new(ExcType::TypeError, format!("object of type '{}' has no len()", self.type_name(v)))
    }
}

fn class_tuple_check(
    interp: &Interp,
    v: &Value,
    cls: &Value,
    fname: &str,
    check: &dyn Fn(&Rc<crate::object::Class>) -> bool,
) -> PResult<bool> {
    match cls {
        Value::Class(c) => Ok(check(c)),
        Value::Tuple(t) => {
            for c in t.items.iter() {
                if class_tuple_check(interp, v, c, fname, check)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            Err(PyErr::new(ExcType::TypeError, format!("{fname}() arg 2 must be a type, a tuple of types, or a union")))
        }
    }
}

pub(super) fn builtin_isinstance(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("isinstance", kwargs)?;
    check_count("isinstance", args, 2, 2)?;
    let class = interp.class_of(&args[0]);
    let r = class_tuple_check(interp, &args[0], &args[1], "isinstance", &|c| {
        class.is_subclass(c) || crate::modules::abc_isinstance(interp, &args[0], c)
    })?;
    Ok(Value::Bool(r))
}

pub(super) fn builtin_issubclass(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("issubclass", kwargs)?;
    check_count("issubclass", args, 2, 2)?;
    let Value::Class(sub) = &args[0] else {
        return Err(PyErr::new(ExcType::TypeError, "issubclass() arg 1 must be a class"));
    };
    let r = class_tuple_check(interp, &args[0], &args[1], "issubclass", &|c| sub.is_subclass(c))?;
    Ok(Value::Bool(r))
}

pub(super) fn builtin_hash(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("hash", kwargs)?;
    check_count("hash", args, 1, 1)?;
    let h = interp.hash(&args[0])?;
    Ok(Value::Int(h as i64))
}

pub(super) fn builtin_id(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("id", kwargs)?;
    check_count("id", args, 1, 1)?;
    Ok(Value::Int(args[0].identity() as i64 & i64::MAX))
}

pub(super) fn builtin_callable(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("callable", kwargs)?;
    check_count("callable", args, 1, 1)?;
    Ok(Value::Bool(match &args[0] {
        Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        Value::Other(o) => {
            matches!(**o, Other::StaticMethod(_)) || interp.class_of(&args[0]).lookup("__call__").is_some()
        }
        _ => false,
    }))
}

fn attr_name<'a>(interp: &Interp, v: &'a Value, fname: &str) -> PResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(PyErr::new(
            ExcType::TypeError,
            format!("{fname}(): attribute name must be string, not '{}'", interp.type_name(v)),
        )),
    }
}

pub(super) fn builtin_getattr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("getattr", kwargs)?;
    check_count("getattr", args, 2, 3)?;
    let name = attr_name(interp, &args[1], "getattr")?;
    match interp.get_attr(&args[0], name) {
        Err(e) if args.len() == 3 && interp.err_is(&e, ExcType::AttributeError) => Ok(args[2].clone()),
        r => r,
    }
}

pub(super) fn builtin_setattr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("setattr", kwargs)?;
    check_count("setattr", args, 3, 3)?;
    let name = attr_name(interp, &args[1], "setattr")?;
    interp.set_attr(&args[0], name, args[2].clone())?;
    Ok(Value::None)
}

pub(super) fn builtin_hasattr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("hasattr", kwargs)?;
    check_count("hasattr", args, 2, 2)?;
    let name = attr_name(interp, &args[1], "hasattr")?;
    match interp.get_attr(&args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if interp.err_is(&e, ExcType::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

pub(super) fn builtin_delattr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("delattr", kwargs)?;
    check_count("delattr", args, 2, 2)?;
    let name = attr_name(interp, &args[1], "delattr")?;
    interp.del_attr(&args[0], name)?;
    Ok(Value::None)
}

pub(super) fn builtin_vars(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("vars", kwargs)?;
    check_count("vars", args, 1, 1)?;
    match &args[0] {
        Value::Other(o) => match &**o {
            Other::Module(m) => {
                let d = crate::object::PyDict::new();
                for (k, v) in m.items() {
                    interp.dict_set(&d, Value::str(&k), v)?;
                }
                Ok(Value::Dict(Rc::new(d)))
            }
            _ => Err(PyErr::new(ExcType::TypeError, "vars() argument must have __dict__ attribute")),
        },
        v @ (Value::Instance(_) | Value::Class(_)) => interp.get_attr(v, "__dict__"),
        _ => Err(PyErr::new(ExcType::TypeError, "vars() argument must have __dict__ attribute")),
    }
}

pub(super) fn builtin_dir(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("dir", kwargs)?;
    check_count("dir", args, 1, 1)?;
    let mut names: Vec<String> = Vec::new();
    match &args[0] {
        Value::Instance(inst) => {
            names.extend(inst.attrs().into_iter().map(|(k, _)| k.to_string()));
            for c in inst.class.mro_iter() {
                names.extend(c.dict.borrow().iter().map(|(k, _)| k.to_string()));
            }
        }
        Value::Class(c) => {
            for k in c.mro_iter() {
                names.extend(k.dict.borrow().iter().map(|(n, _)| n.to_string()));
            }
        }
        Value::Other(o) => {
            if let Other::Module(m) = &**o {
                names.extend(m.items().into_iter().map(|(k, _)| k.to_string()));
            }
        }
        v => {
            let class = interp.class_of(v);
            for k in class.mro_iter() {
                names.extend(k.dict.borrow().iter().map(|(n, _)| n.to_string()));
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

pub(super) fn builtin_globals(_interp: &Interp, _args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Err(PyErr::new(ExcType::NotImplementedError, "hyper does not support globals()/locals() yet"))
}
