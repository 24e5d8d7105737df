//! Redundant guard elimination with integer range facts.
//!
//! Walking the trace in order, each passed `guard_true`/`guard_false` on an int comparison
//! teaches a bound on its operands (`i < n` proves `i <= i64::MAX - 1`; `i < 100` proves
//! `i <= 99`). A later comparison guard the bounds already decide is dropped, and an
//! `add_int_ovf`/`sub_int_ovf`/`mul_int_ovf` whose operands' bounds prove it cannot
//! overflow becomes a plain op (the classic `while i < n: i += 1` loses its overflow
//! check); a `div_float` by an int bounded away from zero loses its zero check.
//! Identical guards are already merged by CSE, which runs as part of the re-emission.
//!
//! `guard_range` (the recorder's bounds on small ints a loop reads) teaches its bounds, but
//! only in a peeled trace, and only in the preamble: a body copy the bounds do not already
//! prove is dropped without teaching anything, since checking it each iteration would cost
//! more than it saves. Before peeling it teaches nothing, because peeling copies the plain
//! ops it would justify into the body, where the guard's copy is then dropped. So the
//! preamble's guards on `i`, on `j`'s start and on the range's stop bound `(i + j) *
//! (i + j + 1)` in the whole loop, while a loop-carried sum keeps its checks in the body.
//! A guard on what starts such an unbounded phi (an accumulator) is dropped too: the loop
//! cannot use it, and a sum that grows from entry to entry would soon fail it.
//!
//! Phis get bounds by induction: a phi is assumed to stay within its initial value's
//! bounds (a `range` counter that starts at `i + 1 >= 1` and only grows stays `>= 1`, so
//! the `j >= 0` guard of `v[j]` goes), and the assumption is kept only if the values the
//! `jump` passes back are proven within the same bounds under it. If not, the pass runs
//! again without the assumptions that failed (each rerun drops at least one).
//!
//! Invariant: facts are keyed by SSA ref, so a fact learnt at a guard holds at every later
//!   instruction (the trace is one path; the preamble dominates the loop body).
//! Invariant: bounds only ever narrow, and every narrowing comes from a guard that passed
//!   or from a phi assumption that the back edge was checked to preserve (so it holds on
//!   entry, and at every later iteration if it held at the one before).

use super::emitter::{Copier, Emitter};
use super::OptStats;
use crate::ir::{IrRef, Op, Trace};
use hashbrown::HashMap;

/// Inclusive bounds of an int value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Range {
    lo: i64,
    hi: i64,
}

const FULL: Range = Range { lo: i64::MIN, hi: i64::MAX };

struct Facts<'a> {
    trace: &'a Trace,
    ranges: HashMap<IrRef, Range>,
}

/// A comparison `a OP b` normalized to `a < b` / `a <= b` (operands swapped for `>`/`>=`),
/// negated when the guard wants it false.
#[derive(Clone, Copy)]
struct Less {
    a: IrRef,
    b: IrRef,
    or_equal: bool,
}

impl Facts<'_> {
    fn range(&self, r: IrRef) -> Range {
        match self.trace.insts.get(r).map(|inst| &inst.op) {
            Some(Op::ConstInt(v)) => Range { lo: *v, hi: *v },
            _ => self.ranges.get(&r).copied().unwrap_or(FULL),
        }
    }

    fn narrow(&mut self, r: IrRef, lo: i64, hi: i64) {
        let old = self.range(r);
        self.ranges.insert(r, Range { lo: old.lo.max(lo), hi: old.hi.min(hi) });
    }

    /// The `Less` a passed guard on `cond` establishes.
    fn less_of(&self, cond: IrRef, want: bool) -> Option<Less> {
        let op = &self.trace.insts.get(cond)?.op;
        let (a, b, or_equal, swapped) = match *op {
            Op::LtInt(a, b) => (a, b, false, false),
            Op::LeInt(a, b) => (a, b, true, false),
            Op::GtInt(a, b) => (a, b, false, true),
            Op::GeInt(a, b) => (a, b, true, true),
            _ => return None,
        };
        let (a, b) = if swapped { (b, a) } else { (a, b) };
        // not (a < b) is b <= a; not (a <= b) is b < a.
        Some(if want { Less { a, b, or_equal } } else { Less { a: b, b: a, or_equal: !or_equal } })
    }

    /// Whether the current bounds already prove `less`.
    fn proves(&self, less: Less) -> bool {
        let (a, b) = (self.range(less.a), self.range(less.b));
        if less.or_equal {
            a.hi <= b.lo
        } else {
            a.hi < b.lo
        }
    }

    fn learn(&mut self, less: Less) {
        let (a, b) = (self.range(less.a), self.range(less.b));
        let slack = if less.or_equal { 0 } else { 1 };
        self.narrow(less.a, i64::MIN, b.hi.saturating_sub(slack));
        self.narrow(less.b, a.lo.saturating_add(slack), i64::MAX);
    }

    /// An overflow-checked op whose operands' bounds prove it cannot overflow, as the
    /// plain op.
    fn without_overflow_check(&self, op: &Op) -> Option<Op> {
        let plain = match *op {
            Op::AddIntOvf(a, b) => Op::AddInt(a, b),
            Op::SubIntOvf(a, b) => Op::SubInt(a, b),
            Op::MulIntOvf(a, b) => Op::MulInt(a, b),
            // A float division by an int bounded away from zero cannot raise.
            Op::DivFloat(a, b) => {
                let Some(Op::IntToFloat(x)) = self.trace.insts.get(b).map(|inst| &inst.op) else { return None };
                let x = self.range(*x);
                return (x.lo > 0 || x.hi < 0).then_some(Op::DivFloatNonzero(a, b));
            }
            _ => return None,
        };
        self.result_range(op).map(|_| plain)
    }

    /// Bounds of a result computed from its operands' bounds; `None` when unknown, or
    /// when the operation could overflow within them.
    fn result_range(&self, op: &Op) -> Option<Range> {
        match *op {
            Op::AddInt(a, b) | Op::AddIntOvf(a, b) => {
                let (x, y) = (self.range(a), self.range(b));
                Some(Range { lo: x.lo.checked_add(y.lo)?, hi: x.hi.checked_add(y.hi)? })
            }
            Op::SubInt(a, b) | Op::SubIntOvf(a, b) => {
                let (x, y) = (self.range(a), self.range(b));
                Some(Range { lo: x.lo.checked_sub(y.hi)?, hi: x.hi.checked_sub(y.lo)? })
            }
            Op::MulInt(a, b) | Op::MulIntOvf(a, b) => {
                let (x, y) = (self.range(a), self.range(b));
                let corners = [
                    x.lo.checked_mul(y.lo)?,
                    x.lo.checked_mul(y.hi)?,
                    x.hi.checked_mul(y.lo)?,
                    x.hi.checked_mul(y.hi)?,
                ];
                Some(Range { lo: *corners.iter().min()?, hi: *corners.iter().max()? })
            }
            // An arithmetic shift by a constant count (what `x // 2**k` folds to).
            Op::SarInt(a, b) => {
                let (x, count) = (self.range(a), self.range(b));
                (count.lo == count.hi).then(|| {
                    let k = (count.lo & 63) as u32;
                    Range { lo: x.lo >> k, hi: x.hi >> k }
                })
            }
            // A mask by a non-negative constant (what `x % 2**k` folds to).
            Op::AndInt(_, b) if self.range(b).lo >= 0 => Some(Range { lo: 0, hi: self.range(b).hi }),
            _ => None,
        }
    }
}

impl Facts<'_> {
    /// `r`'s bounds, also recomputed from its operands' bounds now: a phi's initial value
    /// is often computed before the guards that bound its operands (`j = i + 1` before
    /// `v[i]` checks `i >= 0`).
    fn range_now(&self, r: IrRef) -> Range {
        let known = self.range(r);
        match self.trace.insts.get(r).and_then(|inst| self.result_range(&inst.op)) {
            Some(now) => Range { lo: known.lo.max(now.lo), hi: known.hi.min(now.hi) },
            None => known,
        }
    }
}

/// One bound assumed for a phi (by its position among the phis).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bound {
    Lo(usize),
    Hi(usize),
}

pub fn run(trace: &mut Trace, stats: &mut OptStats) {
    let old = std::mem::take(trace);
    let n_phis = old.phis().len();
    let mut assumed: Vec<Bound> = (0..n_phis).flat_map(|k| [Bound::Lo(k), Bound::Hi(k)]).collect();
    let mut unguarded: Vec<IrRef> = Vec::new();
    loop {
        let mut attempt_stats = stats.clone();
        let (new, broken) = eliminate(&old, &assumed, &unguarded, &mut attempt_stats);
        if broken.is_empty() {
            let useless = useless_range_guards(&old, &assumed);
            if useless.iter().all(|r| unguarded.contains(r)) {
                *trace = new;
                *stats = attempt_stats;
                return;
            }
            for r in useless {
                if !unguarded.contains(&r) {
                    unguarded.push(r);
                }
            }
            continue;
        }
        assumed.retain(|bound| !broken.contains(bound));
    }
}

/// The `guard_range`s of a peeled trace on a value that starts a phi the back edge does
/// not keep within bounds (an accumulator, `total += x`), directly or as an operand of the
/// phi's initial value: the loop cannot use them, and a value that grows on every entry
/// would soon fail them.
fn useless_range_guards(trace: &Trace, assumed: &[Bound]) -> Vec<IrRef> {
    let def = |r: IrRef| trace.insts.get(r).map(|inst| &inst.op);
    let mut starts = Vec::new();
    for (k, phi) in trace.phis().into_iter().enumerate() {
        if assumed.contains(&Bound::Lo(k)) && assumed.contains(&Bound::Hi(k)) {
            continue;
        }
        let Some(&Op::Phi(init)) = def(phi) else { continue };
        starts.push(init);
        if let Some(op) = def(init) {
            op.for_each_ref(|operand| starts.push(operand));
        }
    }
    trace
        .insts
        .iter()
        .filter(|(_, inst)| matches!(inst.op, Op::GuardRange(x, ..) if starts.contains(&x)))
        .map(|(r, _)| r)
        .collect()
}

/// One pass over `old` assuming the phi bounds `assumed`; returns the new trace and the
/// assumptions the back edge does not preserve (empty when the result is sound).
fn eliminate(old: &Trace, assumed: &[Bound], unguarded: &[IrRef], stats: &mut OptStats) -> (Trace, Vec<Bound>) {
    let mut emitter = Emitter::new(old);
    let mut copier = Copier::new();
    let mut ranges: HashMap<IrRef, Range> = HashMap::new();
    // The bounds assumed for each phi (by position), as taken from its initial value.
    let mut phi_bounds: Vec<Range> = Vec::new();
    let mut broken = Vec::new();
    let mut in_body = false;
    let peeled = old.loop_marker().is_some();
    // Float divisors a `div_float` already checked: nonzero in everything it dominates.
    let mut nonzero_divisors: Vec<IrRef> = Vec::new();
    for (r, inst) in old.insts.iter() {
        let mut op = inst.op.clone();
        op.map_refs(|x| copier.map[x]);
        if let Op::Jump(ref args) = op {
            let facts = Facts { trace: emitter.trace(), ranges: std::mem::take(&mut ranges) };
            for (k, (&arg, bounds)) in args.iter().zip(&phi_bounds).enumerate() {
                let next = facts.range(arg);
                if next.lo < bounds.lo {
                    broken.push(Bound::Lo(k));
                }
                if next.hi > bounds.hi {
                    broken.push(Bound::Hi(k));
                }
            }
            ranges = facts.ranges;
        }
        let facts = Facts { trace: emitter.trace(), ranges: std::mem::take(&mut ranges) };
        let guard = match op {
            Op::GuardTrue(c) => facts.less_of(c, true),
            Op::GuardFalse(c) => facts.less_of(c, false),
            _ => None,
        };
        if let Some(less) = guard {
            if facts.proves(less) {
                stats.guards_removed += 1;
                ranges = facts.ranges;
                continue;
            }
        }
        if let Op::Loop() = op {
            in_body = true;
        }
        if let Op::GuardRange(x, lo, hi) = op {
            let known = facts.range(x);
            // Proven, a body copy that would have to check each iteration, or useless:
            // dropped (nothing later relies on an unlearnt fact).
            if (lo <= known.lo && known.hi <= hi) || in_body || unguarded.contains(&r) {
                stats.guards_removed += 1;
                ranges = facts.ranges;
                continue;
            }
        }
        let replacement = match op {
            Op::DivFloat(a, b) if nonzero_divisors.contains(&b) => Some(Op::DivFloatNonzero(a, b)),
            _ => facts.without_overflow_check(&op),
        };
        if let (Op::DivFloat(_, b), None) = (&op, &replacement) {
            nonzero_divisors.push(*b);
        }
        let result = facts.result_range(replacement.as_ref().unwrap_or(&op));
        ranges = facts.ranges;
        match replacement {
            Some(plain) => {
                stats.overflow_checks_removed += 1;
                let new = emitter.emit(plain, None, stats);
                copier.map[r] = new.unwrap_or(r);
            }
            None => copier.copy(old, r, inst, &mut emitter, stats),
        }
        let new = copier.map[r];
        let mut facts = Facts { trace: emitter.trace(), ranges: std::mem::take(&mut ranges) };
        if let Some(less) = guard {
            facts.learn(less);
        }
        if let Some(range) = result {
            facts.narrow(new, range.lo, range.hi);
        }
        // Learnt only once the trace is peeled: before, the facts would justify plain ops
        // that peeling copies into the loop body, where the guard's copy is dropped.
        if let (Op::GuardRange(x, lo, hi), true) = (&op, peeled) {
            facts.narrow(*x, *lo, *hi);
        }
        if let Op::Phi(init) = op {
            let k = phi_bounds.len();
            let init = facts.range_now(init);
            let lo = if assumed.contains(&Bound::Lo(k)) { init.lo } else { i64::MIN };
            let hi = if assumed.contains(&Bound::Hi(k)) { init.hi } else { i64::MAX };
            phi_bounds.push(Range { lo, hi });
            facts.narrow(new, lo, hi);
        }
        ranges = facts.ranges;
    }
    (emitter.finish(), broken)
}
