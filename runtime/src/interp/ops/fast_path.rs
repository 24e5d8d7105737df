//! The operator fast paths that the evaluator tries before any dispatch: arithmetic on two
//! ints, two floats or an int and a float (`fast_arith`), and comparisons of two ints, two
//! floats or two strings (`fast_compare`), and identity (`fast_compare_or_is`).
//!
//! Invariant: a fast path answers `Some` only with the result the general dispatch
//! (`Interp::binary_op`, `Interp::rich_compare`) would give; `None` means "take the general
//! path" (overflow, division by zero, other types), never an error.

use super::float_ops::fast_pow;
use crate::value::Value;
use lang::ast::{BinOp, CmpOp};

/// The int and float cases every operator path tries first; `None` means "use the
/// general dispatch" (overflow, other types, division by zero).
#[inline(always)]
pub fn fast_arith(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Add => x.checked_add(*y).map(Value::Int),
            BinOp::Sub => x.checked_sub(*y).map(Value::Int),
            BinOp::Mult => x.checked_mul(*y).map(Value::Int),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => match op {
            BinOp::Add => Some(Value::Float(x + y)),
            BinOp::Sub => Some(Value::Float(x - y)),
            BinOp::Mult => Some(Value::Float(x * y)),
            BinOp::Div if *y != 0.0 => Some(Value::Float(x / y)),
            BinOp::Pow => fast_pow(*x, *y),
            _ => None,
        },
        (Value::Float(x), Value::Int(y)) => match op {
            BinOp::Add => Some(Value::Float(x + *y as f64)),
            BinOp::Sub => Some(Value::Float(x - *y as f64)),
            BinOp::Mult => Some(Value::Float(x * *y as f64)),
            BinOp::Div if *y != 0 => Some(Value::Float(x / *y as f64)),
            BinOp::Pow => fast_pow(*x, *y as f64),
            _ => None,
        },
        (Value::Int(x), Value::Float(y)) => match op {
            BinOp::Add => Some(Value::Float(*x as f64 + y)),
            BinOp::Sub => Some(Value::Float(*x as f64 - y)),
            BinOp::Mult => Some(Value::Float(*x as f64 * y)),
            BinOp::Div if *y != 0.0 => Some(Value::Float(*x as f64 / y)),
            _ => None,
        },
        _ => None,
    }
}

/// Comparisons of two ints, two floats or two strings, without dispatch.
#[inline(always)]
pub fn fast_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            CmpOp::Eq => x == y,
            CmpOp::NotEq => x != y,
            _ => return None,
        }),
        (Value::Float(x), Value::Float(y)) => Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            CmpOp::Eq => x == y,
            CmpOp::NotEq => x != y,
            _ => return None,
        }),
        (Value::Str(x), Value::Str(y)) => Some(match op {
            CmpOp::Eq => x.as_str() == y.as_str(),
            CmpOp::NotEq => x.as_str() != y.as_str(),
            _ => return None,
        }),
        _ => None,
    }
}

/// `fast_compare`, and `is`/`is not` for any operands (identity needs no dispatch).
/// Neither operand may be `Value::Unbound`.
#[inline(always)]
pub fn fast_compare_or_is(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match op {
        CmpOp::Is => Some(is_same(a, b)),
        CmpOp::IsNot => Some(!is_same(a, b)),
        _ => fast_compare(op, a, b),
    }
}

/// `Value::is`, with `x is None` (the commonest identity test) answered inline.
#[inline(always)]
fn is_same(a: &Value, b: &Value) -> bool {
    match b {
        Value::None => matches!(a, Value::None),
        _ => a.is(b),
    }
}
