//! If-conversion: a small `if`/`else` whose branches only assign numbers to variables,
//! with expressions that cannot fail, is recorded as both branches plus a `select` per
//! variable, instead of a guard on the direction the recording iteration took. A loop
//! whose branch goes both ways (`if i == max_iter: count += 1`, `if x > m: m = x`) then
//! stays in compiled code whichever way each iteration goes.
//!
//! Invariant: only expressions that cannot raise (constants, variables, `+ - *`, bit
//! operations, `/ // %` by a nonzero literal, comparisons, `not`, unary `-`/`+`) are evaluated unconditionally, so
//! computing the branch Python does not take changes nothing: its only possible exit is
//! an int overflow, which resumes before the `if` (the statement has no effect) where the
//! interpreter runs it as Python would.
//! Invariant: a variable assigned in either branch gets the same type from both; its value
//! after the `if` is `select(cond, then, else)`. When the types differ, the `if` is
//! recorded the usual way (a guard on the direction taken), after all.

use super::*;

/// The most statements per branch that are converted (both branches always run).
const MAX_BRANCH_STMTS: usize = 4;

impl Recorder<'_, '_> {
    /// Records `if test: body else: orelse` as selects when it qualifies; false (having
    /// emitted nothing) when it does not.
    pub(super) fn try_if_convert(&mut self, test: &Expr, body: &Block, orelse: &Block) -> Result<bool, Abort> {
        if !self.inline.is_empty() || !convertible(body) || !convertible(orelse) || !cannot_fail(test) {
            return Ok(false);
        }
        let c = self.cond_value(test)?;
        let start = self.branch_state();
        // A branch the simulation cannot run (an int overflowing to a big int, a type it
        // does not compile) is recorded the usual way, behind a guard, after all.
        if self.pure_branch(body).is_err() {
            self.restore(&start);
            return Ok(false);
        }
        let then = self.branch_state();
        self.restore(&start);
        if self.pure_branch(orelse).is_err() {
            self.restore(&start);
            return Ok(false);
        }
        let other = self.branch_state();
        self.restore(&start);
        let start = self.branch_state();
        let Num::Bool(taken) = c.num else { return Err(self.abort("internal: condition")) };
        let mut merged: Vec<(usize, Sym, Sym)> = Vec::new();
        for slot in 0..self.homes.len() {
            let (then_w, other_w, start_w) = (then.written_at(slot), other.written_at(slot), start.written_at(slot));
            if then_w == start_w && other_w == start_w {
                // Not assigned: keep a value either branch loaded (loads are pure).
                self.cur[slot] = start.cur_at(slot).or(then.cur_at(slot)).or(other.cur_at(slot));
                continue;
            }
            let home = self.homes[slot];
            let a = match then.cur_at(slot) {
                Some(sym) => sym,
                None => self.read(home)?,
            };
            let b = match other.cur_at(slot) {
                Some(sym) => sym,
                None => self.read(home)?,
            };
            merged.push((slot, a, b));
        }
        // A variable whose type depends on the branch: record the branch taken, with its
        // guard, after all (what was emitted for both is pure, or guards that hold).
        if merged.iter().any(|(_, a, b)| a.num.kind() != b.num.kind()) {
            self.restore(&start);
            return Ok(false);
        }
        for (slot, a, b) in merged {
            let op = match a.num {
                Num::Int(_) => Op::SelectInt(c.r, a.r, b.r),
                Num::Float(_) => Op::SelectFloat(c.r, a.r, b.r),
                Num::Bool(_) => Op::SelectBool(c.r, a.r, b.r),
            };
            let r = self.emit(op)?;
            self.cur[slot] = Some(Sym { r, num: if taken { a.num } else { b.num } });
            self.written_at[slot] = Some(self.line);
        }
        Ok(true)
    }

    fn pure_branch(&mut self, block: &Block) -> Result<(), Abort> {
        for stmt in block {
            self.pure_assign(stmt)?;
        }
        Ok(())
    }

    /// `name = expr` or `name op= expr` on a number, in a converted branch.
    fn pure_assign(&mut self, stmt: &Stmt) -> Result<(), Abort> {
        self.line = stmt.line;
        match &stmt.kind {
            StmtKind::Pass => Ok(()),
            StmtKind::Assign { target, value } => {
                let home = self.home_of(target)?;
                let v = self.expr(value)?;
                self.write(home, v)
            }
            StmtKind::AugAssign { target, op, value } => {
                let home = self.home_of(target)?;
                let cur = self.read(home)?;
                let rhs = self.expr(value)?;
                let v = self.binop(*op, cur, rhs)?;
                self.write(home, v)
            }
            _ => Err(self.abort("internal: a statement that is not converted")),
        }
    }

    /// A condition's truth value as a bool, without a guard on its direction.
    fn cond_value(&mut self, e: &Expr) -> Result<Sym, Abort> {
        match &e.kind {
            ExprKind::Compare(first, rest) if rest.len() == 1 => {
                if let Some(c) = self.object_compare(rest[0].0, first, &rest[0].1) {
                    return c;
                }
                let a = self.expr(first)?;
                let b = self.expr(&rest[0].1)?;
                self.compare(rest[0].0, a, b)
            }
            ExprKind::Unary(UnaryOp::Not, x) => {
                let v = self.cond_value(x)?;
                let Num::Bool(value) = v.num else { return Err(self.abort("internal: truth")) };
                Ok(Sym { r: self.emit(Op::NotBool(v.r))?, num: Num::Bool(!value) })
            }
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let is_and = matches!(e.kind, ExprKind::And(..));
                let x = self.cond_value(a)?;
                let y = self.cond_value(b)?;
                let (Num::Bool(p), Num::Bool(q)) = (x.num, y.num) else {
                    return Err(self.abort("internal: truth"));
                };
                let (op, value) = if is_and {
                    let f = self.emit(Op::ConstBool(false))?;
                    (Op::SelectBool(x.r, y.r, f), p && q)
                } else {
                    let t = self.emit(Op::ConstBool(true))?;
                    (Op::SelectBool(x.r, t, y.r), p || q)
                };
                Ok(Sym { r: self.emit(op)?, num: Num::Bool(value) })
            }
            _ => {
                let v = if self.is_sized_now(e) { self.len_of(e)? } else { self.expr(e)? };
                self.truth(v)
            }
        }
    }

    fn branch_state(&mut self) -> BranchState {
        BranchState { cur: self.cur.clone(), written: self.written_at.clone() }
    }

    /// Back to `start`, keeping the slots created since (unassigned, not loaded).
    fn restore(&mut self, start: &BranchState) {
        let n = self.homes.len();
        self.cur = start.cur.clone();
        self.cur.resize(n, None);
        self.written_at = start.written.clone();
        self.written_at.resize(n, None);
    }
}

struct BranchState {
    cur: Vec<Option<Sym>>,
    written: Vec<Option<u32>>,
}

impl BranchState {
    fn cur_at(&self, slot: usize) -> Option<Sym> {
        self.cur.get(slot).copied().flatten()
    }

    fn written_at(&self, slot: usize) -> Option<u32> {
        self.written.get(slot).copied().flatten()
    }
}

/// A branch of at most `MAX_BRANCH_STMTS` number assignments to plain variables, with
/// expressions that cannot fail.
fn convertible(block: &Block) -> bool {
    block.len() <= MAX_BRANCH_STMTS
        && block.iter().all(|stmt| match &stmt.kind {
            StmtKind::Pass => true,
            StmtKind::Assign { target: Target::Local(_) | Target::Global(_), value } => cannot_fail(value),
            StmtKind::AugAssign { target: Target::Local(_) | Target::Global(_), op, value } => {
                safe_op(*op) && cannot_fail(value)
            }
            _ => false,
        })
}

/// Operators that cannot raise on numbers (an int overflow only leaves compiled code).
fn safe_op(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor)
}

/// An expression that cannot raise on numbers (see the module doc).
fn cannot_fail(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(Value::Int(_) | Value::Float(_) | Value::Bool(_)) => true,
        ExprKind::Local(_) | ExprKind::Global(_) => true,
        // Division by a nonzero literal cannot raise either (`i % 2`, `x / 2.0`).
        ExprKind::Binary(BinOp::Mod | BinOp::FloorDiv | BinOp::Div, a, b) => {
            let nonzero = match &b.kind {
                ExprKind::Const(Value::Int(d)) => *d != 0,
                ExprKind::Const(Value::Float(d)) => *d != 0.0,
                _ => false,
            };
            nonzero && cannot_fail(a)
        }
        ExprKind::Binary(op, a, b) => safe_op(*op) && cannot_fail(a) && cannot_fail(b),
        ExprKind::Unary(UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Not, x) => cannot_fail(x),
        // `==` and `!=` never raise on strs either (a str literal operand: `ch == "a"`).
        ExprKind::Compare(first, rest) => {
            let operand = |x: &Expr| {
                cannot_fail(x)
                    || (matches!(rest[0].0, CmpOp::Eq | CmpOp::NotEq)
                        && matches!(x.kind, ExprKind::Const(Value::Str(_))))
            };
            rest.len() == 1
                && matches!(rest[0].0, CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE | CmpOp::Eq | CmpOp::NotEq)
                && operand(first)
                && operand(&rest[0].1)
        }
        ExprKind::And(a, b) | ExprKind::Or(a, b) => cannot_fail(a) && cannot_fail(b),
        _ => false,
    }
}
