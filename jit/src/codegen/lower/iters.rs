//! Lowering of the ops that read iterators and tuples in place: the list a list iterator
//! walks, the iterators an `enumerate` or `zip` draws from, and the inline items of a
//! small tuple.
//!
//! Invariant: what these ops return is only used after a guard on it (a tag guard on an
//! inner iterator, a nonzero guard on an item array), as the recorder emits them.

use super::{flags, CodegenError, Lowered, Lowerer};
use crate::ir::{IrRef, Tag};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};

impl Lowerer<'_> {
    /// `list_iter_list`, `enum_inner` or `zip_inner`: the helper at `addr` gives the
    /// payload word of the part (0 when there is none), boxed with `tag`, or unbound.
    pub(super) fn iterator_part(
        &mut self,
        addr: usize,
        it: IrRef,
        k: Option<i64>,
        tag: Tag,
    ) -> Result<Lowered, CodegenError> {
        let payload = self.call_on_value(addr, it, k)?;
        let found = self.b.ins().icmp_imm_s(IntCC::NotEqual, payload, 0);
        let other = self.iconst(types::I8, tag as i64);
        let unbound = self.iconst(types::I8, Tag::Unbound as i64);
        Ok(Lowered::Boxed { tag: self.b.ins().select(found, other, unbound), payload })
    }

    /// `tuple_items`: inline where the tuple layout is known (a tuple of 1 or 2 items keeps
    /// them inline, its capacity word holding the length), else the helper.
    pub(super) fn tuple_items(&mut self, t: IrRef, n: i64) -> Result<Value, CodegenError> {
        let Some(layout) = crate::tuple_layout::tuple_layout().filter(|_| (1..=2).contains(&n)) else {
            return self.call_on_value(crate::trace_calls::tuple_items_addr(), t, Some(n));
        };
        let (tag, payload) = self.boxed(t)?;
        let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, tag, Tag::Tuple as i64);
        // A tuple's length word is only read once the tag says it is one.
        let (read, done) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(done, types::I64);
        let zero = self.iconst(types::I64, 0);
        self.b.ins().brif(is_tuple, read, &[], done, &[zero.into()]);
        self.b.switch_to_block(read);
        self.b.seal_block(read);
        let len = self.b.ins().load(types::I64, flags(), payload, layout.len_offset());
        let right = self.b.ins().icmp_imm_s(IntCC::Equal, len, n);
        let items = self.b.ins().iadd_imm_s(payload, i64::from(layout.item_offset(0)));
        let zero = self.iconst(types::I64, 0);
        let items = self.b.ins().select(right, items, zero);
        self.b.ins().jump(done, &[items.into()]);
        self.b.switch_to_block(done);
        self.b.seal_block(done);
        Ok(self.b.block_params(done)[0])
    }
}
