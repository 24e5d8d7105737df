//! Store sinking: in a loop that calls nothing, a `store_slot` of a heap value (`p` in
//! `for p in particles`, `b2 = bodies[j]`) moves into the snapshots after it, so the frame
//! slot is written only when the trace leaves. A counted store costs an increment, a
//! decrement and two tests per iteration; a sunk one costs nothing in the loop. Peeling
//! then treats the slot like any other written through the `jump` snapshot: the body
//! carries the value in a phi, and every exit of the body writes it (with reference
//! counting: `codegen::lower::exits` writes a heap value into a counted slot as a counted
//! store, and the verifier counts a slot that a snapshot writes a heap value into).
//!
//! Why the value stays alive without the slot's reference: the trace releases nothing. It
//! may hold no other slot store, no helper or residual call and no store-through op
//! (everything with an effect but element and iterator-position stores, which write
//! immediates over immediates), so every object it reads stays referenced by what held it
//! when the trace read it, until an exit has written the slot.
//!
//! Invariant: runs on recorded form (one iteration ending in `jump`); a sunk store's slot
//! is written by exactly the snapshots first used after the store (unless they write the
//! slot already, with a later assignment), and no snapshot is used on both sides of it.

use super::emitter::{Copier, Emitter};
use super::OptStats;
use crate::ir::{is_immediate_tag, IrRef, Op, OpFlags, Slot, SnapshotId, TagImm, Trace};
use crate::snapshot::Snapshot;
use cranelift_entity::SecondaryMap;

pub fn run(trace: &mut Trace, stats: &mut OptStats) {
    let Some(stores) = sinkable_stores(trace) else { return };
    let mut old = std::mem::take(trace);
    let mut users: SecondaryMap<SnapshotId, Vec<IrRef>> = SecondaryMap::new();
    for (r, inst) in old.insts.iter() {
        if let Some(snap) = inst.snap {
            users[snap].push(r);
        }
    }
    let mut extended: Vec<(SnapshotId, Snapshot)> = Vec::new();
    for (id, snapshot) in old.snapshots.iter() {
        let mut added: Vec<(Slot, IrRef)> = Vec::new();
        for &(store, slot, value) in &stores {
            let after = users[id].iter().filter(|&&user| user > store).count();
            if after != 0 && after != users[id].len() {
                *trace = old;
                return;
            }
            if after != 0 && snapshot.get(slot).is_none() {
                added.push((slot, value));
            }
        }
        if !added.is_empty() {
            extended.push((id, Snapshot::new(snapshot.resume, snapshot.entries.iter().copied().chain(added))));
        }
    }
    for (id, snapshot) in extended {
        old.snapshots[id] = snapshot;
    }
    let mut emitter = Emitter::new(&old);
    let mut copier = Copier::new();
    for (r, inst) in old.insts.iter() {
        if stores.iter().any(|&(store, ..)| store == r) {
            copier.map[r] = r;
        } else {
            copier.copy(&old, r, inst, &mut emitter, stats);
        }
    }
    *trace = emitter.finish();
}

/// The heap-value stores to sink (store, slot, value), if the trace allows it: a loop in
/// recorded form that releases nothing but through those stores, each slot stored once and
/// not read after its store.
fn sinkable_stores(trace: &Trace) -> Option<Vec<(IrRef, Slot, IrRef)>> {
    let (_, last) = trace.insts.last()?;
    if trace.loop_marker().is_some() || !matches!(last.op, Op::Jump(_)) {
        return None;
    }
    let mut heap = SecondaryMap::<IrRef, bool>::new();
    let mut stores: Vec<(IrRef, Slot, IrRef)> = Vec::new();
    for (r, inst) in trace.insts.iter() {
        match inst.op {
            Op::GuardTag(v, TagImm(tag)) => heap[v] = !is_immediate_tag(tag),
            Op::StoreSlot(slot, v) if heap[v] && stores.iter().all(|&(_, s, _)| s != slot) => {
                stores.push((r, slot, v));
            }
            Op::LoadSlot(slot) if stores.iter().any(|&(_, s, _)| s == slot) => return None,
            Op::StoreElem(..) | Op::StoreIterPos(..) | Op::Jump(_) => {}
            ref op if op.flags().contains(OpFlags::EFFECT) => return None,
            _ => {}
        }
    }
    (!stores.is_empty()).then_some(stores)
}
