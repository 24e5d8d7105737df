//! `collections.namedtuple`: a factory of `tuple` subclasses with named fields, following
//! CPython's `collections/__init__.py` (validation, messages, `_make`, `_replace`,
//! `_asdict`, `_fields`, `_field_defaults`, `defaults=`, `rename=`).
//!
//! Invariant: instances are `Instance`s whose base value is a tuple of exactly
//! `len(_fields)` items; fields are read through properties over that tuple.
//! Invariant: the class's `_fields` (a tuple of str) and `_field_defaults` (a dict) are
//! what `__new__` binds arguments against.

use crate::builtins::args::{kwarg, only_kwargs};
use crate::builtins::{add_classmethod, add_method, native, native_with};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::modules::collections::add_repr;
use crate::object::class::{Class, ClassDict};
use crate::object::function::{Kwargs, NativeFn};
use crate::object::instance::Instance;
use crate::object::{Other, PyDict};
use crate::value::Value;
use lang::ast::CmpOp;
use std::rc::Rc;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Python's `str.isidentifier()`.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
pub fn namedtuple(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("namedtuple", kwargs, &["typename", "field_names", "rename", "defaults", "module"])?;
    if args.len() > 2 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("namedtuple() takes 2 positional arguments but {} were given", args.len()),
        ));
    }
    let typename = args.first().or_else(|| kwarg(kwargs, "typename")).cloned();
    let field_names = args.get(1).or_else(|| kwarg(kwargs, "field_names")).cloned();
    let (Some(typename), Some(field_names)) = (typename, field_names) else {
        return Err(PyErr::new(ExcType::TypeError, "namedtuple() missing required argument 'field_names'"));
    };
    let rename = match kwarg(kwargs, "rename") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    let defaults = match kwarg(kwargs, "defaults") {
        Some(v) if !v.is_none() => Some(interp.collect_iter(v)?),
        _ => None,
    };
    let module = match kwarg(kwargs, "module") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "__main__".to_string(),
    };
    let names: Vec<String> = match &field_names {
        Value::Str(s) => s.as_str().replace(',', " ").split_whitespace().map(str::to_string).collect(),
        v => interp.collect_iter(v)?.iter().map(|x| interp.str_of(x)).collect::<PResult<_>>()?,
    };
    let typename = interp.str_of(&typename)?;
    let class = make_class(interp, &typename, names, defaults, rename, &module)?;
    Ok(Value::Class(class))
}

fn check_names(typename: &str, names: &mut [String], rename: bool) -> PResult<()> {
    if rename {
        let mut seen: Vec<String> = Vec::new();
        for (i, name) in names.iter_mut().enumerate() {
            if !is_identifier(name) || KEYWORDS.contains(&name.as_str()) || name.starts_with('_') || seen.contains(name)
            {
                *name = format!("_{i}");
            }
            seen.push(name.clone());
        }
    }
    for name in std::iter::once(typename).chain(names.iter().map(String::as_str)) {
        if !is_identifier(name) {
            return Err(PyErr::new(
                ExcType::ValueError,
                format!(
                    "Type names and field names must be valid identifiers: {}",
                    crate::numeric::int_text::str_repr(name)
                ),
            ));
        }
        if KEYWORDS.contains(&name) {
            return Err(PyErr::new(
                ExcType::ValueError,
                format!("Type names and field names cannot be a keyword: {}", crate::numeric::int_text::str_repr(name)),
            ));
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for name in names.iter() {
        if name.starts_with('_') && !rename {
            return Err(PyErr::new(
                ExcType::ValueError,
                format!("Field names cannot start with an underscore: {}", crate::numeric::int_text::str_repr(name)),
            ));
        }
        if seen.contains(&name.as_str()) {
            return Err(PyErr::new(
                ExcType::ValueError,
                format!("Encountered duplicate field name: {}", crate::numeric::int_text::str_repr(name)),
            ));
        }
        seen.push(name);
    }
    Ok(())
}

/// Makes a named tuple class (also used for `functools`' `CacheInfo`).
pub fn make_class(
    interp: &Interp,
    typename: &str,
    mut names: Vec<String>,
    defaults: Option<Vec<Value>>,
    rename: bool,
    module: &str,
) -> PResult<Rc<Class>> {
    check_names(typename, &mut names, rename)?;
    let defaults = defaults.unwrap_or_default();
    if defaults.len() > names.len() {
        return Err(PyErr::new(ExcType::TypeError, "Got more default values than field names"));
    }
    let class = Class::new(typename, module, vec![interp.types.tuple.clone()], ClassDict::default(), false, None)
        .map_err(|e| PyErr::new(ExcType::TypeError, e))?;
    let fields = Value::tuple(names.iter().map(|n| Value::str(n)).collect());
    let field_defaults = PyDict::new();
    let first_default = names.len() - defaults.len();
    for (name, v) in names[first_default..].iter().zip(defaults) {
        interp.dict_set(&field_defaults, Value::str(name), v)?;
    }
    class.set_attr("_fields".into(), fields.clone());
    class.set_attr("__match_args__".into(), fields);
    class.set_attr("_field_defaults".into(), Value::Dict(Rc::new(field_defaults)));
    class.set_attr("__slots__".into(), Value::tuple(Vec::new()));
    let new = native(&format!("{typename}.__new__"), nt_new);
    class.set_attr("__new__".into(), Value::Other(Rc::new(Other::StaticMethod(new))));
    for (i, name) in names.iter().enumerate() {
        let getter = native_with(&format!("{typename}.{name}"), nt_field, Value::Int(i as i64));
        let setter = native(&format!("{typename}.{name}"), nt_readonly);
        let prop = Other::named_property(name, getter, setter.clone(), setter);
        class.set_attr(name.as_str().into(), Value::Other(Rc::new(prop)));
    }
    let methods: &[(&str, NativeFn)] = &[
        ("_asdict", nt_asdict),
        ("_replace", nt_replace),
        ("__getnewargs__", nt_getnewargs),
        ("count", nt_count),
        ("index", nt_index),
        ("__lt__", nt_lt),
        ("__le__", nt_le),
        ("__gt__", nt_gt),
        ("__ge__", nt_ge),
    ];
    for (name, f) in methods {
        add_method(&class, name, *f);
    }
    add_classmethod(&class, "_make", nt_make);
    add_repr(interp, &class, nt_repr)?;
    Ok(class)
}

/// The field names and defaults a named tuple class was made with.
fn spec(interp: &Interp, class: &Rc<Class>) -> PResult<(Vec<Value>, Option<Rc<PyDict>>)> {
    let fields = match class.lookup("_fields") {
        Some(v) => interp.collect_iter(&v)?,
        None => Vec::new(),
    };
    let defaults = match class.lookup("_field_defaults") {
        Some(Value::Dict(d)) => Some(d),
        _ => None,
    };
    Ok((fields, defaults))
}

fn new_instance(class: &Rc<Class>, items: Vec<Value>) -> Value {
    Value::Instance(Rc::new(Instance::new(class.clone(), Value::tuple(items), None)))
}

fn quoted_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// `Point(x, y)`: binds positional and keyword arguments to the fields, as the generated
/// `__new__(_cls, x, y)` of CPython does (with its error messages).
fn nt_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let Some(Value::Class(class)) = args.first() else {
        return Err(PyErr::new(ExcType::TypeError, "__new__(X): X is not a type object"));
    };
    let (fields, defaults) = spec(interp, class)?;
    let names: Vec<String> = fields.iter().map(|f| interp.str_of(f)).collect::<PResult<_>>()?;
    let qual = format!("{}.__new__", class.name);
    let given = &args[1..];
    let n = names.len();
    if given.len() > n {
        let n_defaults = defaults.as_ref().map_or(0, |d| d.len());
        let takes = if n_defaults > 0 {
            format!("from {} to {} positional arguments", n + 1 - n_defaults, n + 1)
        } else {
            format!("{} positional argument{}", n + 1, if n == 0 { "" } else { "s" })
        };
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("{qual}() takes {takes} but {} were given", given.len() + 1),
        ));
    }
    let mut slots: Vec<Option<Value>> = given.iter().cloned().map(Some).collect();
    slots.resize(n, None);
    for (k, v) in kwargs {
        match names.iter().position(|name| name.as_str() == &**k) {
            Some(i) if slots[i].is_some() => {
                return Err(PyErr::new(ExcType::TypeError, format!("{qual}() got multiple values for argument '{k}'")));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("{qual}() got an unexpected keyword argument '{k}'"),
                ));
            }
        }
    }
    let mut missing = Vec::new();
    for (i, slot) in slots.iter_mut().enumerate() {
        if slot.is_none() {
            let default = match &defaults {
                Some(d) => interp.dict_get(d, &fields[i])?,
                None => None,
            };
            match default {
                Some(v) => *slot = Some(v),
                None => missing.push(names[i].clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!(
                "{qual}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quoted_list(&missing)
            ),
        ));
    }
    Ok(new_instance(class, slots.into_iter().map(|s| s.unwrap_or(Value::None)).collect()))
}

/// The tuple a named tuple instance carries.
fn items_of(interp: &Interp, v: &Value) -> PResult<Rc<crate::object::PyTuple>> {
    if let Value::Instance(inst) = v {
        if let Value::Tuple(t) = &*inst.base_value.borrow() {
            return Ok(t.clone());
        }
    }
    if let Value::Tuple(t) = v {
        return Ok(t.clone());
    }
    Err(PyErr::new(ExcType::TypeError, format!("expected a named tuple, got '{}'", interp.type_name(v))))
}

/// The property getter of field number `args[0]`.
fn nt_field(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Int(i)), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "field getter needs an instance"));
    };
    let t = items_of(interp, obj)?;
    t.items.get(*i as usize).cloned().ok_or_else(|| PyErr::new(ExcType::IndexError, "tuple index out of range"))
}

/// Setting (`fset(obj, v)`) or deleting (`fdel(obj)`) a field: refused, as for CPython's
/// `_tuplegetter`.
fn nt_readonly(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let msg = if args.len() < 2 { "can't delete attribute" } else { "can't set attribute" };
    Err(PyErr::new(ExcType::AttributeError, msg))
}

/// `_make(iterable)`: a new instance from exactly `len(_fields)` items.
fn nt_make(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Class(class)), Some(iterable)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "_make() missing 1 required positional argument: 'iterable'"));
    };
    let items = interp.collect_iter(iterable)?;
    let (fields, _) = spec(interp, class)?;
    if items.len() != fields.len() {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("Expected {} arguments, got {}", fields.len(), items.len()),
        ));
    }
    Ok(new_instance(class, items))
}

/// `_replace(**kwds)`: a copy with some fields replaced.
fn nt_replace(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let Some(this) = args.first() else { return Err(PyErr::new(ExcType::TypeError, "_replace() needs self")) };
    let class = interp.class_of(this);
    let (fields, _) = spec(interp, &class)?;
    let mut items = items_of(interp, this)?.items.to_vec();
    let mut unknown = Vec::new();
    for (k, v) in kwargs {
        let pos = fields.iter().position(|f| matches!(f, Value::Str(s) if s.as_str() == &**k));
        match pos {
            Some(i) if i < items.len() => items[i] = v.clone(),
            _ => unknown.push(Value::str(k)),
        }
    }
    if !unknown.is_empty() {
        return Err(PyErr::new(
            ExcType::ValueError,
            format!("Got unexpected field names: {}", interp.repr(&Value::list(unknown))?),
        ));
    }
    Ok(new_instance(&class, items))
}

/// `_asdict()`: a dict from field names to values.
fn nt_asdict(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let Some(this) = args.first() else { return Err(PyErr::new(ExcType::TypeError, "_asdict() needs self")) };
    let (fields, _) = spec(interp, &interp.class_of(this))?;
    let items = items_of(interp, this)?;
    let d = PyDict::new();
    for (f, v) in fields.into_iter().zip(items.items.iter()) {
        interp.dict_set(&d, f, v.clone())?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn nt_getnewargs(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let Some(this) = args.first() else { return Err(PyErr::new(ExcType::TypeError, "__getnewargs__() needs self")) };
    Ok(Value::Tuple(items_of(interp, this)?))
}

/// `count(x)`, as `tuple.count`.
fn nt_count(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(this), Some(x)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "count() takes exactly one argument (0 given)"));
    };
    let mut n = 0;
    for v in items_of(interp, this)?.items.iter() {
        if v.is(x) || interp.eq(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `index(x)`, as `tuple.index`.
fn nt_index(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(this), Some(x)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "index expected at least 1 argument, got 0"));
    };
    for (i, v) in items_of(interp, this)?.items.iter().enumerate() {
        if v.is(x) || interp.eq(v, x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(PyErr::new(ExcType::ValueError, "tuple.index(x): x not in tuple"))
}

/// Orders two named tuples (or a named tuple and a tuple) as tuples.
fn order(interp: &Interp, args: &[Value], op: CmpOp) -> PResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "comparison needs two operands"));
    };
    let (Ok(x), Ok(y)) = (items_of(interp, a), items_of(interp, b)) else {
        return Ok(Value::Other(Rc::new(Other::NotImplemented)));
    };
    interp.rich_compare(op, &Value::Tuple(x), &Value::Tuple(y))
}

fn nt_lt(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    order(interp, args, CmpOp::Lt)
}

fn nt_le(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    order(interp, args, CmpOp::LtE)
}

fn nt_gt(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    order(interp, args, CmpOp::Gt)
}

fn nt_ge(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    order(interp, args, CmpOp::GtE)
}

/// `repr(p)`: `Point(x=1, y=2)`.
fn nt_repr(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let Some(this) = args.first() else { return Err(PyErr::new(ExcType::TypeError, "__repr__() needs self")) };
    let class = interp.class_of(this);
    let (fields, _) = spec(interp, &class)?;
    let items = items_of(interp, this)?;
    let id = Rc::as_ptr(&items) as usize;
    if interp.repr_stack.borrow().contains(&id) {
        return Ok(Value::str("..."));
    }
    interp.repr_stack.borrow_mut().push(id);
    let mut parts = Vec::with_capacity(fields.len());
    let mut result = Ok(());
    for (f, v) in fields.iter().zip(items.items.iter()) {
        match (interp.str_of(f), interp.repr(v)) {
            (Ok(name), Ok(r)) => parts.push(format!("{name}={r}")),
            (Err(e), _) | (_, Err(e)) => {
                result = Err(e);
                break;
            }
        }
    }
    interp.repr_stack.borrow_mut().pop();
    result?;
    Ok(Value::string(format!("{}({})", class.name, parts.join(", "))))
}
