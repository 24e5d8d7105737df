//! Python's int arithmetic kernels: `a op b` on machine words (`small_int_op`, which
//! declines when the result needs a big int) and on big ints (`big_int_op`), with CPython's
//! errors (`ZeroDivisionError`, negative shift counts) and floor semantics for `//` and `%`.
//!
//! Invariant: int results are normalised (`Value::Int` whenever the value fits in i64), so
//! an int that overflows 64 bits continues as a big int and comes back when small.

use crate::error::{ExcType, PResult, PyErr};
use crate::numeric::arith;
use crate::value::Value;
use lang::ast::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Python's int `a op b` on machine words, or `None` when the result needs a big int.
pub(super) fn small_int_op(op: BinOp, a: i64, b: i64) -> PResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => a.checked_add(b).map(Value::Int),
        BinOp::Sub => a.checked_sub(b).map(Value::Int),
        BinOp::Mult => a.checked_mul(b).map(Value::Int),
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "integer division or modulo by zero"));
            }
            arith::int_floordiv_i64(a, b).map(Value::Int)
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "integer modulo by zero"));
            }
            Some(Value::Int(arith::int_mod_i64(a, b)))
        }
        BinOp::Div => {
            if b == 0 {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "division by zero"));
            }
            const EXACT: i64 = 1 << 53;
            if (-EXACT..=EXACT).contains(&a) && (-EXACT..=EXACT).contains(&b) {
                Some(Value::Float(a as f64 / b as f64))
            } else {
                None
            }
        }
        BinOp::Pow => {
            if b < 0 {
                return Ok(Some(Value::Float(arith::float_pow(a as f64, b as f64)?)));
            }
            let mut result: i64 = 1;
            let mut base = a;
            let mut e = b;
            let mut ok = true;
            while e > 0 {
                if e & 1 == 1 {
                    match result.checked_mul(base) {
                        Some(r) => result = r,
                        None => {
                            ok = false;
                            break;
                        }
                    }
                }
                e >>= 1;
                if e > 0 {
                    match base.checked_mul(base) {
                        Some(x) => base = x,
                        None => {
                            ok = false;
                            break;
                        }
                    }
                }
            }
            ok.then_some(Value::Int(result))
        }
        BinOp::LShift => {
            if b < 0 {
                return Err(PyErr::new(ExcType::ValueError, "negative shift count"));
            }
            if a == 0 {
                Some(Value::Int(0))
            } else if b < 63 && (a << b) >> b == a {
                Some(Value::Int(a << b))
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(PyErr::new(ExcType::ValueError, "negative shift count"));
            }
            Some(Value::Int(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            }))
        }
        BinOp::BitAnd => Some(Value::Int(a & b)),
        BinOp::BitOr => Some(Value::Int(a | b)),
        BinOp::BitXor => Some(Value::Int(a ^ b)),
        BinOp::MatMult => None,
    })
}

pub(super) fn big_int_op(op: BinOp, a: &BigInt, b: &BigInt) -> PResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_bigint(a + b),
        BinOp::Sub => Value::from_bigint(a - b),
        BinOp::Mult => Value::from_bigint(a * b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "integer division or modulo by zero"));
            }
            Value::from_bigint(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "integer modulo by zero"));
            }
            Value::from_bigint(a.mod_floor(b))
        }
        BinOp::Div => Value::Float(arith::int_true_div(a, b)?),
        BinOp::Pow => {
            if b.is_negative() {
                let x = arith::bigint_to_f64(a)?;
                let y = arith::bigint_to_f64(b)?;
                return Ok(Value::Float(arith::float_pow(x, y)?));
            }
            match b.to_u32() {
                Some(e) => Value::from_bigint(num_traits::pow::pow(a.clone(), e as usize)),
                None if a.is_zero() || *a == BigInt::from(1) => Value::from_bigint(a.clone()),
                None if *a == BigInt::from(-1) => Value::Int(if b.is_even() { 1 } else { -1 }),
                None => return Err(PyErr::new(ExcType::MemoryError, "")),
            }
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(PyErr::new(ExcType::ValueError, "negative shift count"));
            }
            match b.to_usize() {
                Some(s) if s < (1 << 32) => Value::from_bigint(a << s),
                _ => return Err(PyErr::new(ExcType::OverflowError, "too many digits in integer")),
            }
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(PyErr::new(ExcType::ValueError, "negative shift count"));
            }
            match b.to_usize() {
                // `>>` on BigInt rounds toward negative infinity, as Python's does.
                Some(s) => Value::from_bigint(a >> s),
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::BitAnd => Value::from_bigint(a & b),
        BinOp::BitOr => Value::from_bigint(a | b),
        BinOp::BitXor => Value::from_bigint(a ^ b),
        BinOp::MatMult => {
            return Err(PyErr::new(ExcType::TypeError, "unsupported operand type(s) for @: 'int' and 'int'"))
        }
    })
}
