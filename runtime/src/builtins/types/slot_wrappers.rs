//! Slot wrappers: the dunder methods of the builtin types (`int.__add__`, `list.__getitem__`,
//! `str.__lt__`…) as Python code calls them explicitly and as subclasses of builtin types
//! inherit them (`super().__getitem__(k)` in a `list` subclass). Here live the ones shared by
//! several types; each type's own file registers them with its kind.
//!
//! Invariant: a slot wrapper works on the builtin value inside `self` (the base value of an
//! instance of a subclass), never on `self` itself, so it cannot dispatch back to a dunder
//! the subclass overrides.
//! Invariant: a binary slot whose other operand has the wrong type returns `NotImplemented`,
//! as CPython's do, so that the reflected operand gets its turn.

use crate::builtins::add_method;
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::class::Class;
use crate::object::function::Kwargs;
use crate::object::Other;
use crate::value::Value;
use lang::ast::CmpOp;
use std::rc::Rc;

/// The builtin kinds a slot wrapper may be specialised for (const generic parameters).
pub const INT: u8 = 0;
pub const FLOAT: u8 = 1;
pub const STR: u8 = 2;
pub const LIST: u8 = 3;
pub const TUPLE: u8 = 4;
pub const DICT: u8 = 5;
pub const SET: u8 = 6;
pub const FROZENSET: u8 = 7;

/// The class name of a kind, as error messages show it.
pub fn kind_name(kind: u8) -> &'static str {
    match kind {
        INT => "int",
        FLOAT => "float",
        STR => "str",
        LIST => "list",
        TUPLE => "tuple",
        DICT => "dict",
        SET => "set",
        _ => "frozenset",
    }
}

/// Whether a builtin value is of a kind (`bool` counts as `int`).
pub fn is_kind(kind: u8, v: &Value) -> bool {
    match kind {
        INT => matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)),
        FLOAT => matches!(v, Value::Float(_)),
        STR => matches!(v, Value::Str(_)),
        LIST => matches!(v, Value::List(_)),
        TUPLE => matches!(v, Value::Tuple(_)),
        DICT => matches!(v, Value::Dict(_)),
        SET => matches!(v, Value::Set(s) if !s.frozen),
        _ => matches!(v, Value::Set(s) if s.frozen),
    }
}

/// Whether a binary slot of `kind` accepts `v` as its other operand (`float` takes ints
/// too; the set kinds take either set type).
pub fn accepts_other(kind: u8, v: &Value) -> bool {
    match kind {
        FLOAT => is_kind(FLOAT, v) || is_kind(INT, v),
        SET | FROZENSET => matches!(v, Value::Set(_)),
        _ => is_kind(kind, v),
    }
}

/// The builtin value inside `v`: the base value of an instance of a builtin subclass, or
/// `v` itself.
pub fn builtin_value(v: &Value) -> Value {
    if let Value::Instance(inst) = v {
        let base = inst.base_value.borrow();
        if !base.is_none() {
            return base.clone();
        }
    }
    v.clone()
}

/// The `NotImplemented` singleton.
pub fn not_implemented(interp: &Interp) -> Value {
    interp.builtin("NotImplemented").unwrap_or_else(|| Value::Other(Rc::new(Other::NotImplemented)))
}

/// Checks a slot wrapper's explicit argument count and that it got no keywords.
pub fn check_slot_args(name: &str, args: &[Value], kwargs: &Kwargs, min: usize, max: usize) -> PResult<()> {
    if !kwargs.is_empty() {
        return Err(PyErr::new(ExcType::TypeError, format!("wrapper {name}() takes no keyword arguments")));
    }
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    let want = if n < min { min } else { max };
    let msg = if min == max {
        format!("expected {want} argument{}, got {n}", if want == 1 { "" } else { "s" })
    } else if n < min {
        format!("expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(PyErr::new(ExcType::TypeError, msg))
}

/// `self` of a slot wrapper as the builtin value of its kind, with CPython's message when
/// it is of another type.
pub fn slot_self(interp: &Interp, kind: u8, args: &[Value], name: &str) -> PResult<Value> {
    let Some(first) = args.first() else {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("descriptor '{name}' of '{}' object needs an argument", kind_name(kind)),
        ));
    };
    let v = builtin_value(first);
    if is_kind(kind, &v) {
        return Ok(v);
    }
    Err(PyErr::new(
        ExcType::TypeError,
        format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            kind_name(kind),
            interp.type_name(first)
        ),
    ))
}

const CMP_OPS: [(&str, CmpOp); 6] = [
    ("__eq__", CmpOp::Eq),
    ("__ne__", CmpOp::NotEq),
    ("__lt__", CmpOp::Lt),
    ("__le__", CmpOp::LtE),
    ("__gt__", CmpOp::Gt),
    ("__ge__", CmpOp::GtE),
];

/// `x.__eq__(y)`, `x.__lt__(y)`…: the comparison of the builtin values, or
/// `NotImplemented` when `y` is of another kind (`(1).__eq__(1.0)` is `NotImplemented`).
fn rich_compare_slot<const K: u8, const OP: usize>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let (name, op) = CMP_OPS[OP];
    check_slot_args(name, args, kwargs, 1, 1)?;
    let a = slot_self(interp, K, args, name)?;
    let b = builtin_value(&args[1]);
    if !accepts_other(K, &b) {
        return Ok(not_implemented(interp));
    }
    interp.rich_compare(op, &a, &b)
}

/// Registers `__eq__` and `__ne__`, and the four orderings when the kind is ordered.
pub fn add_rich_compare<const K: u8>(class: &Rc<Class>, ordered: bool) {
    add_method(class, "__eq__", rich_compare_slot::<K, 0>);
    add_method(class, "__ne__", rich_compare_slot::<K, 1>);
    if ordered {
        add_method(class, "__lt__", rich_compare_slot::<K, 2>);
        add_method(class, "__le__", rich_compare_slot::<K, 3>);
        add_method(class, "__gt__", rich_compare_slot::<K, 4>);
        add_method(class, "__ge__", rich_compare_slot::<K, 5>);
    }
}

/// `x.__len__()`.
fn len_slot<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__len__", args, kwargs, 0, 0)?;
    let v = slot_self(interp, K, args, "__len__")?;
    Ok(Value::Int(interp.len_of(&v)? as i64))
}

/// `x.__iter__()`: an iterator over the builtin value.
fn iter_slot<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__iter__", args, kwargs, 0, 0)?;
    let v = slot_self(interp, K, args, "__iter__")?;
    interp.get_iter(&v)
}

/// `x.__contains__(item)`.
fn contains_slot<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__contains__", args, kwargs, 1, 1)?;
    let v = slot_self(interp, K, args, "__contains__")?;
    Ok(Value::Bool(interp.contains(&v, &args[1])?))
}

/// `x.__getitem__(index)`: an index or a slice of the builtin value.
fn getitem_slot<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__getitem__", args, kwargs, 1, 1)?;
    let v = slot_self(interp, K, args, "__getitem__")?;
    interp.get_item(&v, &args[1])
}

/// `x.__setitem__(index, value)`.
fn setitem_slot<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__setitem__", args, kwargs, 2, 2)?;
    let v = slot_self(interp, K, args, "__setitem__")?;
    interp.set_item(&v, &args[1], args[2].clone())?;
    Ok(Value::None)
}

/// `x.__delitem__(index)`.
fn delitem_slot<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__delitem__", args, kwargs, 1, 1)?;
    let v = slot_self(interp, K, args, "__delitem__")?;
    interp.del_item(&v, &args[1])?;
    Ok(Value::None)
}

/// `x.__add__(y)` for the sequences: concatenation with a sequence of the same kind only.
fn concat_slot<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__add__", args, kwargs, 1, 1)?;
    let a = slot_self(interp, K, args, "__add__")?;
    let b = builtin_value(&args[1]);
    if !is_kind(K, &b) {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("can only concatenate {0} (not \"{1}\") to {0}", kind_name(K), interp.type_name(&args[1])),
        ));
    }
    interp.binary_op(lang::ast::BinOp::Add, &a, &b)
}

/// `x.__mul__(n)` and `x.__rmul__(n)` for the sequences: repetition.
fn repeat_slot<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__mul__", args, kwargs, 1, 1)?;
    let a = slot_self(interp, K, args, "__mul__")?;
    let n = interp.index_value(&args[1])?;
    interp.binary_op(lang::ast::BinOp::Mult, &a, &Value::Int(n))
}

/// Registers `__len__`, `__iter__` and `__contains__`.
pub fn add_container_slots<const K: u8>(class: &Rc<Class>) {
    add_method(class, "__len__", len_slot::<K>);
    add_method(class, "__iter__", iter_slot::<K>);
    add_method(class, "__contains__", contains_slot::<K>);
}

/// Registers `__getitem__`, and `__setitem__`/`__delitem__` when the kind is mutable.
pub fn add_item_slots<const K: u8>(class: &Rc<Class>, mutable: bool) {
    add_method(class, "__getitem__", getitem_slot::<K>);
    if mutable {
        add_method(class, "__setitem__", setitem_slot::<K>);
        add_method(class, "__delitem__", delitem_slot::<K>);
    }
}

/// Registers only `__delitem__` (for `dict`, whose other item slots live in its own file).
pub fn add_delitem_slot<const K: u8>(class: &Rc<Class>) {
    add_method(class, "__delitem__", delitem_slot::<K>);
}

/// Registers `__add__`, `__mul__` and `__rmul__` of a sequence kind.
pub fn add_sequence_arith<const K: u8>(class: &Rc<Class>) {
    add_method(class, "__add__", concat_slot::<K>);
    add_method(class, "__mul__", repeat_slot::<K>);
    add_method(class, "__rmul__", repeat_slot::<K>);
}
