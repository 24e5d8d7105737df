//! The optimizer: a pipeline of passes over the trace IR, each `fn run(&mut Trace, &mut OptStats)`.
//!
//! Order (one table, `PIPELINE`), and why:
//! 1. `cse`: re-emits every instruction through `fold` and CSE (the recorder already emits
//!    this way, LuaJIT's fold-on-emit; the pass makes hand-written and older traces canonical).
//! 2. `bounds`: the first of several bounds checks of constant indices on one length checks
//!    the largest index, so that
//! 3. `guard_elim` drops the others: it drops guards an earlier guard implies and turns
//!    overflow-checked int ops into plain ones where a guard bounds the operand. Before
//!    peeling, so the copied loop body is already smaller.
//! 4. `sink`: a loop that calls nothing writes its heap-valued slots (`for p in ps`) only
//!    at exits, through the snapshots, instead of with a counted store per iteration.
//!    Before peeling, which then carries such a slot's value in a phi.
//! 5. `loop_peel`: LuaJIT's copy-substitution. The recorded iteration becomes the preamble and
//!    a second copy, emitted through fold and CSE, becomes the loop body: everything that CSEs
//!    against the preamble (invariant guards, loads, arithmetic) is hoisted for free, slots
//!    become unboxed phis.
//! 6. `unbox`: `value` phis whose input and back-edge value are boxed the same way become
//!    phis of the raw type, so loop-carried ints and floats stay in registers.
//! 7. `guard_elim` again, on the loop body, where the peeled guards now bound phis.
//! 8. `dce`: removes what the earlier passes left unused (dead phis included) and renumbers
//!    snapshots; last, since every other pass leaves garbage behind.
//!
//! Allocation sinking (`a, b = b, a + b` without building a tuple) belongs between 6 and 8
//! once the IR has allocating ops; it does not exist yet.
//!
//! Passes expect a trace the verifier accepted (they index by the refs it holds).
//! Invariant: every pass maps a verifiable trace to a verifiable trace with the same
//! observable behaviour (tests verify after each pass).

pub mod bounds;
pub mod cse;
pub mod dce;
mod emitter;
pub mod fold;
pub mod guard_elim;
pub mod loop_peel;
pub mod sink;
pub mod unbox;

pub use emitter::Emitter;

use crate::ir::Trace;

/// What the passes did, for `--stats` and `--jit-log`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OptStats {
    /// Instructions replaced by a constant or an existing value while emitting.
    pub folded: u32,
    /// Instructions found already computed.
    pub cse_hits: u32,
    /// Guards dropped because an earlier one implies them.
    pub guards_removed: u32,
    /// Overflow checks (and zero checks of float divisions by an int) dropped because
    /// guards bound the operands.
    pub overflow_checks_removed: u32,
    /// Phis created by peeling.
    pub phis: u32,
    /// Phis turned from `value` into a raw type.
    pub phis_unboxed: u32,
    /// Instructions removed as unused.
    pub dead: u32,
}

/// A pass: its name (as tests and dumps spell it) and its entry point.
pub type Pass = fn(&mut Trace, &mut OptStats);

/// The pipeline, in order (see the module doc for the reasons).
pub const PIPELINE: &[(&str, Pass)] = &[
    ("cse", cse::run),
    ("bounds", bounds::run),
    ("guard_elim", guard_elim::run),
    ("sink", sink::run),
    ("loop_peel", loop_peel::run),
    ("unbox", unbox::run),
    ("guard_elim", guard_elim::run),
    ("dce", dce::run),
];

/// Every pass by name, for tests and `--dump`.
pub fn pass_by_name(name: &str) -> Option<Pass> {
    match name {
        "fold" => Some(fold::run),
        _ => PIPELINE.iter().find(|(n, _)| *n == name).map(|(_, pass)| *pass),
    }
}

/// Runs the whole pipeline.
pub fn optimize(trace: &mut Trace, stats: &mut OptStats) {
    for (_, pass) in PIPELINE {
        pass(trace, stats);
    }
}
