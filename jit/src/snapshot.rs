//! Snapshots: the interpreter state a side exit must rebuild.
//!
//! A snapshot says where the interpreter resumes (`resume`, an opaque number the recorder
//! defines, e.g. an index into its table of statement paths) and which frame slots the exit
//! must write back, with the IR value each one holds at that point. Slots not listed still
//! hold what they held on entry (or what a `store_slot` put there). Unboxed values are boxed
//! on the way out (tag byte at offset 0, payload at offset 8, as `runtime::Value`).
//!
//! Invariant: every guard instruction and the `jump` have exactly one snapshot; a snapshot
//!   may be shared by several guards when nothing changed between them (LuaJIT does the same).
//! Invariant: a snapshot mentions only refs defined before the first instruction using it.
//! Invariant: entries are sorted by slot and name each slot at most once.
//! Invariant: a `value`-typed entry is an immediate (never a heap reference), so writing it
//!   back needs no reference counting; the verifier checks this.
//! The verifier (`verify.rs`) checks the last three; `Snapshot::new` establishes the order.

use crate::ir::{IrRef, Slot};

/// The state to restore at one exit.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Snapshot {
    /// Where the interpreter resumes; its meaning belongs to the recorder.
    pub resume: u32,
    /// `(slot, value)` pairs, sorted by slot.
    pub entries: Vec<(Slot, IrRef)>,
}

impl Snapshot {
    /// A snapshot with its entries sorted by slot; for a slot listed twice the last wins
    /// (the recorder can pass its slot map in assignment order).
    pub fn new(resume: u32, entries: impl IntoIterator<Item = (Slot, IrRef)>) -> Snapshot {
        let mut sorted: Vec<(Slot, IrRef)> = Vec::new();
        for (slot, value) in entries {
            match sorted.binary_search_by_key(&slot, |&(s, _)| s) {
                Ok(i) => sorted[i].1 = value,
                Err(i) => sorted.insert(i, (slot, value)),
            }
        }
        Snapshot { resume, entries: sorted }
    }

    /// The value the exit writes into `slot`, if it writes one.
    pub fn get(&self, slot: Slot) -> Option<IrRef> {
        self.entries.binary_search_by_key(&slot, |&(s, _)| s).ok().map(|i| self.entries[i].1)
    }

    /// A copy with every ref mapped through `f` (used when passes renumber or copy code).
    pub fn map_refs(&self, mut f: impl FnMut(IrRef) -> IrRef) -> Snapshot {
        Snapshot { resume: self.resume, entries: self.entries.iter().map(|&(s, r)| (s, f(r))).collect() }
    }
}
