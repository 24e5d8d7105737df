//! Lowering: trace IR -> Cranelift IR through `FunctionBuilder`.
//!
//! Block layout: the entry block holds the preamble; the `loop` marker (or, in recorded
//! form, the start) opens the loop header block, whose block parameters are the phis; each
//! guard ends its block with a branch to a cold exit block and a fall-through block; the
//! `jump` polls the interrupt flag (whose address the entry block loads once) and branches
//! back to the header. Exit blocks come last (`lower/exits.rs`):
//! each writes its snapshot into the slots (boxing raw values) and returns the exit number,
//! or, for an exit with a side trace (`SideLink`), calls it and, when it completed the
//! iteration, jumps to the start of the next one. A side trace's `exit` jumps to its exit
//! block.
//! Cranelift's own LICM, GVN and register allocation then work on a real loop.
//! `lower/memory.rs` holds the heap side: counted slot stores and inline list reads.
//!
//! Invariant: a `value` is a pair (I8 tag, I64 payload word); `int` is I64, `float` F64,
//!   `bool` I8 holding 0 or 1. A bool is stored to memory as one byte (the rest of the
//!   payload word of a `Value::Bool` is padding).
//! Invariant: an exit block is made per guard (not per snapshot); guards before the loop
//!   whose snapshots write the same refs share one write-back block. Every ref a snapshot
//!   writes is defined on the trace's one path before each guard using it, so it dominates
//!   the write-back.
//! Invariant: operations that trap in hardware (`sdiv`, `srem`, `fcvt_to_sint`) run only
//!   after the guard that excludes their trapping inputs has branched away.

mod exits;
mod float_tags;
mod iters;
mod memory;
mod pow;

use super::abi::{self, CTX_EXCEPTION, CTX_INTERRUPT, PAYLOAD_OFFSET, SLOT_SIZE, TAG_OFFSET};
use super::{int_ops, CodegenError};
use crate::ir::{IrRef, Op, Slot, SnapshotId, Tag, TagImm, Trace, Type};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, Block, BlockArg, Function, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind, Value,
};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_entity::SecondaryMap;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

/// How one IR value lives in Cranelift.
#[derive(Clone, Copy, Debug, Default)]
enum Lowered {
    #[default]
    None,
    Raw(Value),
    Boxed {
        tag: Value,
        payload: Value,
    },
}

struct Lowerer<'a> {
    b: FunctionBuilder<'a>,
    trace: &'a Trace,
    values: SecondaryMap<IrRef, Lowered>,
    slots: Value,
    ctx: Value,
    /// The interrupt flag's address, loaded once in the entry block (`JitContext::interrupt`
    /// never changes), so a back edge polls with one load.
    interrupt: Value,
    ptr: types::Type,
    header: Block,
    /// Exit blocks still to fill: (block, snapshot to write back).
    exits: Vec<(Block, SnapshotId, bool)>,
    /// Whether the code being lowered is the loop body (its exits write back on their own:
    /// sharing their write-backs cost the tightest loops a register move per iteration).
    in_loop: bool,
    /// A signature to copy for helper calls (the module's default convention).
    template: &'a Signature,
    /// The `preserve_all` trampolines for cold calls inside the loop.
    cold: super::cold_calls::ColdCalls,
    /// The loads whose payload is loaded as a float (`float_only_loads`).
    float_loads: SecondaryMap<IrRef, bool>,
    /// The float stores, loads and float guards whose element already holds the float tag
    /// (`float_tags`).
    float_tagged: SecondaryMap<IrRef, bool>,
    /// `value` phis whose every value has one tag (`phi_tags`): only the payload is
    /// carried around the loop.
    phi_tags: SecondaryMap<IrRef, Option<Tag>>,
    /// Slots whose stores are reference-counted (`VerifiedTrace::counted_slots`).
    counted: &'a [Slot],
    /// Side traces run by some exits instead of leaving (see `SideLink`).
    sides: &'a [super::SideLink],
    /// Slots of module globals, which may hold an object a residual call's callee stored
    /// (raw stores into them release it; see `replace_slot`).
    shared: &'a [Slot],
    /// Where an iteration starts: the loop header in recorded form, the preamble's block in
    /// peeled form (a completed side trace jumps here).
    start: Block,
    /// Refs that passed a `guard_tag …, list` (earlier in the trace, so on every path that
    /// reaches a later use: the trace is one path).
    lists: SecondaryMap<IrRef, bool>,
    /// Lists whose `RefCell` is known free: a `c < list_length(l)` guard with `c >= 0`
    /// passed, which the length a borrowed list reads as (-1) fails. Nothing borrows a list
    /// for longer than a helper call, so it stays free while the trace runs.
    unborrowed: SecondaryMap<IrRef, bool>,
    /// Values guarded to be instances (`attr_items` skips its tag test on them).
    instances: SecondaryMap<IrRef, bool>,
    /// Where a list's borrow flag, element pointer and length are, if this build's layout
    /// was pinned down (`trace_calls::list_layout`); else lists go through the helpers.
    list_layout: Option<crate::trace_calls::ListLayout>,
}

/// Memory flags for frame slots and the context: aligned, never trapping. Not `readonly`
/// or `can_move`: stores to slots and the interrupt flag change them.
fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

fn slot_offset(slot: Slot) -> i32 {
    slot.as_u32() as i32 * SLOT_SIZE
}

pub(super) fn lower(
    trace: &Trace,
    func: &mut Function,
    builder_ctx: &mut FunctionBuilderContext,
    config: TargetFrontendConfig,
    template: &Signature,
    cold: super::cold_calls::ColdCalls,
    counted: &[Slot],
    sides: &[super::SideLink],
    shared: &[Slot],
) -> Result<(), CodegenError> {
    let mut b = FunctionBuilder::new(func, builder_ctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let (slots, ctx) = match params[..] {
        [slots, ctx] => (slots, ctx),
        _ => return Err(CodegenError::Internal("trace signature")),
    };
    let interrupt = b.ins().load(config.pointer_type(), flags(), ctx, CTX_INTERRUPT);
    let header = b.create_block();
    // Recorded form: the whole trace is the loop.
    let start = if trace.loop_marker().is_none() { header } else { b.create_block() };
    b.ins().jump(start, &[]);
    b.switch_to_block(start);
    let mut lowerer = Lowerer {
        b,
        trace,
        values: SecondaryMap::new(),
        slots,
        ctx,
        interrupt,
        ptr: config.pointer_type(),
        header,
        exits: Vec::new(),
        in_loop: trace.loop_marker().is_none(),
        template,
        cold,
        counted,
        sides,
        shared,
        start,
        lists: SecondaryMap::new(),
        unborrowed: SecondaryMap::new(),
        instances: SecondaryMap::new(),
        list_layout: crate::trace_calls::list_layout(),
        float_loads: float_tags::float_only_loads(trace),
        float_tagged: float_tags::float_tag_known(trace),
        phi_tags: float_tags::phi_tags(trace),
    };
    for (r, inst) in trace.insts.iter() {
        lowerer.inst(r, &inst.op, inst.snap)?;
    }
    lowerer.finish_exits()?;
    lowerer.b.seal_all_blocks();
    lowerer.b.finalize(config);
    Ok(())
}

impl Lowerer<'_> {
    fn raw_of(&self, l: Lowered) -> Result<Value, CodegenError> {
        match l {
            Lowered::Raw(v) => Ok(v),
            _ => Err(CodegenError::Internal("expected a raw value")),
        }
    }

    fn raw(&self, r: IrRef) -> Result<Value, CodegenError> {
        match self.values[r] {
            Lowered::Raw(v) => Ok(v),
            _ => Err(CodegenError::Internal("expected a raw value")),
        }
    }

    fn boxed(&self, r: IrRef) -> Result<(Value, Value), CodegenError> {
        match self.values[r] {
            Lowered::Boxed { tag, payload } => Ok((tag, payload)),
            _ => Err(CodegenError::Internal("expected a boxed value")),
        }
    }

    fn iconst(&mut self, ty: types::Type, v: i64) -> Value {
        self.b.ins().iconst(ty, v)
    }

    fn boxed_const_tag(&mut self, tag: Tag, payload: Value) -> Lowered {
        let tag = self.iconst(types::I8, tag as i64);
        Lowered::Boxed { tag, payload }
    }

    /// Leaves through `snap` when `cond` is non-zero.
    fn exit_if(&mut self, cond: Value, snap: Option<SnapshotId>) -> Result<(), CodegenError> {
        self.exit_when(cond, true, snap)
    }

    /// Leaves through `snap` when the boolean `cond` is false.
    fn exit_unless_bool(&mut self, cond: Value, snap: Option<SnapshotId>) -> Result<(), CodegenError> {
        self.exit_when(cond, false, snap)
    }

    /// Leaves through `snap` when `cond` (non-zero: true) is `exit_on`; carries on in a new
    /// block otherwise.
    fn exit_when(&mut self, cond: Value, exit_on: bool, snap: Option<SnapshotId>) -> Result<(), CodegenError> {
        let snap = snap.ok_or(CodegenError::Internal("guard without snapshot"))?;
        let exit = self.b.create_block();
        self.b.set_cold_block(exit);
        let cont = self.b.create_block();
        if exit_on {
            self.b.ins().brif(cond, exit, &[], cont, &[]);
        } else {
            self.b.ins().brif(cond, cont, &[], exit, &[]);
        }
        self.exits.push((exit, snap, self.in_loop));
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// Leaves through `snap` when `cond` is zero.
    fn exit_unless(&mut self, cond: Value, snap: Option<SnapshotId>) -> Result<(), CodegenError> {
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, cond, 0);
        self.exit_if(failed, snap)
    }

    fn bin(
        &mut self,
        a: IrRef,
        b: IrRef,
        f: fn(&mut FunctionBuilder, Value, Value) -> Value,
    ) -> Result<Lowered, CodegenError> {
        let (a, b) = (self.raw(a)?, self.raw(b)?);
        Ok(Lowered::Raw(f(&mut self.b, a, b)))
    }

    /// `b` where `better(x, y)` holds, else `a` (Python's two-argument `min`/`max`).
    fn pick(
        &mut self,
        a: IrRef,
        b: IrRef,
        better: fn(&mut FunctionBuilder, Value, Value) -> Value,
    ) -> Result<Lowered, CodegenError> {
        let (a, b) = (self.raw(a)?, self.raw(b)?);
        let take_b = better(&mut self.b, a, b);
        Ok(Lowered::Raw(self.b.ins().select(take_b, b, a)))
    }

    fn un(&mut self, a: IrRef, f: fn(&mut FunctionBuilder, Value) -> Value) -> Result<Lowered, CodegenError> {
        let a = self.raw(a)?;
        Ok(Lowered::Raw(f(&mut self.b, a)))
    }

    fn int_cmp(&mut self, cc: IntCC, a: IrRef, b: IrRef) -> Result<Lowered, CodegenError> {
        let (a, b) = (self.raw(a)?, self.raw(b)?);
        Ok(Lowered::Raw(self.b.ins().icmp(cc, a, b)))
    }

    fn float_cmp(&mut self, cc: FloatCC, a: IrRef, b: IrRef) -> Result<Lowered, CodegenError> {
        let (a, b) = (self.raw(a)?, self.raw(b)?);
        Ok(Lowered::Raw(self.b.ins().fcmp(cc, a, b)))
    }

    fn inst(&mut self, r: IrRef, op: &Op, snap: Option<SnapshotId>) -> Result<(), CodegenError> {
        let lowered = match *op {
            Op::ConstInt(v) => Lowered::Raw(self.iconst(types::I64, v)),
            Op::ConstFloat(v) => Lowered::Raw(self.b.ins().f64const(v.get())),
            Op::ConstBool(v) => Lowered::Raw(self.iconst(types::I8, v as i64)),
            Op::ConstNone() => {
                let zero = self.iconst(types::I64, 0);
                self.boxed_const_tag(Tag::None, zero)
            }
            Op::LoadSlot(slot) => {
                let offset = slot_offset(slot);
                let tag = self.b.ins().load(types::I8, flags(), self.slots, offset + TAG_OFFSET);
                let ty = if self.float_loads[r] { types::F64 } else { types::I64 };
                let payload = self.b.ins().load(ty, flags(), self.slots, offset + PAYLOAD_OFFSET);
                Lowered::Boxed { tag, payload }
            }
            Op::StoreSlot(slot, v) if self.counted.contains(&slot) => {
                // A heap value: take a reference to it, release what the slot held.
                self.store_counted(slot, v)?;
                Lowered::None
            }
            Op::ListLength(list) => match self.list_layout {
                Some(layout) if self.lists[list] => {
                    Lowered::Raw(self.list_word(list, layout, layout.len_offset(), -1)?)
                }
                _ => Lowered::Raw(self.call_on_value(crate::trace_calls::list_length_addr(), list, None)?),
            },
            Op::ListItems(list) => match self.list_layout {
                Some(layout) if self.lists[list] && self.unborrowed[list] => {
                    let (_, payload) = self.boxed(list)?;
                    Lowered::Raw(self.b.ins().load(types::I64, flags(), payload, layout.items_offset()))
                }
                Some(layout) if self.lists[list] => {
                    Lowered::Raw(self.list_word(list, layout, layout.items_offset(), 0)?)
                }
                _ => Lowered::Raw(self.call_on_value(crate::trace_calls::list_items_addr(), list, None)?),
            },
            Op::AttrItems(obj, shape, _class) => match crate::instance_layout::instance_layout() {
                Some(layout) => Lowered::Raw(self.attr_items(layout, obj, shape)?),
                None => Lowered::Raw(self.call_on_value(crate::trace_calls::attr_items_addr(), obj, Some(shape))?),
            },
            Op::ClassIsPlain(class) => match crate::instance_layout::instance_layout() {
                Some(layout) => Lowered::Raw(self.class_is_plain(layout, class)?),
                None => {
                    let answer = self.call_class_word(crate::trace_calls::class_is_plain_addr(), class)?;
                    Lowered::Raw(self.b.ins().icmp_imm_s(IntCC::NotEqual, answer, 0))
                }
            },
            Op::ClassAttr(class, name, len) => self.class_attr(class, name, len)?,
            Op::ClassVersion(class) => match crate::instance_layout::instance_layout() {
                Some(layout) => {
                    let base = self.iconst(types::I64, layout.allocation_of(class as usize) as i64);
                    Lowered::Raw(self.b.ins().load(types::I64, flags(), base, layout.class_version()))
                }
                None => Lowered::Raw(self.call_class_word(crate::trace_calls::class_version_addr(), class)?),
            },
            Op::ModuleAttrIs(module, module_word, slots, slot, function) => match self.list_layout {
                Some(layout) => {
                    Lowered::Raw(self.module_attr_is(layout, module, [module_word, slots, slot, function])?)
                }
                None => {
                    let addr = crate::trace_calls::module_attr_is_addr();
                    let same = self.call_on_value_with(addr, module, &[module_word, slots, slot, function])?;
                    Lowered::Raw(self.b.ins().icmp_imm_s(IntCC::NotEqual, same, 0))
                }
            },
            Op::ListIterPos(it) => {
                Lowered::Raw(self.call_on_value(crate::trace_calls::list_iter_pos_addr(), it, None)?)
            }
            Op::ListIterList(it) => {
                self.iterator_part(crate::trace_calls::list_iter_list_addr(), it, None, Tag::List)?
            }
            Op::EnumCountAddr(it) => {
                Lowered::Raw(self.call_on_value(crate::trace_calls::enum_count_addr_addr(), it, None)?)
            }
            Op::EnumInner(it) => self.iterator_part(crate::trace_calls::enum_inner_addr(), it, None, Tag::Other)?,
            Op::ZipInner(it, k) => self.iterator_part(crate::trace_calls::zip_inner_addr(), it, Some(k), Tag::Other)?,
            Op::TupleItems(t, n) => Lowered::Raw(self.tuple_items(t, n)?),
            Op::LoadIterPos(addr) => {
                let addr = self.raw(addr)?;
                Lowered::Raw(self.b.ins().load(types::I64, flags(), addr, 0))
            }
            Op::StoreIterPos(addr, pos) => {
                let (addr, pos) = (self.raw(addr)?, self.raw(pos)?);
                self.b.ins().store(flags(), pos, addr, 0);
                Lowered::None
            }
            Op::LoadElem(items, index) => {
                let addr = self.elem_addr(items, index)?;
                let tag = match self.float_tagged[r] {
                    true => self.iconst(types::I8, Tag::Float as i64),
                    false => self.b.ins().load(types::I8, flags(), addr, TAG_OFFSET),
                };
                // A float-only load's payload is an F64 (`UnboxFloat` takes it as it is).
                let ty = if self.float_loads[r] { types::F64 } else { types::I64 };
                let payload = self.b.ins().load(ty, flags(), addr, PAYLOAD_OFFSET);
                Lowered::Boxed { tag, payload }
            }
            Op::StoreElem(items, index, v) => {
                let (tag, mut payload) = self.boxed(v)?;
                // A boxed float is stored from its float register.
                if let Op::BoxFloat(x) = self.trace.insts[v].op {
                    payload = self.raw(x)?;
                }
                let addr = self.elem_addr(items, index)?;
                if !self.float_tagged[r] {
                    abi::store_tag(&mut self.b, flags(), tag, addr, 0);
                }
                self.b.ins().store(flags(), payload, addr, PAYLOAD_OFFSET);
                Lowered::None
            }
            Op::ConstRef(word, TagImm(tag)) => {
                let payload = self.iconst(types::I64, word);
                self.boxed_const_tag(tag, payload)
            }
            Op::StrAppend(slot, rhs) => {
                let addr = crate::trace_calls::str_append_addr();
                let rhs = self.spill(rhs)?;
                let done = self.store_through(addr, slot, rhs, &[], Type::Bool);
                Lowered::Raw(done.ok_or(CodegenError::Internal("str_append without result"))?)
            }
            Op::StoreListIter(slot, list) => {
                let list = self.spill(list)?;
                self.store_through(crate::trace_calls::store_list_iter_addr(), slot, list, &[], Type::Void);
                Lowered::None
            }
            Op::StoreIntStr(slot, n) => {
                let n = self.spill(n)?;
                self.store_through(crate::trace_calls::store_int_str_addr(), slot, n, &[], Type::Void);
                Lowered::None
            }
            Op::StoreDictIter(slot, dict, part) => {
                let dict = self.spill(dict)?;
                self.store_through(crate::trace_calls::store_dict_iter_addr(), slot, dict, &[part], Type::Void);
                Lowered::None
            }
            Op::StoreSlot(slot, v) => {
                let (tag, payload) = self.boxed(v)?;
                self.store_raw(slot, slot_offset(slot), tag, payload);
                Lowered::None
            }
            // A float element the trace saw holding a float since (`float_tags`).
            Op::GuardTag(..) if self.float_tagged[r] => Lowered::None,
            Op::GuardTag(v, TagImm(tag)) => {
                self.lists[v] |= tag == Tag::List;
                self.instances[v] |= tag == Tag::Instance;
                let (actual, _) = self.boxed(v)?;
                let wrong = self.b.ins().icmp_imm_s(IntCC::NotEqual, actual, tag as i64);
                self.exit_if(wrong, snap)?;
                Lowered::None
            }
            Op::UnboxInt(v) | Op::Payload(v) => Lowered::Raw(self.boxed(v)?.1),
            Op::TagOf(v) => {
                let tag = self.boxed(v)?.0;
                Lowered::Raw(self.b.ins().uextend(types::I64, tag))
            }
            Op::UnboxFloat(v) => {
                let payload = self.boxed(v)?.1;
                if self.b.func.dfg.value_type(payload) == types::F64 {
                    Lowered::Raw(payload)
                } else {
                    Lowered::Raw(self.b.ins().bitcast(types::F64, MemFlagsData::new(), payload))
                }
            }
            Op::UnboxBool(v) => {
                let payload = self.boxed(v)?.1;
                Lowered::Raw(self.b.ins().ireduce(types::I8, payload))
            }
            Op::BoxInt(x) => {
                let x = self.raw(x)?;
                self.boxed_const_tag(Tag::Int, x)
            }
            Op::BoxFloat(x) => {
                let x = self.raw(x)?;
                let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), x);
                self.boxed_const_tag(Tag::Float, bits)
            }
            Op::BoxBool(x) => {
                let x = self.raw(x)?;
                let word = self.b.ins().uextend(types::I64, x);
                self.boxed_const_tag(Tag::Bool, word)
            }
            Op::AddIntOvf(a, b) | Op::SubIntOvf(a, b) if self.positive_const(b) => {
                // By a positive constant the result overflowed exactly when it moved the wrong
                // way: one compare the branch fuses with, instead of `seto` + `test`.
                let (a, b) = (self.raw(a)?, self.raw(b)?);
                let (res, cc) = match op {
                    Op::AddIntOvf(..) => (self.b.ins().iadd(a, b), IntCC::SignedLessThan),
                    _ => (self.b.ins().isub(a, b), IntCC::SignedGreaterThan),
                };
                let overflow = self.b.ins().icmp(cc, res, a);
                self.exit_if(overflow, snap)?;
                Lowered::Raw(res)
            }
            Op::AddIntOvf(a, b) | Op::SubIntOvf(a, b) | Op::MulIntOvf(a, b) => {
                let (a, b) = (self.raw(a)?, self.raw(b)?);
                let (res, overflow) = match op {
                    Op::AddIntOvf(..) => self.b.ins().sadd_overflow(a, b),
                    Op::SubIntOvf(..) => self.b.ins().ssub_overflow(a, b),
                    _ => self.b.ins().smul_overflow(a, b),
                };
                self.exit_if(overflow, snap)?;
                Lowered::Raw(res)
            }
            Op::NegIntOvf(a) => {
                let a = self.raw(a)?;
                let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                self.exit_if(is_min, snap)?;
                Lowered::Raw(self.b.ins().ineg(a))
            }
            Op::AddInt(a, b) => self.bin(a, b, |b, x, y| b.ins().iadd(x, y))?,
            Op::SubInt(a, b) => self.bin(a, b, |b, x, y| b.ins().isub(x, y))?,
            Op::MulInt(a, b) => self.bin(a, b, |b, x, y| b.ins().imul(x, y))?,
            Op::FloordivInt(a, b) => Lowered::Raw(self.floordiv(a, b, snap)?),
            Op::ModInt(a, b) => Lowered::Raw(self.modulo(a, b, snap)?),
            Op::AndInt(a, b) => self.bin(a, b, |b, x, y| b.ins().band(x, y))?,
            Op::OrInt(a, b) => self.bin(a, b, |b, x, y| b.ins().bor(x, y))?,
            Op::XorInt(a, b) => self.bin(a, b, |b, x, y| b.ins().bxor(x, y))?,
            Op::InvertInt(a) => self.un(a, |b, x| b.ins().bnot(x))?,
            Op::LshiftIntOvf(a, b) => {
                let (a, b) = (self.raw(a)?, self.raw(b)?);
                let (shifted, fail) = int_ops::lshift(&mut self.b, a, b);
                self.exit_if(fail, snap)?;
                Lowered::Raw(shifted)
            }
            Op::RshiftInt(a, b) => {
                let (a, b) = (self.raw(a)?, self.raw(b)?);
                let fail = int_ops::rshift_fails(&mut self.b, b);
                self.exit_if(fail, snap)?;
                Lowered::Raw(int_ops::rshift_after_check(&mut self.b, a, b))
            }
            // Cranelift's `sshr` takes the count modulo 64, as `sar_int` defines.
            Op::SarInt(a, b) => self.bin(a, b, |b, x, y| b.ins().sshr(x, y))?,
            Op::LtInt(a, b) => self.int_cmp(IntCC::SignedLessThan, a, b)?,
            Op::LeInt(a, b) => self.int_cmp(IntCC::SignedLessThanOrEqual, a, b)?,
            Op::GtInt(a, b) => self.int_cmp(IntCC::SignedGreaterThan, a, b)?,
            Op::GeInt(a, b) => self.int_cmp(IntCC::SignedGreaterThanOrEqual, a, b)?,
            Op::EqInt(a, b) => self.int_cmp(IntCC::Equal, a, b)?,
            Op::NeInt(a, b) => self.int_cmp(IntCC::NotEqual, a, b)?,
            Op::AddFloat(a, b) => self.bin(a, b, |b, x, y| b.ins().fadd(x, y))?,
            Op::SubFloat(a, b) => self.bin(a, b, |b, x, y| b.ins().fsub(x, y))?,
            Op::MulFloat(a, b) => self.bin(a, b, |b, x, y| b.ins().fmul(x, y))?,
            Op::DivFloat(a, b) => {
                let (a, b) = (self.raw(a)?, self.raw(b)?);
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, b, zero);
                self.exit_if(is_zero, snap)?;
                Lowered::Raw(self.b.ins().fdiv(a, b))
            }
            Op::DivFloatNonzero(a, b) => self.bin(a, b, |b, x, y| b.ins().fdiv(x, y))?,
            Op::NegFloat(a) => self.un(a, |b, x| b.ins().fneg(x))?,
            Op::AbsFloat(a) => self.un(a, |b, x| b.ins().fabs(x))?,
            Op::MinFloat(a, b) => self.pick(a, b, |b, x, y| b.ins().fcmp(FloatCC::LessThan, y, x))?,
            Op::MaxFloat(a, b) => self.pick(a, b, |b, x, y| b.ins().fcmp(FloatCC::GreaterThan, y, x))?,
            Op::MinInt(a, b) => self.bin(a, b, |b, x, y| b.ins().smin(x, y))?,
            Op::PowFloat(a, b) => Lowered::Raw(self.pow_float(a, b, snap)?),
            Op::SelectInt(c, a, b) | Op::SelectFloat(c, a, b) | Op::SelectBool(c, a, b) => {
                let (c, a, b) = (self.raw(c)?, self.raw(a)?, self.raw(b)?);
                Lowered::Raw(self.b.ins().select(c, a, b))
            }
            Op::MaxInt(a, b) => self.bin(a, b, |b, x, y| b.ins().smax(x, y))?,
            Op::AbsIntOvf(a) => {
                let a = self.raw(a)?;
                let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                self.exit_if(is_min, snap)?;
                Lowered::Raw(self.b.ins().iabs(a))
            }
            Op::SqrtFloat(a) => {
                let a = self.raw(a)?;
                let zero = self.b.ins().f64const(0.0);
                let negative = self.b.ins().fcmp(FloatCC::LessThan, a, zero);
                self.exit_if(negative, snap)?;
                Lowered::Raw(self.b.ins().sqrt(a))
            }
            Op::MathFloat(a, func) => Lowered::Raw(self.math_float(a, func, snap)?),
            Op::FloorFloat(a) => self.un(a, |b, x| b.ins().floor(x))?,
            Op::IntToFloat(a) => self.un(a, |b, x| b.ins().fcvt_from_sint(types::F64, x))?,
            Op::FloatToInt(a) => {
                let a = self.raw(a)?;
                // [-2^63, 2^63) truncates into i64; NaN fails both comparisons.
                let lo = self.b.ins().f64const(-9.223372036854775808e18);
                let hi = self.b.ins().f64const(9.223372036854775808e18);
                let above = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, a, lo);
                let below = self.b.ins().fcmp(FloatCC::LessThan, a, hi);
                let in_range = self.b.ins().band(above, below);
                self.exit_unless(in_range, snap)?;
                Lowered::Raw(self.b.ins().fcvt_to_sint(types::I64, a))
            }
            Op::LtFloat(a, b) => self.float_cmp(FloatCC::LessThan, a, b)?,
            Op::LeFloat(a, b) => self.float_cmp(FloatCC::LessThanOrEqual, a, b)?,
            Op::GtFloat(a, b) => self.float_cmp(FloatCC::GreaterThan, a, b)?,
            Op::GeFloat(a, b) => self.float_cmp(FloatCC::GreaterThanOrEqual, a, b)?,
            Op::EqFloat(a, b) => self.float_cmp(FloatCC::Equal, a, b)?,
            Op::NeFloat(a, b) => self.float_cmp(FloatCC::NotEqual, a, b)?,
            Op::NotBool(a) => {
                let a = self.raw(a)?;
                Lowered::Raw(self.b.ins().icmp_imm_s(IntCC::Equal, a, 0))
            }
            Op::GuardTrue(c) => {
                if let Some(list) = self.bounded_list(c) {
                    self.unborrowed[list] = true;
                }
                let c = self.raw(c)?;
                self.exit_unless(c, snap)?;
                Lowered::None
            }
            Op::GuardFalse(c) => {
                let c = self.raw(c)?;
                self.exit_if(c, snap)?;
                Lowered::None
            }
            Op::GuardRange(x, lo, hi) => {
                // One unsigned compare: `x - lo` wraps above `hi - lo` exactly when x is outside.
                let x = self.raw(x)?;
                let offset = self.b.ins().iadd_imm_s(x, lo.wrapping_neg());
                let outside = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, offset, hi.wrapping_sub(lo));
                self.exit_if(outside, snap)?;
                Lowered::None
            }
            Op::GuardNoException() => {
                let pending = self.b.ins().load(types::I8, flags(), self.ctx, CTX_EXCEPTION);
                self.exit_if(pending, snap)?;
                Lowered::None
            }
            Op::CallHelper(helper, ref args) => self.call_helper(helper, args)?,
            Op::CallTrace(entry, ref ends) => self.call_trace(entry, ends)?,
            Op::CallPython(site, ref args) | Op::CallPythonInto(_, site, ref args) => self.call_python(site, args)?,
            Op::ExecPython(site) => self.exec_python(site, crate::residual::exec_python_addr())?,
            Op::EvalPythonTest(site) => {
                let r = self.exec_python(site, crate::residual::eval_python_test_addr())?;
                let r = self.raw_of(r)?;
                Lowered::Raw(self.b.ins().uextend(types::I64, r))
            }
            Op::Loop() => {
                self.enter_loop()?;
                Lowered::None
            }
            // Phis became the header's parameters in `enter_loop`.
            Op::Phi(_) => self.values[r],
            Op::Jump(ref args) => {
                self.back_edge(args, snap)?;
                Lowered::None
            }
            Op::Exit() => {
                let snap = snap.ok_or(CodegenError::Internal("exit without snapshot"))?;
                let block = self.b.create_block();
                self.b.ins().jump(block, &[]);
                self.exits.push((block, snap, self.in_loop));
                Lowered::None
            }
        };
        self.values[r] = lowered;
        Ok(())
    }

    /// The list `l` when `cond` is `c < list_length(l)` for a constant `c >= 0`.
    fn bounded_list(&self, cond: IrRef) -> Option<IrRef> {
        let (_, length) = crate::opt::bounds::constant_index_bound(self.trace, cond)?;
        match self.trace.insts.get(length)?.op {
            Op::ListLength(list) => Some(list),
            _ => None,
        }
    }

    /// Whether `r` is an int constant above zero.
    fn positive_const(&self, r: IrRef) -> bool {
        matches!(self.trace.insts.get(r).map(|inst| &inst.op), Some(Op::ConstInt(c)) if *c > 0)
    }

    /// Python's `a // b`: exits for `b == 0` and `MIN // -1` (see `int_ops`).
    fn floordiv(&mut self, a: IrRef, b: IrRef, snap: Option<SnapshotId>) -> Result<Value, CodegenError> {
        let (a, b) = (self.raw(a)?, self.raw(b)?);
        let fail = int_ops::floordiv_fails(&mut self.b, a, b);
        self.exit_if(fail, snap)?;
        Ok(int_ops::floordiv_after_check(&mut self.b, a, b))
    }

    /// Python's `a % b`: exits for `b == 0` (see `int_ops`).
    fn modulo(&mut self, a: IrRef, b: IrRef, snap: Option<SnapshotId>) -> Result<Value, CodegenError> {
        let (a, b) = (self.raw(a)?, self.raw(b)?);
        let fail = int_ops::mod_fails(&mut self.b, b);
        self.exit_if(fail, snap)?;
        Ok(int_ops::mod_after_check(&mut self.b, a, b))
    }

    /// Opens the loop header: phis become its parameters, the preamble jumps in.
    fn enter_loop(&mut self) -> Result<(), CodegenError> {
        self.in_loop = true;
        let mut inits: Vec<BlockArg> = Vec::new();
        for phi in self.trace.phis() {
            let Op::Phi(input) = self.trace.insts[phi].op else { continue };
            match self.values[input] {
                Lowered::Raw(v) => {
                    let ty = self.b.func.dfg.value_type(v);
                    let param = self.b.append_block_param(self.header, ty);
                    inits.push(v.into());
                    self.values[phi] = Lowered::Raw(param);
                }
                Lowered::Boxed { tag, payload } => {
                    // A phi of one tag carries only its payload (its tag is set below).
                    let tag_param = match self.phi_tags[phi] {
                        Some(_) => None,
                        None => Some(self.b.append_block_param(self.header, types::I8)),
                    };
                    let payload_param = self.b.append_block_param(self.header, types::I64);
                    if tag_param.is_some() {
                        inits.push(tag.into());
                    }
                    inits.push(payload.into());
                    self.values[phi] =
                        Lowered::Boxed { tag: tag_param.unwrap_or(payload_param), payload: payload_param };
                }
                Lowered::None => return Err(CodegenError::Internal("phi of a void value")),
            }
        }
        self.b.ins().jump(self.header, &inits);
        self.b.switch_to_block(self.header);
        // A phi of one tag: the tag is a constant of the header.
        for phi in self.trace.phis() {
            if let (Some(tag), Lowered::Boxed { payload, .. }) = (self.phi_tags[phi], self.values[phi]) {
                let tag = self.iconst(types::I8, tag as i64);
                self.values[phi] = Lowered::Boxed { tag, payload };
            }
        }
        Ok(())
    }

    /// The back edge: poll the interrupt flag, then start the next iteration.
    fn back_edge(&mut self, args: &[IrRef], snap: Option<SnapshotId>) -> Result<(), CodegenError> {
        let interrupted = self.b.ins().load(types::I8, flags(), self.interrupt, 0);
        self.exit_if(interrupted, snap)?;
        let mut next: Vec<BlockArg> = Vec::new();
        if self.trace.loop_marker().is_none() {
            // Recorded form: the loop state goes through the slots.
            let snap = snap.ok_or(CodegenError::Internal("jump without snapshot"))?;
            self.write_back(snap, true)?;
        }
        for (&arg, phi) in args.iter().zip(self.trace.phis()) {
            match self.values[arg] {
                Lowered::Raw(v) => next.push(v.into()),
                Lowered::Boxed { tag, payload } => {
                    if self.phi_tags[phi].is_none() {
                        next.push(tag.into());
                    }
                    next.push(payload.into());
                }
                Lowered::None => return Err(CodegenError::Internal("jump argument without value")),
            }
        }
        self.b.ins().jump(self.header, &next);
        Ok(())
    }

    /// A residual call: `value` arguments go through stack copies, a `value` result
    /// through an out-slot.
    fn call_helper(&mut self, helper: crate::ir::HelperId, args: &[IrRef]) -> Result<Lowered, CodegenError> {
        let decl = self.trace.helpers.get(helper).ok_or(CodegenError::Internal("undeclared helper"))?;
        let addr = decl.addr.ok_or_else(|| CodegenError::UnresolvedHelper(decl.name.clone()))?;
        let sig = abi::helper_signature(self.template.clone(), self.ptr, &decl.params, decl.ret);
        let sig_ref = self.b.import_signature(sig);
        let mut call_args = vec![self.ctx];
        for &arg in args {
            match self.values[arg] {
                Lowered::Raw(v) => call_args.push(v),
                Lowered::Boxed { .. } => call_args.push(self.spill(arg)?),
                Lowered::None => return Err(CodegenError::Internal("helper argument without value")),
            }
        }
        let out = (decl.ret == Type::Value).then(|| self.stack_value());
        call_args.extend(out);
        let callee = self.iconst(self.ptr, addr as i64);
        let call = self.b.ins().call_indirect(sig_ref, callee, &call_args);
        Ok(match (decl.ret, out) {
            (Type::Void, _) => Lowered::None,
            (Type::Value, Some(out)) => {
                let tag = self.b.ins().load(types::I8, flags(), out, TAG_OFFSET);
                let payload = self.b.ins().load(types::I64, flags(), out, PAYLOAD_OFFSET);
                Lowered::Boxed { tag, payload }
            }
            _ => match self.b.inst_results(call).first() {
                Some(&v) => Lowered::Raw(v),
                None => return Err(CodegenError::Internal("helper without result")),
            },
        })
    }

    /// Calls `addr`, an `extern "C" fn(*const Value[, i64]) -> i64`, on a stack copy of `v`
    /// (and the immediate `extra`).
    fn call_on_value(&mut self, addr: usize, v: IrRef, extra: Option<i64>) -> Result<Value, CodegenError> {
        self.call_on_value_with(addr, v, extra.as_slice())
    }

    /// Calls `addr`, an `extern "C" fn(*const Value, i64…) -> i64`, on a stack copy of `v`
    /// and the immediates `extra`.
    fn call_on_value_with(&mut self, addr: usize, v: IrRef, extra: &[i64]) -> Result<Value, CodegenError> {
        let slot = self.spill(v)?;
        let mut sig = self.template.clone();
        sig.params.push(cranelift_codegen::ir::AbiParam::new(self.ptr));
        let mut args = vec![slot];
        for &extra in extra {
            sig.params.push(cranelift_codegen::ir::AbiParam::new(types::I64));
            args.push(self.iconst(types::I64, extra));
        }
        sig.returns.push(cranelift_codegen::ir::AbiParam::new(types::I64));
        let sig_ref = self.b.import_signature(sig);
        let callee = self.iconst(self.ptr, addr as i64);
        let call = self.b.ins().call_indirect(sig_ref, callee, &args);
        self.b.inst_results(call).first().copied().ok_or(CodegenError::Internal("call without result"))
    }

    /// Calls an inner loop's trace on this trace's slots; true when it ended through one of
    /// `ends`, else (a cold path) its exit id is noted with `trace_calls::note_inner_exit`.
    fn call_trace(&mut self, entry: i64, ends: &[IrRef]) -> Result<Lowered, CodegenError> {
        let sig = abi::trace_signature(self.template.clone(), self.ptr);
        let sig_ref = self.b.import_signature(sig);
        let callee = self.iconst(self.ptr, entry);
        let call = self.b.ins().call_indirect(sig_ref, callee, &[self.slots, self.ctx]);
        let exit = *self.b.inst_results(call).first().ok_or(CodegenError::Internal("trace without result"))?;
        let exit = self.b.ins().uextend(types::I64, exit);
        let mut ok = self.iconst(types::I8, 0);
        for &end in ends {
            let end = self.raw(end)?;
            let hit = self.b.ins().icmp(IntCC::Equal, exit, end);
            ok = self.b.ins().bor(ok, hit);
        }
        let note = self.b.create_block();
        self.b.set_cold_block(note);
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], note, &[]);
        self.b.switch_to_block(note);
        let note_sig = abi::helper_signature(self.template.clone(), self.ptr, &[Type::Int], Type::Void);
        let note_ref = self.b.import_signature(note_sig);
        let note_fn = self.iconst(self.ptr, crate::trace_calls::note_inner_exit_addr() as i64);
        self.b.ins().call_indirect(note_ref, note_fn, &[self.ctx, exit]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
        Ok(Lowered::Raw(ok))
    }

    /// A residual call: `residual::call_python(ctx, slots, site, args, n)` with the boxed
    /// arguments copied into one stack array; its `u8` result is the op's bool.
    fn call_python(&mut self, site: i64, args: &[IrRef]) -> Result<Lowered, CodegenError> {
        let size = (SLOT_SIZE as u32) * (args.len().max(1) as u32);
        let array = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3));
        let base = self.b.ins().stack_addr(self.ptr, array, 0);
        for (i, &arg) in args.iter().enumerate() {
            let (tag, payload) = self.boxed(arg)?;
            let offset = (i as i32) * SLOT_SIZE;
            abi::store_tag(&mut self.b, flags(), tag, base, offset);
            self.b.ins().store(flags(), payload, base, offset + PAYLOAD_OFFSET);
        }
        let mut sig = self.template.clone();
        for ty in [self.ptr, self.ptr, types::I64, self.ptr, types::I64] {
            sig.params.push(cranelift_codegen::ir::AbiParam::new(ty));
        }
        sig.returns.push(cranelift_codegen::ir::AbiParam::new(types::I8));
        let sig_ref = self.b.import_signature(sig);
        let callee = self.iconst(self.ptr, crate::residual::call_python_addr() as i64);
        let site = self.iconst(types::I64, site);
        let n = self.iconst(types::I64, args.len() as i64);
        let call = self.b.ins().call_indirect(sig_ref, callee, &[self.ctx, self.slots, site, base, n]);
        let done = *self.b.inst_results(call).first().ok_or(CodegenError::Internal("call without result"))?;
        Ok(Lowered::Raw(done))
    }

    /// A residual statement or test: `addr` is `residual::exec_python` or
    /// `eval_python_test`, called as `(ctx, slots, site) -> u8`.
    fn exec_python(&mut self, site: i64, addr: usize) -> Result<Lowered, CodegenError> {
        let mut sig = self.template.clone();
        for ty in [self.ptr, self.ptr, types::I64] {
            sig.params.push(cranelift_codegen::ir::AbiParam::new(ty));
        }
        sig.returns.push(cranelift_codegen::ir::AbiParam::new(types::I8));
        let sig_ref = self.b.import_signature(sig);
        let callee = self.iconst(self.ptr, addr as i64);
        let site = self.iconst(types::I64, site);
        let call = self.b.ins().call_indirect(sig_ref, callee, &[self.ctx, self.slots, site]);
        let done = *self.b.inst_results(call).first().ok_or(CodegenError::Internal("call without result"))?;
        Ok(Lowered::Raw(done))
    }

    /// A stack copy of the boxed value `v` (tag and payload), as helpers take `value`s.
    fn spill(&mut self, v: IrRef) -> Result<Value, CodegenError> {
        let (tag, payload) = self.boxed(v)?;
        Ok(self.spill_boxed(tag, payload))
    }

    /// A stack copy of the value with `tag` and `payload`.
    fn spill_boxed(&mut self, tag: Value, payload: Value) -> Value {
        let addr = self.stack_value();
        abi::store_tag(&mut self.b, flags(), tag, addr, 0);
        self.b.ins().store(flags(), payload, addr, PAYLOAD_OFFSET);
        addr
    }

    /// Calls `addr`, an `extern "C" fn(*mut Value, *const Value, i64…) [-> ret]`, on the
    /// address of `slot`, `value` (a stack copy, `spill`) and the immediates `extra`: the
    /// stores that own what they write (`store_list_iter`, `store_dict_iter`,
    /// `store_int_str`, `str_append`, an exit's `store_counted_exit`); the result, if `ret`
    /// has one.
    fn store_through(&mut self, addr: usize, slot: Slot, value: Value, extra: &[i64], ret: Type) -> Option<Value> {
        let slot_addr = self.b.ins().iadd_imm_s(self.slots, i64::from(slot_offset(slot)));
        let mut params = vec![Type::Value];
        params.extend(extra.iter().map(|_| Type::Int));
        let sig = abi::helper_signature(self.template.clone(), self.ptr, &params, ret);
        let sig_ref = self.b.import_signature(sig);
        let callee = self.iconst(self.ptr, addr as i64);
        let mut args = vec![slot_addr, value];
        for &k in extra {
            args.push(self.iconst(types::I64, k));
        }
        let call = self.b.ins().call_indirect(sig_ref, callee, &args);
        self.b.inst_results(call).first().copied()
    }

    /// The address of a fresh 16-byte, 8-aligned stack slot for a `Value`.
    fn stack_value(&mut self) -> Value {
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, SLOT_SIZE as u32, 3));
        self.b.ins().stack_addr(self.ptr, slot, 0)
    }
}
