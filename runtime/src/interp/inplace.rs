//! Big-int `+` and `-` that reuse the left operand's digits when the statement is about to
//! overwrite the only reference to it: `x += y`, `x = x + y`, and `a, b = b, a + b` (the
//! Fibonacci step); and `s += t`, `s = s + t` on a str, appended in its own buffer (a copy
//! made loops that build a string quadratic).
//!
//! A new big int costs an allocation and a copy of the larger operand before the addition
//! (num-bigint's `&a + &b`); adding into the buffer of a value nothing else holds costs
//! neither. The rewrite is invisible: the old value had no other reference, and the
//! statement assigns the result to the variable that held it, with nothing evaluated in
//! between that could observe the variable or raise (a big-int addition cannot fail).
//!
//! Invariant: a taken local is always assigned again before the statement ends.

use crate::code::{Elt, Expr, ExprKind, Target};
use crate::error::PResult;
use crate::interp::{Frame, Interp};
use crate::value::Value;
use lang::ast::BinOp;
use num_traits::ToPrimitive;
use std::rc::Rc;

/// Two different slots of `locals`, the first mutable.
fn pair_mut(locals: &mut [Value], s: usize, r: usize) -> (&mut Value, &Value) {
    if s < r {
        let (lo, hi) = locals.split_at_mut(r);
        (&mut lo[s], &hi[0])
    } else {
        let (lo, hi) = locals.split_at_mut(s);
        (&mut hi[0], &lo[r])
    }
}

/// `*slot = *slot op b` in the big int's own digits, when `*slot` is a big int nobody else
/// holds, `op` is `+` or `-` and `b` an int: true when done. Working on the slot, rather
/// than taking and returning the value, keeps the 16-byte result out of a memory round
/// trip that the store-to-load forwarding of two 8-byte stores cannot serve.
fn add_into(slot: &mut Value, op: BinOp, b: &Value) -> bool {
    let Value::BigInt(rc) = slot else { return false };
    let Some(big) = Rc::get_mut(rc) else { return false };
    match (op, b) {
        (BinOp::Add, Value::Int(i)) => *big += *i,
        (BinOp::Add, Value::Bool(x)) => *big += i64::from(*x),
        (BinOp::Add, Value::BigInt(j)) => *big += &**j,
        (BinOp::Sub, Value::Int(i)) => *big -= *i,
        (BinOp::Sub, Value::Bool(x)) => *big -= i64::from(*x),
        (BinOp::Sub, Value::BigInt(j)) => *big -= &**j,
        _ => return false,
    }
    // A small result is an `Int` (the invariant of `Value`).
    if let Some(i) = big.to_i64() {
        *slot = Value::Int(i);
    }
    true
}

/// Whether `cur op rhs` is a big-int sum or difference (`add_into`'s operands).
fn adds_big(op: BinOp, cur: &Value, rhs: &Value) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub)
        && matches!(cur, Value::BigInt(_))
        && matches!(rhs, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// Whether `Interp::grow` makes `cur op rhs`: a str concatenation or a big-int sum or
/// difference. Neither can fail, so a statement may empty the variable first, leaving
/// `cur` as the only reference.
pub(crate) fn grows(op: BinOp, cur: &Value, rhs: &Value) -> bool {
    matches!((op, cur, rhs), (BinOp::Add, Value::Str(_), Value::Str(_))) || adds_big(op, cur, rhs)
}

impl Interp {
    /// `*slot = *slot op rhs`, in the big int's own digits when `add_into` can.
    fn sum_into(&self, slot: &mut Value, op: BinOp, rhs: &Value) -> PResult<()> {
        if !add_into(slot, op, rhs) {
            *slot = self.binary_op(op, slot, rhs)?;
        }
        Ok(())
    }

    /// `x = x + y` (or `-`) on a local str or big int, where `y` does not read `x`: the sum is
    /// made in `x`'s own buffer when nothing else holds it, as `x += y` does. `None` when the
    /// statement has another shape or other operand types (nothing was evaluated).
    pub(crate) fn assign_grown(&self, f: &mut Frame, slot: u32, value: &Expr) -> Option<PResult<()>> {
        let ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub), left, right) = &value.kind else { return None };
        if !matches!(left.kind, ExprKind::Local(s) if s == slot) || reads_local(right, slot) {
            return None;
        }
        if !matches!(f.locals.get(slot as usize), Some(Value::Str(_) | Value::BigInt(_))) {
            return None;
        }
        // `x` is bound, so Python's evaluation of it first has nothing to raise; `y` cannot
        // rebind it (a plain local), so evaluating `y` now is the same.
        let rhs = match self.eval(f, right) {
            Ok(v) => v,
            Err(e) => return Some(Err(e)),
        };
        let cur = &f.locals[slot as usize];
        if !grows(*op, cur, &rhs) {
            let sum = match self.binary_op(*op, cur, &rhs) {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            Value::store(&mut f.locals[slot as usize], sum);
            return Some(Ok(()));
        }
        let cur = std::mem::replace(&mut f.locals[slot as usize], Value::Unbound);
        Some(self.grow(cur, *op, &rhs).map(|v| f.locals[slot as usize] = v))
    }

    /// `t0, t1 = x0, s op r` where `s` is one of the targets (so its old value dies here) and
    /// `r` a local other than `s` or a constant: the sum is made in `s`'s digits when it is a
    /// big int nobody else holds. `None` when the statement is not of that shape or `s` is
    /// not such a big int (nothing was evaluated; the caller runs it as usual).
    pub(crate) fn unpack_pair_in_place(&self, f: &mut Frame, targets: &[Target], elts: &[Elt]) -> Option<PResult<()>> {
        let ([Target::Local(a), Target::Local(b)], [Elt::One(x0), Elt::One(sum)]) = (targets, elts) else {
            return None;
        };
        let ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub), left, right) = &sum.kind else { return None };
        let ExprKind::Local(s) = left.kind else { return None };
        if s != *a && s != *b {
            return None;
        }
        let rhs = match &right.kind {
            ExprKind::Local(r) if *r != s => f.locals.get(*r as usize)?,
            ExprKind::Const(v) => v,
            _ => return None,
        };
        if !adds_big(*op, f.locals.get(s as usize)?, rhs) {
            return None;
        }
        Some(self.unpack_pair_run(f, (*a, *b), x0, s, *op, right))
    }

    fn unpack_pair_run(
        &self,
        f: &mut Frame,
        (a, b): (u32, u32),
        x0: &Expr,
        s: u32,
        op: BinOp,
        right: &Expr,
    ) -> PResult<()> {
        // `x0` first, as Python evaluates it (it may read `s`: its copy then shares the
        // digits, and the addition below makes new ones).
        let v0 = self.eval_operand(f, x0)?;
        match &right.kind {
            // The right operand read where it lives (`r != s`, checked by the caller).
            ExprKind::Local(r) if *r != s => {
                let (slot, rhs) = pair_mut(&mut f.locals, s as usize, *r as usize);
                self.sum_into(slot, op, rhs)?;
            }
            _ => {
                let rhs = self.eval_operand(f, right)?;
                self.sum_into(&mut f.locals[s as usize], op, &rhs)?;
            }
        }
        // The sum is in `s`, one of the two targets: `a` gets `v0`, `b` the sum.
        if s == a {
            let sum = std::mem::replace(&mut f.locals[a as usize], v0);
            Value::store(&mut f.locals[b as usize], sum);
        } else {
            Value::store(&mut f.locals[a as usize], v0);
        }
        Ok(())
    }
}

impl Interp {
    /// `x = x + y` on a module global str or big int, as `assign_grown` does for a local
    /// (`y` must not read `x`: no calls, which could).
    pub(crate) fn global_grown(&self, f: &mut Frame, slot: u32, value: &Expr) -> Option<PResult<()>> {
        let ExprKind::Binary(op @ (BinOp::Add | BinOp::Sub), left, right) = &value.kind else { return None };
        let same = |e: &Expr| matches!(e.kind, ExprKind::Global(s) | ExprKind::GlobalOrBuiltin(s, _) if s == slot);
        if !same(left) || reads(right, &|e| same(e)) {
            return None;
        }
        let cur = f.module.load(slot);
        if !matches!(cur, Value::Str(_) | Value::BigInt(_)) {
            return None;
        }
        let rhs = match self.eval(f, right) {
            Ok(v) => v,
            Err(e) => return Some(Err(e)),
        };
        if !grows(*op, &cur, &rhs) {
            return Some(self.binary_op(*op, &cur, &rhs).map(|v| f.module.store(slot, v)));
        }
        // The module's reference goes first, so that `cur` may be the only one.
        f.module.store(slot, Value::Unbound);
        Some(self.grow(cur, *op, &rhs).map(|v| f.module.store(slot, v)))
    }

    /// `cur op rhs` for operands `grows` accepts, in `cur`'s own buffer when it is the only
    /// reference.
    pub(crate) fn grow(&self, mut cur: Value, op: BinOp, rhs: &Value) -> PResult<Value> {
        if let (Value::Str(s), Value::Str(tail)) = (&mut cur, rhs) {
            if let Some(unique) = Rc::get_mut(s) {
                unique.push_str(tail);
                return Ok(cur);
            }
            // A new string of its own (never a shared one-character string, which the next
            // `+=` could not extend in place): `w = ""` then `w += c` per letter.
            return Ok(Value::Str(Rc::new(crate::object::PyStr::concat(s, tail))));
        }
        self.sum_into(&mut cur, op, rhs)?;
        Ok(cur)
    }
}

/// Whether evaluating `e` may read what `target` names (conservatively: any expression kind
/// not listed may).
fn reads(e: &Expr, target: &dyn Fn(&Expr) -> bool) -> bool {
    if target(e) {
        return true;
    }
    match &e.kind {
        ExprKind::Const(_) | ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::GlobalOrBuiltin(..) => false,
        ExprKind::Binary(_, a, b) | ExprKind::Subscript(a, b) => reads(a, target) || reads(b, target),
        ExprKind::Attr(o, ..) => reads(o, target),
        _ => true,
    }
}

/// Whether evaluating `e` may read the local `slot`.
fn reads_local(e: &Expr, slot: u32) -> bool {
    reads(e, &|e| matches!(e.kind, ExprKind::Local(r) if r == slot))
}
