//! Python's float arithmetic kernels: `float_op` for every float operator with CPython's
//! errors, and `fast_pow`, the common case of `**` that the fast path may take without them.
//!
//! Invariant: `fast_pow` answers only where libm's `pow` is exactly what CPython's
//! `float_pow` returns (positive finite base, finite non-zero result); every special case
//! goes through `arith::float_pow` via `float_op`.

use crate::error::{ExcType, PResult, PyErr};
use crate::numeric::arith;
use crate::value::Value;
use lang::ast::BinOp;

pub(super) fn float_op(op: BinOp, a: f64, b: f64) -> PResult<Option<Value>> {
    Ok(Some(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => arith::float_floordiv(a, b)?,
        BinOp::Mod => arith::float_mod(a, b)?,
        BinOp::Pow => arith::float_pow(a, b)?,
        _ => return Ok(None),
    })))
}

/// `x ** y` for a positive finite base with a finite, non-zero result: libm's `pow`, as
/// CPython's `float_pow` calls it; every special case is left to `arith::float_pow`.
#[inline(always)]
pub(super) fn fast_pow(x: f64, y: f64) -> Option<Value> {
    if x > 0.0 && x.is_finite() && y.is_finite() {
        let r = crate::numeric::libm_pow::pow(x, y);
        if r.is_finite() && r != 0.0 {
            return Some(Value::Float(r));
        }
    }
    None
}
