//! Loop peeling by copy-substitution, as in LuaJIT's lj_opt_loop.c.
//!
//! A recorded trace is one iteration whose loop-carried state goes through the frame slots
//! (`load_slot` at the top, the `jump` snapshot at the bottom). This pass emits it twice
//! through fold and CSE: first as the *preamble* (iteration 1), then, after a `loop` marker,
//! as the *body*, with every `load_slot s` of a slot that iteration 1 changed replaced by
//! the value iteration 1 left there. Whatever the body computes from invariant values CSEs
//! against the preamble and disappears from the loop: invariant guards, loads and arithmetic
//! run once. Boxing disappears too: a substituted load is `box_int %x`, so the body's
//! `guard_tag`/`unbox_int` on it fold away and the loop runs on raw registers.
//!
//! A preamble value `q` that the body uses but that the body computes anew (`subst[q] != q`)
//! varies per iteration: it becomes a `phi` with input `q` and back-edge value `subst[q]`.
//! Body guards that CSE against a preamble guard on a variant value are still sound: the
//! value they check was checked by the body's copy of that guard one iteration earlier
//! (LuaJIT's argument, by induction over iterations).
//!
//! Every exit of the body also writes the loop header's slot state (the jump snapshot of
//! iteration 1, then the phis), since in peeled form the back edge no longer writes slots.
//!
//! Traces with a `call_trace` (an outer loop running its inner loop's trace) are not
//! peeled: the inner trace works on the slots in memory. Their range guards are dropped.
//!
//! Invariant: runs only on recorded form (no `loop` marker yet) and otherwise leaves the
//!   trace unchanged; if the substitution is ambiguous it gives up (the trace still works).
//! Invariant: the output has exactly one `loop` marker, its phis right after it, and a
//!   `jump` whose arguments match them (verify.rs checks it).

use super::emitter::{ref_map, Copier, Emitter};
use super::OptStats;
use crate::ir::{IrRef, Op, Slot, SnapshotId, Trace, Type};
use crate::snapshot::Snapshot;
use cranelift_entity::{EntityRef, SecondaryMap};
use hashbrown::HashMap;
use std::collections::BTreeMap;

pub fn run(trace: &mut Trace, stats: &mut OptStats) {
    match peel(trace, stats) {
        Some(peeled) => *trace = peeled,
        None if trace.loop_marker().is_none() => drop_range_guards(trace, stats),
        None => {}
    }
}

/// A trace left in recorded form runs every guard each iteration: its range guards (there
/// to bound a peeled loop's arithmetic from the preamble) would only cost.
fn drop_range_guards(trace: &mut Trace, stats: &mut OptStats) {
    if !trace.insts.values().any(|inst| matches!(inst.op, Op::GuardRange(..))) {
        return;
    }
    let old = std::mem::take(trace);
    let mut emitter = Emitter::new(&old);
    let mut copier = Copier::new();
    for (r, inst) in old.insts.iter() {
        if let Op::GuardRange(..) = inst.op {
            stats.guards_removed += 1;
        } else {
            copier.copy(&old, r, inst, &mut emitter, stats);
        }
    }
    *trace = emitter.finish();
}

/// The value each slot holds after one run of `old` (stores, then the jump's write-back).
fn end_state(old: &Trace, map: &SecondaryMap<IrRef, IrRef>, jump_snap: SnapshotId) -> BTreeMap<Slot, IrRef> {
    let mut state = BTreeMap::new();
    for inst in old.insts.values() {
        if let Op::StoreSlot(slot, value) = inst.op {
            state.insert(slot, map[value]);
        }
    }
    for &(slot, value) in &old.snapshots[jump_snap].entries {
        state.insert(slot, map[value]);
    }
    state
}

fn peel(old: &Trace, stats: &mut OptStats) -> Option<Trace> {
    let (jump_ref, jump) = old.insts.last()?;
    let jump_snap = match (&jump.op, jump.snap) {
        (Op::Jump(args), Some(snap)) if args.is_empty() => snap,
        _ => return None,
    };
    if old.loop_marker().is_some() {
        return None;
    }
    // A trace running an inner loop's trace stays in recorded form: the inner trace reads
    // and writes the frame's slots, which peeled form keeps in registers across iterations.
    // So does a trace with residual calls, which read and write the globals in the slots.
    if old.insts.values().any(|inst| {
        matches!(
            inst.op,
            Op::CallTrace(..)
                | Op::CallPython(..)
                | Op::CallPythonInto(..)
                | Op::ExecPython(..)
                | Op::EvalPythonTest(..)
        )
    }) {
        return None;
    }
    let mut local = OptStats::default();
    let mut emitter = Emitter::new(old);

    // Iteration 1: the preamble.
    let mut pre = Copier::new();
    for (r, inst) in old.insts.iter().filter(|(r, _)| *r != jump_ref) {
        pre.copy(old, r, inst, &mut emitter, &mut local);
    }
    let marker = emitter.push_raw(Op::Loop(), None);

    // Iteration 2: loads of changed slots see what iteration 1 left there.
    for (slot, value) in end_state(old, &pre.map, jump_snap) {
        let boxed = match emitter.trace().insts[value].ty {
            Type::Int => emitter.emit(Op::BoxInt(value), None, &mut local)?,
            Type::Float => emitter.emit(Op::BoxFloat(value), None, &mut local)?,
            Type::Bool => emitter.emit(Op::BoxBool(value), None, &mut local)?,
            Type::Value => value,
            Type::Void => return None,
        };
        emitter.set_slot_value(slot, boxed);
    }
    let first_body_snap = emitter.trace().snapshots.next_key();
    let mut body = Copier::new();
    for (r, inst) in old.insts.iter().filter(|(r, _)| *r != jump_ref) {
        body.copy(old, r, inst, &mut emitter, &mut local);
    }
    let body_jump_snap = body.snapshot(old, jump_snap, &mut emitter);

    // subst: preamble value -> the body's value for the same old instruction.
    let mut subst: HashMap<IrRef, IrRef> = HashMap::new();
    for (r, inst) in old.insts.iter() {
        if r == jump_ref || inst.ty == Type::Void {
            continue;
        }
        let (q, b) = (pre.map[r], body.map[r]);
        if *subst.entry(q).or_insert(b) != b {
            return None;
        }
    }
    let mut built = emitter.finish();
    // In the loop the frame still holds what the preamble found there, so every body exit
    // must also write the loop header's state (LuaJIT merges the loop snapshot the same way).
    let header_state: Vec<(Slot, IrRef)> =
        old.snapshots[jump_snap].entries.iter().map(|&(slot, value)| (slot, pre.map[value])).collect();
    for (id, snapshot) in built.snapshots.iter_mut() {
        if id >= first_body_snap {
            let merged = Snapshot::new(snapshot.resume, header_state.iter().chain(snapshot.entries.iter()).copied());
            *snapshot = merged;
        }
    }
    let phis = find_phis(&built, marker, body_jump_snap, &subst)?;
    let peeled = assemble(&built, marker, &phis, &subst, body_jump_snap);
    local.phis += phis.len() as u32;
    accumulate(stats, &local);
    Some(peeled)
}

fn accumulate(stats: &mut OptStats, local: &OptStats) {
    stats.folded += local.folded;
    stats.cse_hits += local.cse_hits;
    stats.guards_removed += local.guards_removed;
    stats.phis += local.phis;
}

/// The preamble values the body needs per iteration, in definition order.
fn find_phis(built: &Trace, marker: IrRef, jump_snap: SnapshotId, subst: &HashMap<IrRef, IrRef>) -> Option<Vec<IrRef>> {
    let mut used: Vec<IrRef> = Vec::new();
    for (r, inst) in built.insts.iter().filter(|(r, _)| *r > marker) {
        let _ = r;
        inst.op.for_each_ref(|x| used.push(x));
        if let Some(snap) = inst.snap {
            used.extend(built.snapshots[snap].entries.iter().map(|&(_, x)| x));
        }
    }
    used.extend(built.snapshots[jump_snap].entries.iter().map(|&(_, x)| x));
    let mut phis: Vec<IrRef> = Vec::new();
    while let Some(q) = used.pop() {
        if q >= marker || phis.contains(&q) || built.insts[q].ty == Type::Void {
            continue;
        }
        let back = *subst.get(&q)?;
        if back != q {
            phis.push(q);
            // The back-edge value may itself be a variant preamble value.
            used.push(back);
        }
    }
    phis.sort();
    Some(phis)
}

/// Lays out preamble, `loop`, phis, body and `jump`, renaming the body's uses of variant
/// preamble values to their phis.
fn assemble(
    built: &Trace,
    marker: IrRef,
    phis: &[IrRef],
    subst: &HashMap<IrRef, IrRef>,
    jump_snap: SnapshotId,
) -> Trace {
    let mut out = Trace { helpers: built.helpers.clone(), ..Trace::default() };
    let mut map = ref_map();
    let mut first_user: SecondaryMap<SnapshotId, Option<IrRef>> = SecondaryMap::new();
    for (r, inst) in built.insts.iter() {
        if let Some(snap) = inst.snap {
            first_user[snap].get_or_insert(r);
        }
    }
    for (r, inst) in built.insts.iter().take(marker.index() + 1) {
        map[r] = out.insts.push(inst.clone());
    }
    for &q in phis {
        let phi = out.push(Op::Phi(q), None);
        map[q] = phi;
    }
    for (r, inst) in built.insts.iter().skip(marker.index() + 1) {
        let mut inst = inst.clone();
        inst.op.map_refs(|x| map[x]);
        map[r] = out.insts.push(inst);
    }
    let args: Box<[IrRef]> = phis.iter().map(|q| map[subst.get(q).copied().unwrap_or(*q)]).collect();
    out.push(Op::Jump(args), Some(jump_snap));
    for (id, snapshot) in built.snapshots.iter() {
        let in_body = first_user[id].is_none_or(|user| user > marker) || id == jump_snap;
        out.snapshots.push(if in_body { snapshot.map_refs(|x| map[x]) } else { snapshot.clone() });
    }
    out
}
