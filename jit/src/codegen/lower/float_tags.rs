//! Which `store_elem`s of a float may leave the element's tag word alone: those whose
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

use crate::ir::{IrRef, Op, OpFlags, Tag, TagImm, Trace};
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
