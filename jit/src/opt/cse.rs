//! Common-subexpression elimination: re-emits the trace through the emitter's hash table,
//! so an op equal to an earlier one (same operands, no store in between for loads) reuses
//! the earlier value, and a guard equal to an earlier one is dropped (it already passed).
//!
//! Invariant: effects (`store_slot`, `call_helper`, `guard_no_exception`) are never merged.
//! Loads CSE across a loop header only for slots the loop body never stores.

use super::emitter::reemit;
use super::OptStats;
use crate::ir::Trace;

pub fn run(trace: &mut Trace, stats: &mut OptStats) {
    reemit(trace, true, stats);
}
