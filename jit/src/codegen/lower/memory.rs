//! Lowering of memory the trace reads and writes beside its own slots' plain loads:
//! counted and replacing slot stores (inline reference counting), list lengths and element
//! arrays read inline, an instance's attribute array read inline (`attr_items`), element
//! addresses.
//!
//! Invariant: a slot store releases exactly the reference the slot owned (if it held a
//!   heap value), and a counted store takes one for the value it writes.
//! Invariant: a list is read inline only through a ref that passed `guard_tag …, list`
//!   earlier in the trace, at offsets `trace_calls::list_layout` measured; an instance only
//!   after its tag is checked inline, at offsets `instance_layout` measured, and the class
//!   the recorder saw (kept alive by the trace) is read through its constant address.

use super::{flags, slot_offset, CodegenError, Lowerer};
use crate::codegen::abi::{self, PAYLOAD_OFFSET, SLOT_SIZE, TAG_OFFSET};
use crate::ir::{IrRef, Slot};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};

impl Lowerer<'_> {
    /// `list_length`/`list_items` inline, for a ref known to be a list: the word at `offset`
    /// in its `Rc` allocation (its length or element pointer) when its `RefCell` is not
    /// borrowed, else `refused` (-1 or 0), exactly what the helpers return. Both loads
    /// run either way (the list is alive; no thread writes it meanwhile) and a select
    /// picks, so there is no branch.
    pub(super) fn list_word(
        &mut self,
        list: IrRef,
        layout: crate::trace_calls::ListLayout,
        offset: i32,
        refused: i64,
    ) -> Result<Value, CodegenError> {
        let (_, payload) = self.boxed(list)?;
        let flag = self.b.ins().load(types::I64, flags(), payload, layout.borrow_offset());
        let word = self.b.ins().load(types::I64, flags(), payload, offset);
        let free = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
        let refused = self.iconst(types::I64, refused);
        Ok(self.b.ins().select(free, word, refused))
    }

    /// `module_attr_is` inline: the module value's tag and payload word, then the slot's
    /// tag and payload word, read through the module's `RefCell<Vec<Value>>` (at a fixed
    /// address: the trace keeps the module alive) with a list's offsets; the slot is read
    /// only when the cell is not mutably borrowed and the slot is in range.
    pub(super) fn module_attr_is(
        &mut self,
        layout: crate::trace_calls::ListLayout,
        module: IrRef,
        [module_word, slots, slot, function]: [i64; 4],
    ) -> Result<Value, CodegenError> {
        let (tag, payload) = self.boxed(module)?;
        let is_other = self.b.ins().icmp_imm_s(IntCC::Equal, tag, runtime::value::Tag::Other as i64);
        let is_module = self.b.ins().icmp_imm_s(IntCC::Equal, payload, module_word);
        let cell = self.iconst(types::I64, slots);
        let flag = self.b.ins().load(types::I64, flags(), cell, layout.in_cell(layout.borrow_offset()));
        let len = self.b.ins().load(types::I64, flags(), cell, layout.in_cell(layout.len_offset()));
        let readable = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, flag, 0);
        let in_range = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, len, slot);
        let ok = self.b.ins().band(is_other, is_module);
        let ok = self.b.ins().band(ok, readable);
        let ok = self.b.ins().band(ok, in_range);
        let (read, done) = (self.b.create_block(), self.b.create_block());
        let result = self.b.append_block_param(done, types::I8);
        let no = self.iconst(types::I8, 0);
        self.b.ins().brif(ok, read, &[], done, &[no.into()]);
        self.b.switch_to_block(read);
        let items = self.b.ins().load(types::I64, flags(), cell, layout.in_cell(layout.items_offset()));
        let offset = i32::try_from(slot * i64::from(SLOT_SIZE)).map_err(|_| CodegenError::Internal("a slot index"))?;
        let elem_tag = self.b.ins().load(types::I8, flags(), items, offset + TAG_OFFSET);
        let elem_payload = self.b.ins().load(types::I64, flags(), items, offset + PAYLOAD_OFFSET);
        let native = self.b.ins().icmp_imm_s(IntCC::Equal, elem_tag, runtime::value::Tag::Native as i64);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, elem_payload, function);
        let same = self.b.ins().band(native, same);
        self.b.ins().jump(done, &[same.into()]);
        self.b.switch_to_block(done);
        Ok(result)
    }

    /// `attr_items` inline: the instance's shape word is `shape` and its shape, dict and
    /// slots cells are free, with no dict (all folded into one test of an OR of words), else
    /// the helper (which answers 0 where this fails). The class is not read: the shape
    /// implies it, and a `class_is_plain` guard on it comes first. A value not yet known to
    /// be an instance is tested first.
    pub(super) fn attr_items(
        &mut self,
        layout: crate::instance_layout::InstanceLayout,
        obj: IrRef,
        shape: i64,
    ) -> Result<Value, CodegenError> {
        let (tag, payload) = self.boxed(obj)?;
        let word = |this: &mut Self, base: Value, off: i32| this.b.ins().load(types::I64, flags(), base, off);
        let (shape_flag, shape_word) = layout.shape();
        let (dict_flag, dict_word) = layout.dict();
        let (slots_flag, slots_items) = layout.slots();
        let (read, fallback, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(done, types::I64);
        if self.instances[obj] {
            self.b.ins().jump(read, &[]);
        } else {
            let is_instance = self.b.ins().icmp_imm_s(IntCC::Equal, tag, runtime::value::Tag::Instance as i64);
            self.b.ins().brif(is_instance, read, &[], fallback, &[]);
        }
        self.b.switch_to_block(read);
        self.b.seal_block(read);
        let expected = self.iconst(types::I64, layout.allocation_of(shape as usize) as i64);
        let actual = word(self, payload, shape_word);
        let mut differs = self.b.ins().bxor(actual, expected);
        for off in [shape_flag, dict_word, dict_flag, slots_flag] {
            let w = word(self, payload, off);
            differs = self.b.ins().bor(differs, w);
        }
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, differs, 0);
        let items = word(self, payload, slots_items);
        self.b.ins().brif(ok, done, &[items.into()], fallback, &[]);
        self.b.set_cold_block(fallback);
        self.b.switch_to_block(fallback);
        self.b.seal_block(fallback);
        let called = self.call_on_value_with(crate::trace_calls::attr_items_addr(), obj, &[shape])?;
        self.b.ins().jump(done, &[called.into()]);
        self.b.switch_to_block(done);
        self.b.seal_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// `class_is_plain` inline: the class's cached answer while its epoch is the current
    /// one, else (a cold path) the helper, which recomputes and refreshes the cache.
    pub(super) fn class_is_plain(
        &mut self,
        layout: crate::instance_layout::InstanceLayout,
        class: i64,
    ) -> Result<Value, CodegenError> {
        let (plain_epoch, plain_answer) = layout.plain_cache();
        let class_base = self.iconst(types::I64, layout.allocation_of(class as usize) as i64);
        let epoch_cell = self.iconst(types::I64, runtime::object::class::class_epoch_addr() as i64);
        let epoch = self.b.ins().load(types::I64, flags(), epoch_cell, 0);
        let seen = self.b.ins().load(types::I64, flags(), class_base, plain_epoch);
        let current = self.b.ins().icmp(IntCC::Equal, epoch, seen);
        let (cached, stale, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(done, types::I8);
        self.b.ins().brif(current, cached, &[], stale, &[]);
        self.b.switch_to_block(cached);
        self.b.seal_block(cached);
        let answer = self.b.ins().load(types::I8, flags(), class_base, plain_answer);
        let plain = self.b.ins().icmp_imm_s(IntCC::NotEqual, answer, 0);
        self.b.ins().jump(done, &[plain.into()]);
        self.b.set_cold_block(stale);
        self.b.switch_to_block(stale);
        self.b.seal_block(stale);
        let answer = self.call_class_word(crate::trace_calls::class_is_plain_addr(), class)?;
        let plain = self.b.ins().icmp_imm_s(IntCC::NotEqual, answer, 0);
        self.b.ins().jump(done, &[plain.into()]);
        self.b.switch_to_block(done);
        self.b.seal_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// A call of a helper on the class at `class` (`extern "C" fn(i64) -> i64`:
    /// `class_is_plain`, `class_version`).
    pub(super) fn call_class_word(&mut self, addr: usize, class: i64) -> Result<Value, CodegenError> {
        let mut sig = self.template.clone();
        sig.params.push(cranelift_codegen::ir::AbiParam::new(types::I64));
        sig.returns.push(cranelift_codegen::ir::AbiParam::new(types::I64));
        let sig_ref = self.b.import_signature(sig);
        let callee = self.iconst(self.ptr, addr as i64);
        let arg = self.iconst(types::I64, class);
        let call = self.b.ins().call_indirect(sig_ref, callee, &[arg]);
        self.b.inst_results(call).first().copied().ok_or(CodegenError::Internal("a class helper without result"))
    }

    /// `items + 16 * index`: an element's address.
    pub(super) fn elem_addr(&mut self, items: IrRef, index: IrRef) -> Result<Value, CodegenError> {
        let (items, index) = (self.raw(items)?, self.raw(index)?);
        let offset = self.b.ins().imul_imm_s(index, i64::from(SLOT_SIZE));
        Ok(self.b.ins().iadd(items, offset))
    }

    /// A counted store, inline (what `Value::store(slot, v.clone())` does): a heap value's
    /// reference count (the first word of its `Rc` allocation, `abi::RC_STRONG_OFFSET`) is
    /// incremented, the slot overwritten, and the old value's count decremented; the last
    /// reference is released by `trace_calls::release_value` (a cold call, through
    /// `cold_calls`' trampoline).
    pub(super) fn store_counted(&mut self, slot: Slot, v: IrRef) -> Result<(), CodegenError> {
        let (tag, payload) = self.boxed(v)?;
        self.store_counted_boxed(slot_offset(slot), tag, payload);
        Ok(())
    }

    /// `store_counted` of a boxed value into the slot at `offset` (also an exit's write of a
    /// sunk store).
    pub(super) fn store_counted_boxed(&mut self, offset: i32, tag: Value, payload: Value) {
        let heap = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, tag, i64::from(abi::FIRST_HEAP_TAG));
        abi::emit_rc_increment(&mut self.b, heap, payload);
        self.replace_slot(offset, tag, payload);
    }

    /// A raw store of an immediate: two stores, or, into a global's slot, `replace_slot`.
    pub(super) fn store_raw(&mut self, slot: Slot, offset: i32, tag: Value, payload: Value) {
        if self.shared.contains(&slot) {
            self.replace_slot(offset, tag, payload);
        } else {
            abi::store_tag(&mut self.b, flags(), tag, self.slots, offset);
            self.b.ins().store(flags(), payload, self.slots, offset + PAYLOAD_OFFSET);
        }
    }

    /// Overwrites the slot at `offset` with `tag`/`payload`, releasing the reference the
    /// slot held when it held a heap value. Raw stores (of immediates) go through here too:
    /// their slots hold immediates, except a global a residual call's callee assigned an
    /// object to, whose reference the slot owns and must not leak.
    pub(super) fn replace_slot(&mut self, offset: i32, tag: Value, payload: Value) {
        let old_tag = self.b.ins().load(types::I8, flags(), self.slots, offset + TAG_OFFSET);
        let old_payload = self.b.ins().load(types::I64, flags(), self.slots, offset + PAYLOAD_OFFSET);
        abi::store_tag(&mut self.b, flags(), tag, self.slots, offset);
        self.b.ins().store(flags(), payload, self.slots, offset + PAYLOAD_OFFSET);
        let old_heap =
            self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, old_tag, i64::from(abi::FIRST_HEAP_TAG));
        let done = abi::emit_rc_decrement(&mut self.b, old_heap, old_payload);
        let addr = self.spill_boxed(old_tag, old_payload);
        // Through the `preserve_all` trampoline: the loop's registers stay where they are.
        let sig_ref = self.b.import_signature(super::super::cold_calls::trampoline_signature(self.ptr));
        let callee = self.iconst(self.ptr, self.cold.release_value as i64);
        self.b.ins().call_indirect(sig_ref, callee, &[addr]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }
}

impl Lowerer<'_> {
    /// `class_attr`: the helper writes the value into a stack slot, read back as a boxed
    /// value.
    pub(super) fn class_attr(&mut self, class: i64, name: i64, len: i64) -> Result<super::Lowered, CodegenError> {
        use cranelift_codegen::ir::{AbiParam, StackSlotData, StackSlotKind};
        let out = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, SLOT_SIZE as u32, 3));
        let out_addr = self.b.ins().stack_addr(self.ptr, out, 0);
        let mut sig = self.template.clone();
        for _ in 0..3 {
            sig.params.push(AbiParam::new(types::I64));
        }
        sig.params.push(AbiParam::new(self.ptr));
        let sig_ref = self.b.import_signature(sig);
        let callee = self.iconst(self.ptr, crate::trace_calls::class_attr_addr() as i64);
        let args =
            [self.iconst(types::I64, class), self.iconst(types::I64, name), self.iconst(types::I64, len), out_addr];
        self.b.ins().call_indirect(sig_ref, callee, &args);
        let tag = self.b.ins().stack_load(self.ptr, types::I8, out, TAG_OFFSET);
        let payload = self.b.ins().stack_load(self.ptr, types::I64, out, PAYLOAD_OFFSET);
        Ok(super::Lowered::Boxed { tag, payload })
    }
}
