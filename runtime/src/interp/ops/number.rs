//! Numbers of mixed kinds: the borrowed operand view `Num` (int, bool, big int, float),
//! `Interp::numeric_binop`, which picks the int or float kernel for a pair of operands, and
//! the exact comparison of any two numbers (`num_cmp`).
//!
//! Invariant: int/float comparison is exact, as CPython's `float_richcompare`: when the int
//! rounds to the float, it is compared with the float's integer part as a big int, so
//! `2**53 + 1 > 2.0**53`.

use super::float_ops::float_op;
use super::int_ops::{big_int_op, small_int_op};
use crate::error::{PResult, PyErr};
use crate::interp::Interp;
use crate::numeric::arith;
use crate::value::Value;
use lang::ast::BinOp;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::borrow::Cow;
use std::cmp::Ordering;

/// A numeric operand, borrowed.
pub(super) enum Num<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
}

pub(super) fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(*b as i64)),
        Value::BigInt(b) => Some(Num::B(b)),
        Value::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

/// The operand as a big int, borrowed when it already is one: copying a big operand
/// before every operation cost two allocations and two copies per `a + b`.
fn to_big<'a>(n: &Num<'a>) -> Cow<'a, BigInt> {
    match n {
        Num::I(i) => Cow::Owned(BigInt::from(*i)),
        Num::B(b) => Cow::Borrowed(*b),
        Num::F(_) => Cow::Owned(BigInt::zero()),
    }
}

fn num_to_f64(n: &Num) -> PResult<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::B(b) => arith::bigint_to_f64(b).map_err(PyErr::from),
        Num::F(f) => Ok(*f),
    }
}

impl Interp {
    /// Numbers only: `None` when either operand is not a number.
    pub fn numeric_binop(&self, op: BinOp, a: &Value, b: &Value) -> PResult<Option<Value>> {
        let (Some(x), Some(y)) = (as_num(a), as_num(b)) else { return Ok(None) };
        match (&x, &y) {
            (Num::I(i), Num::I(j)) => {
                if let Some(v) = small_int_op(op, *i, *j)? {
                    return Ok(Some(v));
                }
                if op == BinOp::MatMult {
                    return Ok(None);
                }
                big_int_op(op, &BigInt::from(*i), &BigInt::from(*j)).map(Some)
            }
            (Num::F(_), _) | (_, Num::F(_)) => {
                if matches!(
                    op,
                    BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::MatMult
                ) {
                    return Ok(None);
                }
                float_op(op, num_to_f64(&x)?, num_to_f64(&y)?)
            }
            _ => {
                if op == BinOp::MatMult {
                    return Ok(None);
                }
                big_int_op(op, &to_big(&x), &to_big(&y)).map(Some)
            }
        }
    }
}

/// Exact comparison of two numbers of any kinds (`None` if a NaN is involved).
pub(super) fn num_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::I(a), Num::I(b)) => Some(a.cmp(b)),
        (Num::F(a), Num::F(b)) => a.partial_cmp(b),
        (Num::I(a), Num::F(b)) => int_float_cmp(&BigInt::from(*a), *a as f64, *b),
        (Num::F(a), Num::I(b)) => int_float_cmp(&BigInt::from(*b), *b as f64, *a).map(Ordering::reverse),
        (Num::B(a), Num::F(b)) => int_float_cmp(a, a.to_f64().unwrap_or(f64::INFINITY), *b),
        (Num::F(a), Num::B(b)) => int_float_cmp(b, b.to_f64().unwrap_or(f64::INFINITY), *a).map(Ordering::reverse),
        _ => Some(to_big(x).cmp(&to_big(y))),
    }
}

/// Compares int `i` (approximately `approx` as a float) with float `f`, exactly.
fn int_float_cmp(i: &BigInt, approx: f64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if approx != f {
        return approx.partial_cmp(&f);
    }
    // Equal as floats: compare exactly against the float's integer part and fraction.
    let fi = f.trunc();
    let frac = f - fi;
    let fb: BigInt = num_traits::FromPrimitive::from_f64(fi).unwrap_or_default();
    match i.cmp(&fb) {
        Ordering::Equal => {
            if frac > 0.0 {
                Some(Ordering::Less)
            } else if frac < 0.0 {
                Some(Ordering::Greater)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}
