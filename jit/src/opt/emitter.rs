//! The emitter: appends instructions to a trace through `fold` and CSE (LuaJIT's
//! `lj_opt_fold` + `lj_opt_cse` on every emitted instruction), and the copy loop that the
//! rewriting passes share.
//!
//! The recorder emits through an `Emitter`, so most traces are folded before any pass runs;
//! every pass that rewrites the list re-emits through one too.
//!
//! Invariant: `emit` returns `Some(r)` for every op with a result (a new instruction or an
//!   existing equal value); `None` only for a guard or effect-free void op that is dropped
//!   because it is known to pass.
//! Invariant: a CSE hit never crosses a store to the same slot: `store_slot` replaces the
//!   entry for `load_slot` of its slot (store-to-load forwarding), and `forget_loads` drops
//!   load entries at a loop header for slots the loop body stores.
//! Invariant: a CSE hit on `load_elem` never crosses a store that may write that element:
//!   any two element arrays may be one list, so only a store and a load at two different
//!   constant indices are known apart.

use super::fold::{fold, Fold};
use super::OptStats;
use crate::ir::{Inst, IrRef, Op, OpFlags, Slot, SnapshotId, TagImm, Trace};
use crate::snapshot::Snapshot;
use cranelift_entity::packed_option::ReservedValue;
use cranelift_entity::SecondaryMap;
use hashbrown::HashMap;

/// Builds a trace instruction by instruction, folding and CSE-ing on the way. A clone is a
/// checkpoint (the recorder rolls back to one when a statement cannot be recorded).
#[derive(Clone)]
pub struct Emitter {
    trace: Trace,
    cse: HashMap<Op, IrRef>,
    /// The tag each `value` ref is known to have at this point (from boxing or a guard).
    known_tag: SecondaryMap<IrRef, Option<TagImm>>,
    /// Whether to look up and record CSE entries (the `fold` pass alone turns this off).
    pub use_cse: bool,
}

impl Emitter {
    /// An emitter for a new trace that may call `template`'s helpers.
    pub fn new(template: &Trace) -> Emitter {
        let trace = Trace { helpers: template.helpers.clone(), ..Trace::default() };
        Emitter { trace, cse: HashMap::new(), known_tag: SecondaryMap::new(), use_cse: true }
    }

    pub fn trace(&self) -> &Trace {
        &self.trace
    }

    pub fn finish(self) -> Trace {
        self.trace
    }

    /// The tag `r` is known to have here, if any.
    pub fn known_tag(&self, r: IrRef) -> Option<TagImm> {
        self.known_tag[r]
    }

    /// Declares a helper the trace may call (see `ir::Helper` for its calling convention).
    pub fn add_helper(&mut self, helper: crate::ir::Helper) -> crate::ir::HelperId {
        self.trace.add_helper(helper)
    }

    pub fn add_snapshot(&mut self, snapshot: Snapshot) -> SnapshotId {
        self.trace.add_snapshot(snapshot)
    }

    /// Appends `op` as is: for `loop`, `phi` and `jump`, which never fold.
    pub fn push_raw(&mut self, op: Op, snap: Option<SnapshotId>) -> IrRef {
        self.trace.push(op, snap)
    }

    /// Drops CSE entries of loads of `slots` (at a loop header, for the slots its body stores).
    pub fn forget_loads(&mut self, slots: &[Slot]) {
        self.cse.retain(|op, _| !matches!(op, Op::LoadSlot(s) if slots.contains(s)));
    }

    /// Drops CSE entries of list loads that the loop body may invalidate (at a loop header:
    /// element loads if the body stores elements, except loads at a constant index no
    /// store uses; all list loads if it may resize one).
    pub fn forget_heap_loads(&mut self, body: &Trace) {
        // Element stores: the constant indices they store at, or `None` for "any".
        let mut stored: Option<Vec<i64>> = Some(Vec::new());
        let mut stores = false;
        let mut resizes = false;
        let mut advances = false;
        for inst in body.insts.values() {
            match &inst.op {
                Op::StoreElem(_, index, _) => {
                    stores = true;
                    match (const_int(body, *index), stored.as_mut()) {
                        (Some(k), Some(ks)) => ks.push(k),
                        _ => stored = None,
                    }
                }
                Op::CallTrace(..)
                | Op::CallPython(..)
                | Op::CallPythonInto(..)
                | Op::ExecPython(..)
                | Op::EvalPythonTest(..) => resizes = true,
                Op::StoreIterPos(..) => advances = true,
                Op::CallHelper(helper, _) => match body.helpers[*helper].name.as_str() {
                    "list_append" => resizes = true,
                    "list_store" => {
                        stores = true;
                        stored = None;
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        if advances {
            self.cse.retain(|op, _| !matches!(op, Op::LoadIterPos(_)));
        }
        if resizes {
            self.cse.retain(|op, _| !is_heap_load(op));
        } else if stores {
            let trace = &self.trace;
            self.cse.retain(|op, _| match op {
                Op::LoadElem(_, index) => match (const_int(trace, *index), &stored) {
                    (Some(k), Some(ks)) => !ks.contains(&k),
                    _ => false,
                },
                _ => true,
            });
        }
    }

    /// Makes later `load_slot slot`s (until a store) yield `value` (loop peeling uses this
    /// to substitute the values the previous iteration left in the slots).
    pub fn set_slot_value(&mut self, slot: Slot, value: IrRef) {
        self.cse.insert(Op::LoadSlot(slot), value);
    }

    /// Emits `op` (guarded by `snap` if it is a guard) through fold and CSE.
    pub fn emit(&mut self, mut op: Op, snap: Option<SnapshotId>, stats: &mut OptStats) -> Option<IrRef> {
        // Folding can rewrite an op into another foldable one; the table is acyclic, but a
        // bound keeps a mistake there from hanging the JIT.
        for _ in 0..8 {
            canonicalize(&self.trace, &mut op);
            match fold(&self.trace, &self.known_tag, &op) {
                Fold::Keep => break,
                Fold::Ref(r) => {
                    stats.folded += 1;
                    return Some(r);
                }
                Fold::Drop => {
                    stats.guards_removed += 1;
                    return None;
                }
                Fold::Emit(new_op) => {
                    stats.folded += 1;
                    op = new_op;
                }
                Fold::WithConst { make, a, konst } => {
                    stats.folded += 1;
                    let konst = self.emit(Op::ConstInt(konst), None, stats)?;
                    op = make(a, konst);
                }
            }
        }
        let flags = op.flags();
        let cse_able = !flags.contains(OpFlags::EFFECT)
            && (flags.contains(OpFlags::PURE) || flags.contains(OpFlags::GUARD) || flags.contains(OpFlags::LOAD));
        if self.use_cse && cse_able {
            if let Some(&existing) = self.cse.get(&op) {
                if flags.contains(OpFlags::GUARD) && self.trace.insts[existing].ty == crate::ir::Type::Void {
                    stats.guards_removed += 1;
                    return None;
                }
                stats.cse_hits += 1;
                return Some(existing);
            }
        }
        let snap = if flags.contains(OpFlags::GUARD) { snap } else { None };
        let r = self.trace.push(op.clone(), snap);
        match &op {
            Op::BoxInt(_) => self.known_tag[r] = Some(TagImm(crate::ir::Tag::Int)),
            Op::BoxFloat(_) => self.known_tag[r] = Some(TagImm(crate::ir::Tag::Float)),
            Op::BoxBool(_) => self.known_tag[r] = Some(TagImm(crate::ir::Tag::Bool)),
            Op::ConstNone() => self.known_tag[r] = Some(TagImm(crate::ir::Tag::None)),
            Op::ConstRef(_, tag) => self.known_tag[r] = Some(*tag),
            // The slot's str is appended to, or replaced.
            Op::StrAppend(slot, _) | Op::StoreIntStr(slot, _) => {
                self.cse.retain(|op, _| !matches!(op, Op::LoadSlot(s) if s == slot))
            }
            Op::GuardTag(value, tag) => self.known_tag[*value] = Some(*tag),
            Op::StoreSlot(slot, value) => {
                self.cse.insert(Op::LoadSlot(*slot), *value);
            }
            // An inner loop's trace, or Python code a residual call runs, may write any slot
            // (the call: any global) or element, and resize lists or reshape instances.
            Op::CallTrace(..)
            | Op::CallPython(..)
            | Op::CallPythonInto(..)
            | Op::ExecPython(..)
            | Op::EvalPythonTest(..) => self.cse.retain(|op, _| !matches!(op, Op::LoadSlot(_)) && !is_heap_load(op)),
            // Element arrays may alias (two refs, one list), so a store forgets every element
            // load except those at another constant index, then forwards itself.
            Op::StoreElem(items, index, value) => {
                let trace = &self.trace;
                let stored = const_int(trace, *index);
                self.cse.retain(|op, _| match op {
                    Op::LoadElem(_, other) => {
                        stored.is_some() && const_int(trace, *other).is_some_and(|k| Some(k) != stored)
                    }
                    _ => true,
                });
                self.cse.insert(Op::LoadElem(*items, *index), *value);
            }
            // A list iterator's position: the store forwards itself to the next load.
            Op::StoreIterPos(addr, pos) => {
                self.cse.retain(|op, _| !matches!(op, Op::LoadIterPos(_)));
                self.cse.insert(Op::LoadIterPos(*addr), *pos);
            }
            Op::CallHelper(helper, _) if self.trace.helpers[*helper].name == "list_append" => {
                self.cse.retain(|op, _| !is_heap_load(op));
            }
            Op::CallHelper(helper, _) if self.trace.helpers[*helper].name == "list_store" => {
                self.cse.retain(|op, _| !matches!(op, Op::LoadElem(..)));
            }
            _ => {}
        }
        if self.use_cse && cse_able {
            self.cse.insert(op, r);
        }
        Some(r)
    }
}

/// The value of `r` if it is an int constant.
fn const_int(trace: &Trace, r: IrRef) -> Option<i64> {
    match trace.insts.get(r).map(|inst| &inst.op) {
        Some(Op::ConstInt(k)) => Some(*k),
        _ => None,
    }
}

/// Loads of list memory (lengths, element arrays, elements, list iterators).
fn is_heap_load(op: &Op) -> bool {
    matches!(
        op,
        Op::ListLength(_)
            | Op::ListItems(_)
            | Op::AttrItems(..)
            | Op::LoadElem(..)
            | Op::ModuleAttrIs(..)
            | Op::ClassVersion(_)
            | Op::ClassIsPlain(_)
            | Op::ClassAttr(..)
            | Op::ListIterPos(_)
            | Op::ListIterList(_)
            | Op::EnumCountAddr(_)
            | Op::EnumInner(_)
            | Op::ZipInner(..)
            | Op::TupleItems(..)
            | Op::LoadIterPos(_)
    )
}

/// Puts constants on the right of commutative ops, and otherwise the older ref first, so
/// that `a + b` and `b + a` CSE together and fold rules need one order only.
fn canonicalize(trace: &Trace, op: &mut Op) {
    if !op.flags().contains(OpFlags::COMMUTATIVE) {
        return;
    }
    let is_const = |r: IrRef| {
        trace.insts.get(r).is_some_and(|inst| matches!(inst.op, Op::ConstInt(_) | Op::ConstFloat(_) | Op::ConstBool(_)))
    };
    let mut refs = Vec::with_capacity(2);
    op.for_each_ref(|r| refs.push(r));
    if let [a, b] = refs[..] {
        let swap = (is_const(a) && !is_const(b)) || (is_const(a) == is_const(b) && a > b);
        if swap {
            op.map_refs(|r| if r == a { b } else { a });
        }
    }
}

/// Copies instructions from an old trace into an emitter, remembering where each went.
pub struct Copier {
    /// Old ref -> new ref (void instructions map to themselves; nothing uses them).
    pub map: SecondaryMap<IrRef, IrRef>,
    snapshots: SecondaryMap<SnapshotId, Option<SnapshotId>>,
}

impl Default for Copier {
    fn default() -> Self {
        Copier::new()
    }
}

impl Copier {
    pub fn new() -> Copier {
        Copier { map: ref_map(), snapshots: SecondaryMap::new() }
    }

    /// The new id of old snapshot `id`, copied (with mapped refs) on first use.
    pub fn snapshot(&mut self, old: &Trace, id: SnapshotId, emitter: &mut Emitter) -> SnapshotId {
        if let Some(new) = self.snapshots[id] {
            return new;
        }
        let map = &self.map;
        let new = emitter.add_snapshot(old.snapshots[id].map_refs(|r| map[r]));
        self.snapshots[id] = Some(new);
        new
    }

    /// Copies one old instruction through fold and CSE, or raw for loop structure.
    pub fn copy(&mut self, old: &Trace, r: IrRef, inst: &Inst, emitter: &mut Emitter, stats: &mut OptStats) {
        let mut op = inst.op.clone();
        let map = &self.map;
        op.map_refs(|x| map[x]);
        let snap = inst.snap.map(|s| self.snapshot(old, s, emitter));
        let new = match op {
            Op::Loop() => {
                let marker = emitter.push_raw(op, snap);
                emitter.forget_loads(&slots_stored_in_loop(old));
                emitter.forget_heap_loads(old);
                Some(marker)
            }
            Op::Phi(_) | Op::Jump(_) | Op::Exit() => Some(emitter.push_raw(op, snap)),
            _ => emitter.emit(op, snap, stats),
        };
        self.map[r] = new.unwrap_or(r);
    }
}

/// A map from refs to refs whose unset entries are the reserved (invalid) ref.
pub fn ref_map() -> SecondaryMap<IrRef, IrRef> {
    SecondaryMap::with_default(IrRef::reserved_value())
}

/// Slots that `store_slot`s after the `loop` marker write (their loads must not be CSE'd
/// across the loop header).
pub fn slots_stored_in_loop(trace: &Trace) -> Vec<Slot> {
    let Some(marker) = trace.loop_marker() else { return Vec::new() };
    trace
        .insts
        .iter()
        .filter(|(r, _)| *r > marker)
        .filter_map(|(_, inst)| match inst.op {
            Op::StoreSlot(slot, _) => Some(slot),
            _ => None,
        })
        .collect()
}

/// Re-emits a whole trace through a fresh emitter (the `fold` and `cse` passes).
pub fn reemit(trace: &mut Trace, use_cse: bool, stats: &mut OptStats) {
    let old = std::mem::take(trace);
    let mut emitter = Emitter::new(&old);
    emitter.use_cse = use_cse;
    let mut copier = Copier::new();
    for (r, inst) in old.insts.iter() {
        copier.copy(&old, r, inst, &mut emitter, stats);
    }
    *trace = emitter.finish();
}
