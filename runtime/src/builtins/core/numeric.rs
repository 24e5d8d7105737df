//! The numeric builtins: `abs`, `round`, `divmod`, `pow` (with the three-argument modular
//! form) and `hex`/`oct`/`bin`, with CPython's semantics, errors and quirks (banker's
//! rounding, floor division, a modular inverse for negative exponents).
//!
//! Invariant: int results are normalised (`Value::Int` whenever they fit in i64): a result
//! that may not fit is built with `Value::from_bigint` or comes from `Interp::binary_op`.

use crate::builtins::args::{arg_or_kw, check_count, no_kwargs, only_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::function::Kwargs;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// Python's `abs(x)`.
pub(super) fn builtin_abs(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("abs", kwargs)?;
    check_count("abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        v @ Value::Instance(inst) => match inst.class.lookup("__abs__") {
            Some(m) => interp.call_value(&m, &[v.clone()], &[])?,
            None => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("bad operand type for abs(): '{}'", inst.class.name),
                ))
            }
        },
        v => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("bad operand type for abs(): '{}'", interp.type_name(v)),
            ))
        }
    })
}

fn int_arg(interp: &Interp, v: &Value) -> PResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => Ok(BigInt::from(interp.index_value(v)?)),
    }
}

fn base_convert(interp: &Interp, name: &str, args: &[Value], kwargs: &Kwargs, base: u32) -> PResult<Value> {
    no_kwargs(name, kwargs)?;
    check_count(name, args, 1, 1)?;
    let b = int_arg(interp, &args[0])?;
    Ok(Value::string(crate::numeric::int_text::int_to_base(&b, base, true)))
}

pub(super) fn builtin_hex(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    base_convert(interp, "hex", args, kwargs, 16)
}

pub(super) fn builtin_oct(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    base_convert(interp, "oct", args, kwargs, 8)
}

pub(super) fn builtin_bin(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    base_convert(interp, "bin", args, kwargs, 2)
}

/// Python's `round(number, ndigits=None)`: banker's rounding, as CPython.
pub(super) fn builtin_round(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("round", kwargs, &["number", "ndigits"])?;
    let Some(x) = arg_or_kw(args, 0, kwargs, "number") else {
        return Err(PyErr::new(ExcType::TypeError, "round() missing required argument 'number' (pos 1)"));
    };
    let nd = arg_or_kw(args, 1, kwargs, "ndigits").filter(|v| !v.is_none());
    match (&x, nd) {
        (Value::Float(f), None) => {
            let r = crate::numeric::float_repr::round_float_to_int_half_even(*f)?;
            Ok(Value::from_bigint(crate::numeric::arith::f64_to_bigint(r)?))
        }
        (Value::Float(f), Some(n)) => {
            let n = interp.index_value(&n)?;
            Ok(Value::Float(crate::numeric::float_repr::round_float(*f, n)?))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => Ok(match x {
            Value::Bool(b) => Value::Int(b as i64),
            v => v,
        }),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(n)) => {
            let n = interp.index_value(&n)?;
            if n >= 0 {
                return Ok(match x {
                    Value::Bool(b) => Value::Int(b as i64),
                    v => v,
                });
            }
            // Round to a multiple of 10**-n, ties to even.
            let v = int_arg(interp, &x)?;
            let m = num_traits::pow::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&v, &m);
            let twice = &r * 2;
            let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
            Ok(Value::from_bigint(q * m))
        }
        (Value::Instance(inst), nd) => match inst.class.lookup("__round__") {
            Some(m) => {
                let mut a = vec![x.clone()];
                if let Some(n) = nd {
                    a.push(n);
                }
                interp.call_value(&m, &a, &[])
            }
            None => {
                Err(PyErr::new(ExcType::TypeError, format!("type {} doesn't define __round__ method", inst.class.name)))
            }
        },
        (v, _) => {
            Err(PyErr::new(ExcType::TypeError, format!("type {} doesn't define __round__ method", interp.type_name(v))))
        }
    }
}

/// Python's `divmod(a, b)`, with floor semantics.
pub(super) fn builtin_divmod(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("divmod", kwargs)?;
    check_count("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    match (a, b) {
        (Value::Float(_), _) | (_, Value::Float(_))
            if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) =>
        {
            let x = float_arg(interp, a, "divmod")?;
            let y = float_arg(interp, b, "divmod")?;
            let (q, r) = crate::numeric::arith::float_divmod(x, y)?;
            Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
            if matches!(b, Value::Int(0) | Value::Bool(false)) {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "integer division or modulo by zero"));
            }
            let q = interp.binary_op(lang::ast::BinOp::FloorDiv, a, b)?;
            let r = interp.binary_op(lang::ast::BinOp::Mod, a, b)?;
            Ok(Value::tuple(vec![q, r]))
        }
        _ => {
            if let Some(r) = interp.try_dunder(a, "__divmod__", b)? {
                return Ok(r);
            }
            if let Some(r) = interp.try_dunder(b, "__rdivmod__", a)? {
                return Ok(r);
            }
            Err(PyErr::new(
                ExcType::TypeError,
                format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    interp.type_name(a),
                    interp.type_name(b)
                ),
            ))
        }
    }
}

fn float_arg(interp: &Interp, v: &Value, fname: &str) -> PResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => Ok(crate::numeric::arith::bigint_to_f64(b)?),
        _ => Err(PyErr::new(
            ExcType::TypeError,
            format!("unsupported operand type(s) for {fname}(): '{}'", interp.type_name(v)),
        )),
    }
}

/// Python's `pow(base, exp, mod=None)`.
pub(super) fn builtin_pow(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("pow", kwargs, &["base", "exp", "mod"])?;
    let base = arg_or_kw(args, 0, kwargs, "base");
    let exp = arg_or_kw(args, 1, kwargs, "exp");
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(PyErr::new(ExcType::TypeError, "pow() missing required argument 'exp' (pos 2)"));
    };
    let m = arg_or_kw(args, 2, kwargs, "mod").filter(|v| !v.is_none());
    let Some(m) = m else {
        return interp.binary_op(lang::ast::BinOp::Pow, &base, &exp);
    };
    let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    if !(is_int(&base) && is_int(&exp) && is_int(&m)) {
        return Err(PyErr::new(ExcType::TypeError, "pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let (b, e, md) = (int_arg(interp, &base)?, int_arg(interp, &exp)?, int_arg(interp, &m)?);
    if md.is_zero() {
        return Err(PyErr::new(ExcType::ValueError, "pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        // A negative exponent needs the modular inverse, as in Python 3.8+.
        let inv = mod_inverse(&b, &md)
            .ok_or_else(|| PyErr::new(ExcType::ValueError, "base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let mabs = md.abs();
    let mut r = b.modpow(&e, &mabs);
    if md.is_negative() && !r.is_zero() {
        r += &md;
    }
    Ok(Value::from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(a, &m), &m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&g.x, &m))
}
