//! Dead-code elimination: drops instructions nothing needs, dead phis with their `jump`
//! arguments, and snapshots no instruction uses (renumbering the rest in order of use).
//!
//! Roots: effects, guards that can raise or change control flow, `loop` and `jump`. An
//! overflow-only guard (`OVF` in the op table) whose result nobody uses is dead too: Python
//! cannot observe an int that was never used overflowing. A phi is live only if something
//! other than its own back edge needs it.
//!
//! Invariant: snapshot entries of live guards keep their values alive.

use super::emitter::ref_map;
use super::OptStats;
use crate::ir::{IrRef, Op, OpFlags, SnapshotId, Trace};
use cranelift_entity::SecondaryMap;

fn is_root(op: &Op) -> bool {
    let flags = op.flags();
    flags.contains(OpFlags::EFFECT)
        || (flags.contains(OpFlags::GUARD) && !flags.contains(OpFlags::OVF))
        || matches!(op, Op::Loop() | Op::Jump(_) | Op::Exit())
}

pub fn run(trace: &mut Trace, stats: &mut OptStats) {
    let phis = trace.phis();
    let jump_args: Vec<IrRef> = match trace.insts.last().map(|(_, inst)| &inst.op) {
        Some(Op::Jump(args)) => args.to_vec(),
        _ => Vec::new(),
    };
    let mut live: SecondaryMap<IrRef, bool> = SecondaryMap::new();
    let mut work: Vec<IrRef> = trace.insts.iter().filter(|(_, inst)| is_root(&inst.op)).map(|(r, _)| r).collect();
    for &r in &work {
        live[r] = true;
    }
    while let Some(r) = work.pop() {
        let inst = &trace.insts[r];
        let mut needs: Vec<IrRef> = Vec::new();
        if !matches!(inst.op, Op::Jump(_)) {
            inst.op.for_each_ref(|x| needs.push(x));
        }
        if let Some(snap) = inst.snap {
            needs.extend(trace.snapshots[snap].entries.iter().map(|&(_, x)| x));
        }
        if let Some(i) = phis.iter().position(|&p| p == r) {
            needs.extend(jump_args.get(i).copied());
        }
        for x in needs {
            if !live[x] {
                live[x] = true;
                work.push(x);
            }
        }
    }

    let old = std::mem::take(trace);
    let mut out = Trace { helpers: old.helpers.clone(), ..Trace::default() };
    let mut map = ref_map();
    let mut snap_map: SecondaryMap<SnapshotId, Option<SnapshotId>> = SecondaryMap::new();
    for (r, inst) in old.insts.iter() {
        if !live[r] {
            stats.dead += 1;
            continue;
        }
        let mut inst = inst.clone();
        if let Op::Jump(args) = &inst.op {
            let kept: Box<[IrRef]> =
                args.iter().zip(&phis).filter(|(_, &phi)| live[phi]).map(|(&arg, _)| map[arg]).collect();
            inst.op = Op::Jump(kept);
        } else {
            inst.op.map_refs(|x| map[x]);
        }
        if let Some(snap) = inst.snap {
            let new = match snap_map[snap] {
                Some(new) => new,
                None => {
                    let new = out.snapshots.push(old.snapshots[snap].map_refs(|x| map[x]));
                    snap_map[snap] = Some(new);
                    new
                }
            };
            inst.snap = Some(new);
        }
        map[r] = out.insts.push(inst);
    }
    debug_assert!(out.insts.len() <= old.insts.len());
    *trace = out;
}
