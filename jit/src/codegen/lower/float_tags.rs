//! What the trace's guards prove about tags, for the lowering: which `store_elem`s of a
//! float may leave the element's tag word alone, which `value` phis have one tag, and
//! which loads are only ever used as floats.
//!
//! Float stores: those those whose
//! element the trace has already seen holding a float (a `load_elem` of the same list
//! items and index that passed `guard_tag …, float`, or an earlier float store there), with
//! nothing between that could have written another tag. `b[3] -= dx * m` then stores only
//! the payload.
//!
//! Invariant: an element marked here holds the float tag when its store runs. Between the
//! sighting and the store there are only ops that write no element (pure ops, loads, guards
//! without an effect, slot and iterator-position stores) or stores of floats, which may
//! alias the element but keep its tag. Anything else (a store of another type, a helper,
//! a residual or trace call) forgets every sighting, and so does the `loop` label: the
//! body's first iteration follows the preamble, the next ones the back edge.

use crate::ir::{IrRef, Op, OpFlags, Tag, TagImm, Trace, Type};
use cranelift_entity::SecondaryMap;
use hashbrown::HashSet;

/// The `store_elem`s (by ref) whose element already holds the float tag.
pub(super) fn float_tag_known(trace: &Trace) -> SecondaryMap<IrRef, bool> {
    let mut known_stores = SecondaryMap::new();
    let mut loaded_from: SecondaryMap<IrRef, Option<(IrRef, IrRef)>> = SecondaryMap::new();
    let mut float_elements: HashSet<(IrRef, IrRef)> = HashSet::new();
    for (r, inst) in trace.insts.iter() {
        match inst.op {
            Op::LoadElem(items, index) => loaded_from[r] = Some((items, index)),
            Op::GuardTag(v, TagImm(Tag::Float)) => {
                if let Some(element) = loaded_from[v] {
                    float_elements.insert(element);
                }
            }
            Op::StoreElem(items, index, v) if matches!(trace.insts[v].op, Op::BoxFloat(_)) => {
                known_stores[r] = float_elements.contains(&(items, index));
                float_elements.insert((items, index));
            }
            Op::StoreSlot(..) | Op::StoreIterPos(..) => {}
            ref op => {
                let flags = op.flags();
                let writes_nothing = flags.contains(OpFlags::PURE)
                    || flags.contains(OpFlags::LOAD)
                    || (flags.contains(OpFlags::GUARD) && !flags.contains(OpFlags::EFFECT));
                if !writes_nothing || matches!(op, Op::Loop()) {
                    float_elements.clear();
                }
            }
        }
    }
    known_stores
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
