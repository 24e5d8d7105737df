//! Constant folding and algebraic simplification, applied to every instruction as it is
//! emitted (LuaJIT's lj_opt_fold.c does the same, one rule per pattern).
//!
//! `fold` looks at one op whose operands are already emitted and says: keep it, use an
//! existing value instead, emit a simpler op instead, or drop it (a guard known to pass).
//!
//! Invariant: every rule preserves Python semantics exactly, including IEEE corner cases:
//!   `x + 0.0` is not `x` (for `x = -0.0`), `x * 0` is `0` only for ints, a guard whose
//!   outcome is known to *fail* is kept (the exit is the right behaviour), and an int op
//!   whose constant result overflows is kept so that it exits at run time.
//! Invariant: rules only look backwards (at operand definitions and known tags).

use super::emitter::reemit;
use super::OptStats;
use crate::ir::{IrRef, Op, TagImm, Trace, F64};
use cranelift_entity::SecondaryMap;

/// What to do with an op.
#[derive(Clone, Debug)]
pub enum Fold {
    Keep,
    /// The op's value already exists.
    Ref(IrRef),
    /// Emit this (simpler) op instead; it is folded again.
    Emit(Op),
    /// A guard known to pass, or a void op with nothing to do.
    Drop,
    /// Emit `ConstInt(konst)`, then `make(a, that constant)` instead (folded again): for
    /// rules whose simpler op needs a constant operand the trace may not hold yet.
    WithConst {
        make: fn(IrRef, IrRef) -> Op,
        a: IrRef,
        konst: i64,
    },
}

/// The `fold` pass: re-emits the trace through folding alone (no CSE).
pub fn run(trace: &mut Trace, stats: &mut OptStats) {
    reemit(trace, false, stats);
}

/// Python's floor division of two i64s (`None` when it raises or overflows).
pub fn py_floordiv(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    let r = a.checked_rem(b)?;
    Some(if r != 0 && ((r < 0) != (b < 0)) { q - 1 } else { q })
}

/// Python's modulo of two i64s (the sign of `b`; `None` when `b == 0`).
pub fn py_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let r = a.wrapping_rem(b);
    Some(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

/// Decides what to do with `op` given the trace emitted so far.
pub fn fold(trace: &Trace, known_tag: &SecondaryMap<IrRef, Option<TagImm>>, op: &Op) -> Fold {
    let def = |r: IrRef| trace.insts.get(r).map(|inst| &inst.op);
    let int = |r: IrRef| match def(r) {
        Some(Op::ConstInt(v)) => Some(*v),
        _ => None,
    };
    let float = |r: IrRef| match def(r) {
        Some(Op::ConstFloat(v)) => Some(v.get()),
        _ => None,
    };
    let boolean = |r: IrRef| match def(r) {
        Some(Op::ConstBool(v)) => Some(*v),
        _ => None,
    };
    let int_const = |v: Option<i64>| v.map_or(Fold::Keep, |v| Fold::Emit(Op::ConstInt(v)));
    let float_const = |v: f64| Fold::Emit(Op::ConstFloat(F64::new(v)));
    let bool_const = |v: bool| Fold::Emit(Op::ConstBool(v));

    match *op {
        // Boxing round trips.
        Op::UnboxInt(v) => match def(v) {
            Some(Op::BoxInt(x)) => Fold::Ref(*x),
            _ => Fold::Keep,
        },
        Op::UnboxFloat(v) => match def(v) {
            Some(Op::BoxFloat(x)) => Fold::Ref(*x),
            _ => Fold::Keep,
        },
        Op::UnboxBool(v) => match def(v) {
            Some(Op::BoxBool(x)) => Fold::Ref(*x),
            _ => Fold::Keep,
        },
        Op::BoxInt(x) => match def(x) {
            Some(Op::UnboxInt(v)) if known_tag[*v] == Some(TagImm(crate::ir::Tag::Int)) => Fold::Ref(*v),
            _ => Fold::Keep,
        },
        Op::BoxFloat(x) => match def(x) {
            Some(Op::UnboxFloat(v)) if known_tag[*v] == Some(TagImm(crate::ir::Tag::Float)) => Fold::Ref(*v),
            _ => Fold::Keep,
        },
        Op::GuardTag(v, tag) if known_tag[v] == Some(tag) => Fold::Drop,

        // Int arithmetic. A constant result that overflows keeps the op: it exits.
        Op::AddIntOvf(a, b) | Op::AddInt(a, b) => match (int(a), int(b)) {
            (Some(x), Some(y)) => match (x.checked_add(y), op) {
                (Some(v), _) => int_const(Some(v)),
                (None, Op::AddInt(..)) => int_const(Some(x.wrapping_add(y))),
                (None, _) => Fold::Keep,
            },
            (_, Some(0)) => Fold::Ref(a),
            _ => Fold::Keep,
        },
        Op::SubIntOvf(a, b) | Op::SubInt(a, b) => match (int(a), int(b)) {
            (Some(x), Some(y)) => match (x.checked_sub(y), op) {
                (Some(v), _) => int_const(Some(v)),
                (None, Op::SubInt(..)) => int_const(Some(x.wrapping_sub(y))),
                (None, _) => Fold::Keep,
            },
            (_, Some(0)) => Fold::Ref(a),
            _ if a == b => int_const(Some(0)),
            _ => Fold::Keep,
        },
        Op::MulIntOvf(a, b) | Op::MulInt(a, b) => match (int(a), int(b)) {
            (Some(x), Some(y)) => match (x.checked_mul(y), op) {
                (Some(v), _) => int_const(Some(v)),
                (None, Op::MulInt(..)) => int_const(Some(x.wrapping_mul(y))),
                (None, _) => Fold::Keep,
            },
            (_, Some(1)) => Fold::Ref(a),
            (_, Some(0)) => int_const(Some(0)),
            _ => Fold::Keep,
        },
        Op::NegIntOvf(a) => int_const(int(a).and_then(i64::checked_neg)),
        // Python's `//` and `%` by `2**k` (k >= 1) on two's complement ints, negative
        // dividends included: `a // 2**k` floors like an arithmetic shift, and `a % 2**k`
        // takes the divisor's sign, so it is the low k bits. No zero or overflow case.
        Op::FloordivInt(a, b) => match (int(a), int(b)) {
            (Some(x), Some(y)) => int_const(py_floordiv(x, y)),
            (_, Some(1)) => Fold::Ref(a),
            (_, Some(y)) if y > 1 && y.count_ones() == 1 => {
                Fold::WithConst { make: Op::SarInt, a, konst: i64::from(y.trailing_zeros()) }
            }
            _ => Fold::Keep,
        },
        Op::ModInt(a, b) => match (int(a), int(b)) {
            (Some(x), Some(y)) => int_const(py_mod(x, y)),
            (_, Some(1)) => int_const(Some(0)),
            (_, Some(y)) if y > 1 && y.count_ones() == 1 => Fold::WithConst { make: Op::AndInt, a, konst: y - 1 },
            _ => Fold::Keep,
        },
        Op::AndInt(a, b) => match (int(a), int(b)) {
            (Some(x), Some(y)) => int_const(Some(x & y)),
            (_, Some(0)) => int_const(Some(0)),
            (_, Some(-1)) => Fold::Ref(a),
            _ if a == b => Fold::Ref(a),
            _ => Fold::Keep,
        },
        Op::OrInt(a, b) => match (int(a), int(b)) {
            (Some(x), Some(y)) => int_const(Some(x | y)),
            (_, Some(0)) => Fold::Ref(a),
            _ if a == b => Fold::Ref(a),
            _ => Fold::Keep,
        },
        Op::XorInt(a, b) => match (int(a), int(b)) {
            (Some(x), Some(y)) => int_const(Some(x ^ y)),
            (_, Some(0)) => Fold::Ref(a),
            _ if a == b => int_const(Some(0)),
            _ => Fold::Keep,
        },
        Op::InvertInt(a) => match def(a) {
            Some(Op::InvertInt(x)) => Fold::Ref(*x),
            _ => int_const(int(a).map(|x| !x)),
        },
        Op::LshiftIntOvf(a, b) => match (int(a), int(b)) {
            (Some(x), Some(y)) if (0..64).contains(&y) && (x << y) >> y == x => int_const(Some(x << y)),
            (_, Some(0)) => Fold::Ref(a),
            _ => Fold::Keep,
        },
        Op::RshiftInt(a, b) => match (int(a), int(b)) {
            (Some(x), Some(y)) if y >= 0 => int_const(Some(x >> y.min(63))),
            (_, Some(0)) => Fold::Ref(a),
            // A count past 63 shifts in only sign bits, as 63 does.
            (_, Some(y)) if (1..64).contains(&y) => Fold::Emit(Op::SarInt(a, b)),
            (_, Some(y)) if y >= 64 => Fold::WithConst { make: Op::SarInt, a, konst: 63 },
            _ => Fold::Keep,
        },
        Op::SarInt(a, b) => match (int(a), int(b)) {
            (Some(x), Some(y)) => int_const(Some(x >> (y & 63))),
            (_, Some(y)) if y & 63 == 0 => Fold::Ref(a),
            _ => Fold::Keep,
        },

        // Int comparisons.
        Op::LtInt(a, b) | Op::GtInt(a, b) | Op::NeInt(a, b) if a == b => bool_const(false),
        Op::LeInt(a, b) | Op::GeInt(a, b) | Op::EqInt(a, b) if a == b => bool_const(true),
        Op::LtInt(a, b) | Op::LeInt(a, b) | Op::GtInt(a, b) | Op::GeInt(a, b) | Op::EqInt(a, b) | Op::NeInt(a, b) => {
            match (int(a), int(b)) {
                (Some(x), Some(y)) => bool_const(match op {
                    Op::LtInt(..) => x < y,
                    Op::LeInt(..) => x <= y,
                    Op::GtInt(..) => x > y,
                    Op::GeInt(..) => x >= y,
                    Op::EqInt(..) => x == y,
                    _ => x != y,
                }),
                _ => Fold::Keep,
            }
        }

        // Float arithmetic: only exact identities.
        Op::AddFloat(a, b) | Op::SubFloat(a, b) | Op::MulFloat(a, b) | Op::DivFloat(a, b) => {
            match (float(a), float(b)) {
                (Some(x), Some(y)) => match op {
                    Op::AddFloat(..) => float_const(x + y),
                    Op::SubFloat(..) => float_const(x - y),
                    Op::MulFloat(..) => float_const(x * y),
                    _ if y != 0.0 => float_const(x / y),
                    _ => Fold::Keep,
                },
                // `x - 0.0` and `x * 1.0` and `x / 1.0` are `x` for every x, -0.0 and NaN included.
                (_, Some(y)) if y == 0.0 && y.is_sign_positive() && matches!(op, Op::SubFloat(..)) => Fold::Ref(a),
                (_, Some(y)) if y == 1.0 && matches!(op, Op::MulFloat(..) | Op::DivFloat(..)) => Fold::Ref(a),
                _ => Fold::Keep,
            }
        }
        Op::NegFloat(a) => match def(a) {
            Some(Op::NegFloat(x)) => Fold::Ref(*x),
            _ => float(a).map_or(Fold::Keep, |x| float_const(-x)),
        },
        Op::AbsFloat(a) => float(a).map_or(Fold::Keep, |x| float_const(x.abs())),
        Op::SqrtFloat(a) => match float(a) {
            Some(x) if !(x < 0.0) => float_const(x.sqrt()),
            _ => Fold::Keep,
        },
        Op::FloorFloat(a) => float(a).map_or(Fold::Keep, |x| float_const(x.floor())),
        Op::IntToFloat(a) => int(a).map_or(Fold::Keep, |x| float_const(x as f64)),
        Op::FloatToInt(a) => match float(a) {
            // 2^63 is exactly representable; values in [-2^63, 2^63) truncate into i64.
            Some(x) if x >= -9.223372036854775808e18 && x < 9.223372036854775808e18 => int_const(Some(x as i64)),
            _ => Fold::Keep,
        },
        Op::LtFloat(a, b)
        | Op::LeFloat(a, b)
        | Op::GtFloat(a, b)
        | Op::GeFloat(a, b)
        | Op::EqFloat(a, b)
        | Op::NeFloat(a, b) => match (float(a), float(b)) {
            (Some(x), Some(y)) => bool_const(match op {
                Op::LtFloat(..) => x < y,
                Op::LeFloat(..) => x <= y,
                Op::GtFloat(..) => x > y,
                Op::GeFloat(..) => x >= y,
                Op::EqFloat(..) => x == y,
                _ => x != y,
            }),
            _ => Fold::Keep,
        },

        // Bools and branch guards.
        // A select on a known condition, or between equal values, is one of them.
        Op::SelectInt(c, a, b) | Op::SelectFloat(c, a, b) | Op::SelectBool(c, a, b) => match boolean(c) {
            Some(true) => Fold::Ref(a),
            Some(false) => Fold::Ref(b),
            None if a == b => Fold::Ref(a),
            None => Fold::Keep,
        },
        Op::NotBool(a) => match (boolean(a), def(a)) {
            (Some(x), _) => bool_const(!x),
            (_, Some(Op::NotBool(x))) => Fold::Ref(*x),
            _ => Fold::Keep,
        },
        Op::GuardTrue(c) => match (boolean(c), def(c)) {
            (Some(true), _) => Fold::Drop,
            (_, Some(Op::NotBool(x))) => Fold::Emit(Op::GuardFalse(*x)),
            _ => Fold::Keep,
        },
        Op::GuardRange(x, lo, hi) => match def(x) {
            Some(Op::ConstInt(v)) if (lo..=hi).contains(v) => Fold::Drop,
            _ => Fold::Keep,
        },
        Op::GuardFalse(c) => match (boolean(c), def(c)) {
            (Some(false), _) => Fold::Drop,
            (_, Some(Op::NotBool(x))) => Fold::Emit(Op::GuardTrue(*x)),
            _ => Fold::Keep,
        },
        _ => Fold::Keep,
    }
}
