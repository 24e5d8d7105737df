//! What the trace's guards prove about tags, for the lowering: which `store_elem`s of a
//! float may leave the element's tag word alone, which `value` phis have one tag, and
//! which loads are only ever used as floats.
//!
//! Float elements: an element (list items and index, as refs) the trace has seen holding a
//! float (a `load_elem` that passed `guard_tag …, float`, or a float store) holds one until
//! something could write another tag. A float store there leaves the tag word alone
//! (`b[3] -= dx * m` stores only the payload), and a load of it has the float tag: its
//! float guards are dropped, and its tag word is not read.
//!
//! Invariant: an element marked at a point holds the float tag there. Between the sighting
//! and that point there are only ops that write no element (pure ops, loads, guards without
//! an effect, slot and iterator-position stores, phis) or stores of floats, which may alias
//! the element but keep its tag. Anything else (a store of another type, a helper, a
//! residual or trace call) forgets every sighting. At the `loop` label the sightings of
//! elements named by refs from before it (invariant items and index) are kept if the body
//! holds nothing that forgets: the body's first iteration then follows the preamble's
//! sighting, and each later one an iteration that kept the tag (induction over iterations).
//! Otherwise the label forgets them all.

use crate::ir::{IrRef, Op, OpFlags, Tag, TagImm, Trace, Type};
use cranelift_entity::SecondaryMap;
use hashbrown::HashSet;

/// The `store_elem`s whose element already holds the float tag, the `load_elem`s of such
/// an element (their tag is the float one) and the float `guard_tag`s on those loads (all
/// by ref).
pub(super) fn float_tag_known(trace: &Trace) -> SecondaryMap<IrRef, bool> {
    let mut known = SecondaryMap::new();
    // Per load: its element, and how many times everything was forgotten before it.
    let mut loads: SecondaryMap<IrRef, Option<((IrRef, IrRef), u32)>> = SecondaryMap::new();
    let mut forgotten = 0u32;
    let mut float_elements: HashSet<(IrRef, IrRef)> = HashSet::new();
    let marker = trace.loop_marker();
    let body_forgets = marker.is_some_and(|m| trace.insts.iter().any(|(r, inst)| r > m && forgets(trace, &inst.op)));
    for (r, inst) in trace.insts.iter() {
        match inst.op {
            Op::LoadElem(items, index) => {
                loads[r] = Some(((items, index), forgotten));
                known[r] = float_elements.contains(&(items, index));
            }
            Op::GuardTag(v, TagImm(Tag::Float)) => {
                known[r] = known[v] && loads[v].is_some();
                // The guard proves what the load read; the element still holds it unless
                // something was forgotten since.
                if let Some((element, at)) = loads[v] {
                    if at == forgotten {
                        float_elements.insert(element);
                    }
                }
            }
            Op::StoreElem(items, index, _) if !forgets(trace, &inst.op) => {
                known[r] = !float_elements.insert((items, index));
            }
            Op::Loop() => {
                forgotten += 1;
                match marker {
                    Some(m) if !body_forgets => float_elements.retain(|&(items, index)| items < m && index < m),
                    _ => float_elements.clear(),
                }
            }
            ref op if forgets(trace, op) => {
                forgotten += 1;
                float_elements.clear();
            }
            _ => {}
        }
    }
    known
}

/// Whether `op` may write an element's tag (or anything a helper could): all but pure ops,
/// loads, guards without an effect, phis, slot and iterator-position stores, and stores
/// of floats.
fn forgets(trace: &Trace, op: &Op) -> bool {
    match *op {
        Op::StoreElem(_, _, v) => !matches!(trace.insts[v].op, Op::BoxFloat(_)),
        Op::StoreSlot(..) | Op::StoreIterPos(..) | Op::Phi(_) | Op::Jump(_) => false,
        _ => {
            let flags = op.flags();
            !(flags.contains(OpFlags::PURE)
                || flags.contains(OpFlags::LOAD)
                || (flags.contains(OpFlags::GUARD) && !flags.contains(OpFlags::EFFECT)))
        }
    }
}

/// The `value` phis whose input and back-edge value both passed a `guard_tag` of one tag
/// (`p` in `for p in particles`: an instance on entry and at every back edge), with that
/// tag. A guard passed on the trace's one path holds at every later point, so the phi has
/// that tag in every iteration.
pub(super) fn phi_tags(trace: &Trace) -> SecondaryMap<IrRef, Option<Tag>> {
    let mut guarded: SecondaryMap<IrRef, Option<Tag>> = SecondaryMap::new();
    for inst in trace.insts.values() {
        if let Op::GuardTag(v, TagImm(tag)) = inst.op {
            guarded[v] = Some(tag);
        }
    }
    let mut tags = SecondaryMap::new();
    let Some((_, Op::Jump(args))) = trace.insts.last().map(|(_, inst)| ((), &inst.op)) else { return tags };
    for (phi, &back) in trace.phis().into_iter().zip(args.iter()) {
        let Op::Phi(input) = trace.insts[phi].op else { continue };
        if trace.insts[phi].ty == Type::Value && guarded[input].is_some() && guarded[input] == guarded[back] {
            tags[phi] = guarded[input];
        }
    }
    tags
}

/// The `load_elem`s and `load_slot`s whose value the trace only tag-checks and unboxes as
/// a float (snapshots may write it back too): their payload is loaded straight into a float
/// register, instead of into an integer one and moved.
pub(super) fn float_only_loads(trace: &Trace) -> SecondaryMap<IrRef, bool> {
    let mut float_only = SecondaryMap::new();
    for (r, inst) in trace.insts.iter() {
        if let Op::LoadElem(..) | Op::LoadSlot(..) = inst.op {
            float_only[r] = true;
        }
    }
    for inst in trace.insts.values() {
        match inst.op {
            Op::GuardTag(_, TagImm(Tag::Float)) | Op::UnboxFloat(_) => {}
            ref op => op.for_each_ref(|r| float_only[r] = false),
        }
    }
    float_only
}
