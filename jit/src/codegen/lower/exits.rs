//! Lowering of the exits: each guard's cold exit block writes its snapshot back into the
//! slots (boxing raw values) and returns the exit number, or runs the exit's side trace.
//!
//! Invariant: guards before the loop whose snapshots write the same refs share one
//! write-back block, which takes the exit number as a parameter. Each of those refs is
//! defined on the trace's one path before every guard using it (the snapshot invariant),
//! so it dominates the block.

use super::{flags, slot_offset, CodegenError, Lowered, Lowerer};
use crate::codegen::abi;
use crate::ir::{IrRef, Slot, SnapshotId, Tag, Type};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, BlockArg, InstBuilder};
use cranelift_entity::EntityRef;
use hashbrown::HashMap;

impl Lowerer<'_> {
    /// Writes a snapshot's values into their slots, boxing raw values; into a counted slot
    /// with reference counting: `inline_counted` for a write-back that runs often (the back
    /// edge of a recorded-form loop, the exit at the loop's test, taken at every end of an
    /// inner loop), else through a helper call (less code to compile for the other exits).
    pub(super) fn write_back(&mut self, snap: SnapshotId, inline_counted: bool) -> Result<(), CodegenError> {
        let entries = self.trace.snapshots[snap].entries.clone();
        // Counted slots last: their helper call then clobbers no value still to be written.
        let (counted, raw): (Vec<_>, Vec<_>) = entries.into_iter().partition(|(slot, _)| self.counted.contains(slot));
        for (slot, value) in raw.into_iter().chain(counted) {
            let offset = slot_offset(slot);
            let (tag, payload) = match (self.trace.insts[value].ty, self.values[value]) {
                (Type::Int, Lowered::Raw(v)) => (self.iconst(types::I8, Tag::Int as i64), v),
                (Type::Float, Lowered::Raw(v)) => (self.iconst(types::I8, Tag::Float as i64), v),
                (Type::Bool, Lowered::Raw(v)) => (self.iconst(types::I8, Tag::Bool as i64), v),
                (Type::Value, Lowered::Boxed { tag, payload }) => (tag, payload),
                _ => return Err(CodegenError::Internal("snapshot entry without value")),
            };
            if self.counted.contains(&slot) && inline_counted {
                // A sunk store (`opt::sink`): the value may be a heap one the slot must own.
                self.store_counted_boxed(offset, tag, payload);
            } else if self.counted.contains(&slot) {
                // `*slot = v.clone()` through a helper.
                let value = self.spill_boxed(tag, payload);
                let addr = crate::trace_calls::store_counted_exit_addr();
                self.store_through(addr, slot, value, &[], Type::Void);
            } else {
                self.store_raw(slot, offset, tag, payload);
            }
        }
        Ok(())
    }

    /// Fills the exit blocks. Exits before the loop (the peeled iteration's) whose
    /// snapshots write the same values (the guards of one statement, or of statements that
    /// assign nothing) jump to one shared write-back block, which takes the exit number as
    /// its parameter: less code for Cranelift to compile. Exits in the loop body, and exits
    /// with a side trace, keep their own: sharing the body's cost `loop_sum` a register move
    /// per iteration (7%, the allocator's choice for the loop-carried values).
    pub(super) fn finish_exits(&mut self) -> Result<(), CodegenError> {
        // Blocks made from here on (reference counting in write-backs, side-trace calls)
        // are exit code: out of line, like the exit blocks themselves.
        let first_exit_block = self.b.func.dfg.num_blocks();
        let exits = std::mem::take(&mut self.exits);
        let has_side = |snap: SnapshotId| self.sides.iter().any(|link| link.snap == snap);
        let mut users: HashMap<&[(Slot, IrRef)], usize> = HashMap::new();
        for &(_, snap, _) in exits.iter().filter(|&&(_, snap, in_loop)| !in_loop && !has_side(snap)) {
            *users.entry(&self.trace.snapshots[snap].entries[..]).or_default() += 1;
        }
        let mut shared: HashMap<&[(Slot, IrRef)], Block> = HashMap::new();
        // The loop body's first exit is its test (`i < n`, the list not exhausted).
        let loop_test = exits.iter().find(|&&(_, _, in_loop)| in_loop).map(|&(block, ..)| block);
        for (block, snap, in_loop) in exits {
            self.b.switch_to_block(block);
            if let Some(link) = self.sides.iter().find(|link| link.snap == snap) {
                self.write_back(snap, false)?;
                self.run_side(*link)?;
                continue;
            }
            let id = self.iconst(types::I32, i64::from(snap.as_u32()));
            let entries = &self.trace.snapshots[snap].entries[..];
            if in_loop || users[entries] == 1 {
                self.write_back(snap, Some(block) == loop_test)?;
                self.b.ins().return_(&[id]);
                continue;
            }
            if let Some(&write_back) = shared.get(entries) {
                self.b.ins().jump(write_back, &[BlockArg::Value(id)]);
                continue;
            }
            let write_back = self.b.create_block();
            self.b.set_cold_block(write_back);
            let id_param = self.b.append_block_param(write_back, types::I32);
            self.b.ins().jump(write_back, &[BlockArg::Value(id)]);
            self.b.switch_to_block(write_back);
            // Every entry is defined before each guard that shares the block (the
            // snapshot invariant), on the trace's one path, so it dominates the block.
            self.write_back(snap, false)?;
            self.b.ins().return_(&[id_param]);
            shared.insert(entries, write_back);
        }
        for index in first_exit_block..self.b.func.dfg.num_blocks() {
            self.b.set_cold_block(Block::new(index));
        }
        Ok(())
    }

    /// An exit with a side trace: run it on the slots (the exit's snapshot is written);
    /// when it completed the iteration, poll the interrupt flag and start the next one;
    /// else note its exit and return `link.exit`.
    fn run_side(&mut self, link: crate::codegen::SideLink) -> Result<(), CodegenError> {
        let sig = abi::trace_signature(self.template.clone(), self.ptr);
        let sig_ref = self.b.import_signature(sig);
        let callee = self.iconst(self.ptr, link.entry as i64);
        let call = self.b.ins().call_indirect(sig_ref, callee, &[self.slots, self.ctx]);
        let exit = *self.b.inst_results(call).first().ok_or(CodegenError::Internal("trace without result"))?;
        let done = self.b.ins().icmp_imm_u(IntCC::Equal, exit, i64::from(link.done));
        let (next, other) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(done, next, &[], other, &[]);

        self.b.switch_to_block(next);
        let interrupted = self.b.ins().load(types::I8, flags(), self.interrupt, 0);
        let (stop, go) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(interrupted, stop, &[], go, &[]);
        self.b.switch_to_block(go);
        self.b.ins().jump(self.start, &[]);
        // Interrupted: the slots hold the completed iteration, as at the back edge's exit.
        self.b.switch_to_block(stop);
        let id = self.iconst(types::I32, i64::from(link.interrupt));
        self.b.ins().return_(&[id]);

        self.b.switch_to_block(other);
        let note_sig = abi::helper_signature(self.template.clone(), self.ptr, &[Type::Int], Type::Void);
        let note_ref = self.b.import_signature(note_sig);
        let note_fn = self.iconst(self.ptr, crate::trace_calls::note_inner_exit_addr() as i64);
        let exit = self.b.ins().uextend(types::I64, exit);
        self.b.ins().call_indirect(note_ref, note_fn, &[self.ctx, exit]);
        let id = self.iconst(types::I32, i64::from(link.exit));
        self.b.ins().return_(&[id]);
        Ok(())
    }
}
