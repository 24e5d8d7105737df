//! Constant folding CPython's compiler does and programs can observe: a negative literal is
//! a constant, and a tuple display of constants is one constant tuple, shared by every
//! evaluation (`def f(): return (None, None)` gives `f() is f()`, as in CPython).
//!
//! Invariant: only values that are constants already are folded, into the value CPython
//! folds them into; nothing that can raise or run code is evaluated here.

use crate::code::{Elt, Expr, ExprKind};
use crate::value::Value;
use lang::ast::UnaryOp;
use num_bigint::BigInt;

/// `-c` for a number constant `c`: the negated constant (so `(-1, 2)` folds too).
pub(super) fn unary_constant(op: UnaryOp, operand: &ExprKind) -> Option<Value> {
    match (op, operand) {
        (UnaryOp::Neg, ExprKind::Const(Value::Int(i))) => {
            Some(i.checked_neg().map_or_else(|| Value::from_bigint(-BigInt::from(*i)), Value::Int))
        }
        (UnaryOp::Neg, ExprKind::Const(Value::BigInt(b))) => Some(Value::from_bigint(-(**b).clone())),
        (UnaryOp::Neg, ExprKind::Const(Value::Float(x))) => Some(Value::Float(-x)),
        _ => None,
    }
}

/// A tuple display whose items are all constants, as the constant tuple it folds into.
pub(super) fn constant_tuple(elts: &[Elt]) -> Option<Value> {
    let items = elts.iter().map(|e| match e {
        Elt::One(Expr { kind: ExprKind::Const(v), .. }) => Some(v.clone()),
        _ => None,
    });
    items.collect::<Option<Vec<Value>>>().map(Value::tuple)
}
