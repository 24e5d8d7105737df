//! Methods of `int` (and so of `bool`, its subclass) and `float`: the named ones
//! (`bit_length`, `as_integer_ratio`, `float.hex`…) and the slot wrappers (`__add__`,
//! `__radd__`, `__neg__`, `__round__`…) that Python code may call explicitly and that
//! subclasses of `int` and `float` inherit.
//!
//! Invariant: every method works on the number inside `self` (a `bool` counts as the int
//! 0 or 1, an instance of a subclass as its base value) and returns a plain `int`/`float`.
//! Invariant: a binary slot returns `NotImplemented` for an operand of the wrong type
//! (`(1).__add__(1.0)`), exactly as CPython.
//!
//! Deliberately absent: `int.to_bytes` raises `NotImplementedError` (bytes are out of
//! scope); `int.from_bytes`, `float.fromhex` and `int.is_integer` (3.12) are not provided.

use super::slot_wrappers::{
    accepts_other, add_rich_compare, builtin_value, check_slot_args, not_implemented, slot_self, FLOAT, INT,
};
use crate::builtins::add_method;
use crate::builtins::args::{check_count, check_method_count, no_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::numeric::arith;
use crate::object::class::Class;
use crate::object::function::Kwargs;
use crate::value::Value;
use lang::ast::{BinOp, UnaryOp};
use num_bigint::BigInt;
use std::rc::Rc;

/// Adds the methods of `int`, `bool` and `float` to their classes.
pub fn register(interp: &mut Interp) {
    let i = interp.types.int.clone();
    add_binary_slots::<INT>(&i, true);
    add_rich_compare::<INT>(&i, true);
    add_method(&i, "bit_length", int_bit_length);
    add_method(&i, "bit_count", int_bit_count);
    add_method(&i, "to_bytes", int_to_bytes);
    add_method(&i, "conjugate", int_conjugate);
    add_method(&i, "as_integer_ratio", int_as_integer_ratio);
    add_method(&i, "__index__", int_same::<0>);
    add_method(&i, "__int__", int_same::<1>);
    add_method(&i, "__trunc__", int_same::<2>);
    add_method(&i, "__floor__", int_same::<3>);
    add_method(&i, "__ceil__", int_same::<4>);
    add_method(&i, "__pos__", int_same::<5>);
    add_method(&i, "__float__", int_float);
    add_method(&i, "__abs__", num_abs::<INT>);
    add_method(&i, "__neg__", num_unary::<INT, 0>);
    add_method(&i, "__invert__", num_unary::<INT, 1>);
    add_method(&i, "__bool__", num_bool::<INT>);
    add_method(&i, "__round__", num_round::<INT>);

    let b = interp.types.bool.clone();
    add_method(&b, "__and__", bool_bitop::<9, false>);
    add_method(&b, "__rand__", bool_bitop::<9, true>);
    add_method(&b, "__or__", bool_bitop::<10, false>);
    add_method(&b, "__ror__", bool_bitop::<10, true>);
    add_method(&b, "__xor__", bool_bitop::<11, false>);
    add_method(&b, "__rxor__", bool_bitop::<11, true>);

    let f = interp.types.float.clone();
    add_binary_slots::<FLOAT>(&f, false);
    add_rich_compare::<FLOAT>(&f, true);
    add_method(&f, "is_integer", float_is_integer);
    add_method(&f, "as_integer_ratio", float_as_integer_ratio);
    add_method(&f, "hex", float_hex);
    add_method(&f, "conjugate", float_conjugate);
    add_method(&f, "__float__", float_float);
    add_method(&f, "__pos__", float_float);
    add_method(&f, "__int__", float_to_int::<0>);
    add_method(&f, "__trunc__", float_to_int::<1>);
    add_method(&f, "__floor__", float_to_int::<2>);
    add_method(&f, "__ceil__", float_to_int::<3>);
    add_method(&f, "__abs__", num_abs::<FLOAT>);
    add_method(&f, "__neg__", num_unary::<FLOAT, 0>);
    add_method(&f, "__bool__", num_bool::<FLOAT>);
    add_method(&f, "__round__", num_round::<FLOAT>);
}

/// The binary operators with their slot names (normal, reflected); `DIVMOD` follows them.
const BIN_OPS: [(&str, &str, BinOp); 12] = [
    ("__add__", "__radd__", BinOp::Add),
    ("__sub__", "__rsub__", BinOp::Sub),
    ("__mul__", "__rmul__", BinOp::Mult),
    ("__truediv__", "__rtruediv__", BinOp::Div),
    ("__floordiv__", "__rfloordiv__", BinOp::FloorDiv),
    ("__mod__", "__rmod__", BinOp::Mod),
    ("__pow__", "__rpow__", BinOp::Pow),
    ("__lshift__", "__rlshift__", BinOp::LShift),
    ("__rshift__", "__rrshift__", BinOp::RShift),
    ("__and__", "__rand__", BinOp::BitAnd),
    ("__or__", "__ror__", BinOp::BitOr),
    ("__xor__", "__rxor__", BinOp::BitXor),
];
const POW: usize = 6;
const DIVMOD: usize = 12;

/// `x.__add__(y)`, `x.__radd__(y)`… for kind `K`: operator `OP` of `BIN_OPS` (or divmod),
/// reflected when `REFL`.
fn num_binop<const K: u8, const OP: usize, const REFL: bool>(
    interp: &Interp,
    args: &[Value],
    kwargs: &Kwargs,
) -> PResult<Value> {
    let name = match (OP, REFL) {
        (DIVMOD, false) => "__divmod__",
        (DIVMOD, true) => "__rdivmod__",
        (_, false) => BIN_OPS[OP].0,
        (_, true) => BIN_OPS[OP].1,
    };
    check_slot_args(name, args, kwargs, 1, if OP == POW { 2 } else { 1 })?;
    let a = slot_self(interp, K, args, name)?;
    let b = builtin_value(&args[1]);
    if !accepts_other(K, &b) {
        return Ok(not_implemented(interp));
    }
    let (x, y) = if REFL { (b, a) } else { (a, b) };
    if OP == DIVMOD {
        return call_builtin(interp, "divmod", &[x, y]);
    }
    if OP == POW && args.len() == 3 && !args[2].is_none() {
        return call_builtin(interp, "pow", &[x, y, builtin_value(&args[2])]);
    }
    // int's slots see bools as ints (`int.__and__(True, True)` is 1, not True).
    let unbool = |v: Value| match v {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    };
    interp.binary_op(BIN_OPS[OP].2, &unbool(x), &unbool(y))
}

/// Registers the arithmetic slots (both directions), and the bitwise ones for `int`.
fn add_binary_slots<const K: u8>(class: &Rc<Class>, bitwise: bool) {
    macro_rules! ops {
        ($($op:literal),*) => {
            $(
                add_method(class, BIN_OPS[$op].0, num_binop::<K, $op, false>);
                add_method(class, BIN_OPS[$op].1, num_binop::<K, $op, true>);
            )*
        };
    }
    ops!(0, 1, 2, 3, 4, 5, 6);
    if bitwise {
        ops!(7, 8, 9, 10, 11);
    }
    add_method(class, "__divmod__", num_binop::<K, DIVMOD, false>);
    add_method(class, "__rdivmod__", num_binop::<K, DIVMOD, true>);
}

/// `bool.__and__`, `__or__`, `__xor__` and their reflections: a bool when both operands
/// are bools, else the int operation.
fn bool_bitop<const OP: usize, const REFL: bool>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    if let (Some(Value::Bool(x)), Some(Value::Bool(y)), true) =
        (args.first(), args.get(1), kwargs.is_empty() && args.len() == 2)
    {
        return Ok(Value::Bool(match OP {
            9 => x & y,
            10 => x | y,
            _ => x ^ y,
        }));
    }
    num_binop::<INT, OP, REFL>(interp, args, kwargs)
}

/// Calls a builtin function by name (`divmod`, `pow`, `round`).
fn call_builtin(interp: &Interp, name: &str, args: &[Value]) -> PResult<Value> {
    match interp.builtin(name) {
        Some(f) => interp.call_value(&f, args, &[]),
        None => Err(PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"))),
    }
}

/// `self` of a named (non-slot) method of kind `K`, with CPython's message otherwise.
fn method_self(interp: &Interp, kind: u8, args: &[Value], name: &str) -> PResult<Value> {
    let v = args.first().map(builtin_value);
    match v {
        Some(v) if super::slot_wrappers::is_kind(kind, &v) => Ok(v),
        _ => {
            let cls = super::slot_wrappers::kind_name(kind);
            Err(PyErr::new(
                ExcType::TypeError,
                match args.first() {
                    Some(first) => format!(
                        "descriptor '{name}' for '{cls}' objects doesn't apply to a '{}' object",
                        interp.type_name(first)
                    ),
                    None => format!("descriptor '{name}' of '{cls}' object needs an argument"),
                },
            ))
        }
    }
}

/// An int value as a plain int (`True` becomes `1`).
fn plain_int(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    }
}

/// The f64 of a float value (a checked `self`).
fn float_of(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

/// `int.bit_length()`: the number of bits of `abs(self)`.
fn int_bit_length(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("int.bit_length", kwargs)?;
    check_method_count("int.bit_length", args, 0, 0)?;
    Ok(Value::Int(match method_self(interp, INT, args, "bit_length")? {
        Value::Int(i) => (64 - i.unsigned_abs().leading_zeros()) as i64,
        Value::Bool(b) => b as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}

/// `int.bit_count()`: the number of one bits of `abs(self)`.
fn int_bit_count(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("int.bit_count", kwargs)?;
    check_method_count("int.bit_count", args, 0, 0)?;
    Ok(Value::Int(match method_self(interp, INT, args, "bit_count")? {
        Value::Int(i) => i.unsigned_abs().count_ones() as i64,
        Value::Bool(b) => b as i64,
        Value::BigInt(b) => b.magnitude().count_ones() as i64,
        _ => 0,
    }))
}

/// `int.to_bytes`: refused, hyper has no `bytes`.
fn int_to_bytes(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    method_self(interp, INT, args, "to_bytes")?;
    Err(PyErr::new(ExcType::NotImplementedError, "int.to_bytes() is not supported by hyper (no bytes type)"))
}

/// `int.conjugate()`: the int itself.
fn int_conjugate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("int.conjugate", kwargs)?;
    check_method_count("int.conjugate", args, 0, 0)?;
    Ok(plain_int(method_self(interp, INT, args, "conjugate")?))
}

/// `int.as_integer_ratio()`: `(self, 1)`.
fn int_as_integer_ratio(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("int.as_integer_ratio", kwargs)?;
    check_method_count("int.as_integer_ratio", args, 0, 0)?;
    let v = plain_int(method_self(interp, INT, args, "as_integer_ratio")?);
    Ok(Value::tuple(vec![v, Value::Int(1)]))
}

const INT_SAME: [&str; 6] = ["__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "__pos__"];

/// `int.__index__`, `__int__`, `__trunc__`, `__floor__`, `__ceil__`, `__pos__`: the int
/// itself, as a plain int.
fn int_same<const N: usize>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let name = INT_SAME[N];
    if N < 2 || N == 5 {
        check_slot_args(name, args, kwargs, 0, 0)?;
        return Ok(plain_int(slot_self(interp, INT, args, name)?));
    }
    no_kwargs(format_args!("int.{name}"), kwargs)?;
    check_method_count(format_args!("int.{name}"), args, 0, 0)?;
    Ok(plain_int(method_self(interp, INT, args, name)?))
}

/// `int.__float__()`.
fn int_float(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__float__", args, kwargs, 0, 0)?;
    Ok(Value::Float(match slot_self(interp, INT, args, "__float__")? {
        Value::Int(i) => i as f64,
        Value::Bool(b) => b as i64 as f64,
        Value::BigInt(b) => arith::bigint_to_f64(&b)?,
        _ => 0.0,
    }))
}

/// `x.__abs__()` of an int or a float.
fn num_abs<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__abs__", args, kwargs, 0, 0)?;
    let v = plain_int(slot_self(interp, K, args, "__abs__")?);
    let negative = match &v {
        Value::Int(i) => *i < 0,
        Value::BigInt(b) => b.sign() == num_bigint::Sign::Minus,
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        _ => false,
    };
    if negative {
        interp.unary_op(UnaryOp::Neg, &v)
    } else {
        Ok(v)
    }
}

/// `x.__neg__()` (`N` = 0) and `x.__invert__()` (`N` = 1).
fn num_unary<const K: u8, const N: usize>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let (name, op) = if N == 0 { ("__neg__", UnaryOp::Neg) } else { ("__invert__", UnaryOp::Invert) };
    check_slot_args(name, args, kwargs, 0, 0)?;
    let v = plain_int(slot_self(interp, K, args, name)?);
    interp.unary_op(op, &v)
}

/// `x.__bool__()`: whether the number is nonzero.
fn num_bool<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__bool__", args, kwargs, 0, 0)?;
    let v = slot_self(interp, K, args, "__bool__")?;
    Ok(Value::Bool(interp.truthy(&v)?))
}

/// `x.__round__(ndigits=None)`: the builtin `round` on the number itself.
fn num_round<const K: u8>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs(if K == INT { "int.__round__" } else { "float.__round__" }, kwargs)?;
    check_count("__round__", args.get(1..).unwrap_or(&[]), 0, 1)?;
    let v = plain_int(method_self(interp, K, args, "__round__")?);
    let mut call = vec![v];
    if let Some(n) = args.get(1) {
        if K == INT && n.is_none() {
            // `int.__round__` takes only an integer; `round(5, None)` never passes `None` here.
            interp.index_value(n)?;
        }
        call.push(n.clone());
    }
    call_builtin(interp, "round", &call)
}

/// `float.is_integer()`.
fn float_is_integer(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("float.is_integer", kwargs)?;
    check_method_count("float.is_integer", args, 0, 0)?;
    let f = float_of(&method_self(interp, FLOAT, args, "is_integer")?);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

/// `float.as_integer_ratio()`: the exact fraction, in lowest terms, with a positive
/// denominator.
fn float_as_integer_ratio(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("float.as_integer_ratio", kwargs)?;
    check_method_count("float.as_integer_ratio", args, 0, 0)?;
    let f = float_of(&method_self(interp, FLOAT, args, "as_integer_ratio")?);
    if f.is_nan() {
        return Err(PyErr::new(ExcType::ValueError, "cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::new(ExcType::OverflowError, "cannot convert Infinity to integer ratio"));
    }
    if f == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exp) =
        if biased == 0 { (fraction, -1074) } else { (fraction | (1u64 << 52), biased - 1075) };
    while mantissa & 1 == 0 && exp < 0 {
        mantissa >>= 1;
        exp += 1;
    }
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(1);
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

/// `float.hex()`: `0x1.8000000000000p+0`, as CPython's `float_hex`.
fn float_hex(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("float.hex", kwargs)?;
    check_method_count("float.hex", args, 0, 0)?;
    let f = float_of(&method_self(interp, FLOAT, args, "hex")?);
    Ok(Value::string(hex_of(f)))
}

/// CPython's `float_hex`: sign, `0x`, the leading digit, 13 hex digits, binary exponent.
fn hex_of(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f.is_infinite() {
        return format!("{sign}inf");
    }
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    format!("{sign}0x{lead}.{fraction:013x}p{}{}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// `float.conjugate()`: the float itself.
fn float_conjugate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("float.conjugate", kwargs)?;
    check_method_count("float.conjugate", args, 0, 0)?;
    method_self(interp, FLOAT, args, "conjugate")
}

/// `float.__float__()` and `float.__pos__()`: the float itself.
fn float_float(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__float__", args, kwargs, 0, 0)?;
    slot_self(interp, FLOAT, args, "__float__")
}

const FLOAT_TO_INT: [&str; 4] = ["__int__", "__trunc__", "__floor__", "__ceil__"];

/// `float.__int__`, `__trunc__` (towards zero), `__floor__`, `__ceil__`: an int, or the
/// errors of infinities and NaN.
fn float_to_int<const N: usize>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let name = FLOAT_TO_INT[N];
    let f = if N == 0 {
        check_slot_args(name, args, kwargs, 0, 0)?;
        float_of(&slot_self(interp, FLOAT, args, name)?)
    } else {
        no_kwargs(format_args!("float.{name}"), kwargs)?;
        check_method_count(format_args!("float.{name}"), args, 0, 0)?;
        float_of(&method_self(interp, FLOAT, args, name)?)
    };
    let g = match N {
        2 => f.floor(),
        3 => f.ceil(),
        _ => f.trunc(),
    };
    if g.abs() < 9.0e18 {
        return Ok(Value::Int(g as i64));
    }
    Ok(Value::from_bigint(arith::f64_to_bigint(g)?))
}
