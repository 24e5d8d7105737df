//! Bounds-check strengthening: of the guards `c < n` on one length `n` with constant
//! indices `c` (`b[0]`, `b[1]`, `b[2]`, `b[6]` of one list), the first checks the largest
//! constant instead, and `guard_elim` then drops the others as implied. nbody's inner loop
//! checked `len(b2)` four times per pair; it checks it once.
//!
//! Why this keeps the behaviour: the trace is one path, so every guard of the group runs
//! after the first whenever the trace gets that far. Where the list is too short for the
//! largest index, the trace now leaves at the first guard instead of a later one; the
//! interpreter resumes at the first guard's statement and runs everything from there
//! (the effects between the two guards included, which the trace has not done yet), so the
//! program sees the same effects and the same `IndexError` at the same line.
//!
//! Invariant: only guards of the same segment are combined (the recorded iteration before
//! peeling, or the preamble and the loop body each on its own after), and the strengthened
//! guard keeps the first guard's snapshot.

use super::emitter::{Copier, Emitter};
use super::OptStats;
use crate::ir::{Inst, IrRef, Op, Trace};
use hashbrown::HashMap;

pub fn run(trace: &mut Trace, stats: &mut OptStats) {
    let old = std::mem::take(trace);
    let marker = old.loop_marker();
    let segment = |r: IrRef| marker.is_some_and(|m| r > m);
    let mut largest: HashMap<(bool, IrRef), i64> = HashMap::new();
    for (r, inst) in old.insts.iter() {
        if let Some((c, n)) = guarded_index(&old, inst) {
            let max = largest.entry((segment(r), n)).or_insert(c);
            *max = (*max).max(c);
        }
    }
    let mut emitter = Emitter::new(&old);
    let mut copier = Copier::new();
    for (r, inst) in old.insts.iter() {
        if let Some((c, n)) = guarded_index(&old, inst) {
            // `remove`: only the group's first guard is strengthened.
            if let Some(max) = largest.remove(&(segment(r), n)).filter(|&max| max > c) {
                let snap = inst.snap.map(|s| copier.snapshot(&old, s, &mut emitter));
                let strengthened = emitter
                    .emit(Op::ConstInt(max), None, stats)
                    .and_then(|k| emitter.emit(Op::LtInt(k, copier.map[n]), None, stats));
                if let Some(cond) = strengthened {
                    emitter.emit(Op::GuardTrue(cond), snap, stats);
                    copier.map[r] = r;
                    continue;
                }
            }
        }
        copier.copy(&old, r, inst, &mut emitter, stats);
    }
    *trace = emitter.finish();
}

/// `(c, n)` for `guard_true(lt_int(c, n))` with a constant `c >= 0`.
fn guarded_index(trace: &Trace, inst: &Inst) -> Option<(i64, IrRef)> {
    let Op::GuardTrue(cond) = inst.op else { return None };
    constant_index_bound(trace, cond)
}

/// `(c, n)` for a condition `lt_int(c, n)` with a constant `c >= 0` (a bounds check of a
/// constant index against the length `n`).
pub fn constant_index_bound(trace: &Trace, cond: IrRef) -> Option<(i64, IrRef)> {
    let Op::LtInt(index, n) = trace.insts.get(cond)?.op else { return None };
    let Op::ConstInt(c) = trace.insts.get(index)?.op else { return None };
    (c >= 0).then_some((c, n))
}
