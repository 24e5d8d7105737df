//! The textual IR format, used by dumps and by the snapshot tests (and read back by `parse.rs`).
//!
//! ```text
//! helper @pow(int, int) -> int
//! %0 = load_slot s0
//! snap 0 resume 1:
//! guard_tag %0, int  [snap 0]
//! %1 = unbox_int %0
//! snap 1 resume 2: s0=%1
//! %2 = add_int_ovf %1, %1  [snap 1]
//! ```
//! Helpers come first; a snapshot is printed on the line before the first instruction that
//! uses it, and snapshots nothing uses are printed at the end, so printing then parsing then
//! printing gives the same text.
//!
//! Invariant: the output names every instruction by its index (`%n` is `insts[n]`) and
//! every snapshot by its id, so `parse(print(t)) == t`.

use super::{tag_name, HelperId, IrRef, ResultKind, Slot, TagImm, Trace, Type, F64};
use crate::ir::SnapshotId;
use cranelift_entity::{EntityRef, SecondaryMap};
use std::fmt::Write;

/// How an operand of each Rust type prints.
pub(super) trait Operand {
    fn fmt(&self, trace: &Trace, out: &mut String);
}

impl Operand for IrRef {
    fn fmt(&self, _: &Trace, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Operand for Slot {
    fn fmt(&self, _: &Trace, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Operand for TagImm {
    fn fmt(&self, _: &Trace, out: &mut String) {
        out.push_str(tag_name(self.0));
    }
}

impl Operand for i64 {
    fn fmt(&self, _: &Trace, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Operand for F64 {
    fn fmt(&self, _: &Trace, out: &mut String) {
        // `{:?}` is the shortest text that reads back to the same bits (`1.0`, `inf`, `NaN`).
        let _ = write!(out, "{:?}", self.get());
    }
}

impl Operand for bool {
    fn fmt(&self, _: &Trace, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl Operand for Box<[IrRef]> {
    fn fmt(&self, _: &Trace, out: &mut String) {
        out.push('(');
        for (i, r) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "{r}");
        }
        out.push(')');
    }
}

impl Operand for HelperId {
    fn fmt(&self, trace: &Trace, out: &mut String) {
        match trace.helpers.get(*self) {
            Some(helper) => {
                let _ = write!(out, "@{}", helper.name);
            }
            None => {
                let _ = write!(out, "@?{}", self.index());
            }
        }
    }
}

fn print_snapshot(trace: &Trace, id: SnapshotId, out: &mut String) {
    let Some(snap) = trace.snapshots.get(id) else { return };
    let _ = write!(out, "snap {} resume {}:", id.index(), snap.resume);
    for (i, (slot, value)) in snap.entries.iter().enumerate() {
        let _ = write!(out, "{}{slot}={value}", if i == 0 { " " } else { ", " });
    }
    out.push('\n');
}

/// Prints a whole trace.
pub fn print(trace: &Trace) -> String {
    let mut out = String::new();
    for helper in trace.helpers.values() {
        let params: Vec<&str> = helper.params.iter().map(|t| t.name()).collect();
        let _ = writeln!(out, "helper @{}({}) -> {}", helper.name, params.join(", "), helper.ret.name());
    }
    let mut printed: SecondaryMap<SnapshotId, bool> = SecondaryMap::new();
    for (r, inst) in trace.insts.iter() {
        if let Some(snap) = inst.snap {
            if !printed[snap] {
                printed[snap] = true;
                print_snapshot(trace, snap, &mut out);
            }
        }
        if inst.ty != Type::Void || inst.op.result_kind() != ResultKind::Fixed(Type::Void) {
            let _ = write!(out, "{r} = ");
        }
        out.push_str(inst.op.name());
        inst.op.fmt_operands(trace, &mut out);
        if let Some(snap) = inst.snap {
            let _ = write!(out, "  [snap {}]", snap.index());
        }
        out.push('\n');
    }
    for id in trace.snapshots.keys() {
        if !printed[id] {
            print_snapshot(trace, id, &mut out);
        }
    }
    out
}
