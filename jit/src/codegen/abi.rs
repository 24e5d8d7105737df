//! The trace calling convention and the memory layouts generated code relies on.
//!
//! A compiled trace is `extern "C" fn(slots: *mut Value, ctx: *mut JitContext) -> u32`:
//! it runs until an exit and returns the exit's number after writing that exit's snapshot
//! into `slots`. A helper is `extern "C" fn(ctx: *mut JitContext, args…) -> ret` with
//! `int` as i64, `float` as f64, `bool` as u8, `value` as `*const Value` (a copy on the
//! trace's stack); a `value` result comes back through a trailing `*mut Value`.
//!
//! Invariant: `JitContext` offsets come from `offset_of!`, so moving a field moves the
//! generated code with it. `Value`'s offsets are fixed by `#[repr(C, u64)]` (stable Rust has
//! no `offset_of!` into enum variants); `tests/layout.rs` reads values byte by byte to pin
//! them (tag word at 0, payload at 8, 16 bytes).

use crate::context::JitContext;
use crate::ir::Type;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, AbiParam, Block, InstBuilder, MemFlagsData, Signature, Value as ClifValue};
use cranelift_frontend::FunctionBuilder;
use runtime::Value;
use std::mem::size_of;

/// Bytes per frame slot.
pub const SLOT_SIZE: i32 = size_of::<Value>() as i32;
/// Offset of the tag in a `Value` (`#[repr(C, u64)]` puts it first, as a whole word; its
/// low byte, which code loads as `I8`, is the tag number on this little-endian host).
pub const TAG_OFFSET: i32 = 0;
/// Offset of the payload in a `Value`: after the tag, aligned to 8.
pub const PAYLOAD_OFFSET: i32 = 8;
/// Offset of `JitContext::interrupt`.
pub const CTX_INTERRUPT: i32 = JitContext::INTERRUPT_OFFSET as i32;
/// Offset of `JitContext::exception`.
pub const CTX_EXCEPTION: i32 = JitContext::EXCEPTION_OFFSET as i32;

const _: () = assert!(SLOT_SIZE == 16);
const _: () = assert!(std::mem::align_of::<Value>() == 8);

/// The Cranelift type of a raw IR type (`value` is a pair: `I8` tag, `I64` payload).
pub fn clif_type(ty: Type) -> Option<types::Type> {
    match ty {
        Type::Int => Some(types::I64),
        Type::Float => Some(types::F64),
        Type::Bool => Some(types::I8),
        Type::Value | Type::Void => None,
    }
}

/// The signature of a compiled trace, in the host's default convention.
pub fn trace_signature(mut sig: Signature, ptr: types::Type) -> Signature {
    sig.params.push(AbiParam::new(ptr));
    sig.params.push(AbiParam::new(ptr));
    sig.returns.push(AbiParam::new(types::I32));
    sig
}

/// The signature of a helper taking `params` and returning `ret`.
pub fn helper_signature(mut sig: Signature, ptr: types::Type, params: &[Type], ret: Type) -> Signature {
    sig.params.push(AbiParam::new(ptr));
    for &param in params {
        sig.params.push(AbiParam::new(clif_type(param).unwrap_or(ptr)));
    }
    match ret {
        Type::Void => {}
        Type::Value => sig.params.push(AbiParam::new(ptr)),
        raw => sig.returns.push(AbiParam::new(clif_type(raw).unwrap_or(types::I64))),
    }
    sig
}

/// Stores the `I8` tag `tag` as the whole tag word of the `Value` at `addr + offset`: the
/// interpreter reads all 8 bytes, so the upper ones must be zero.
pub fn store_tag(b: &mut FunctionBuilder, flags: MemFlagsData, tag: ClifValue, addr: ClifValue, offset: i32) {
    let word = b.ins().uextend(types::I64, tag);
    b.ins().store(flags, word, addr, offset + TAG_OFFSET);
}

/// When `heap` is true, takes one more reference to the `Rc` allocation at `ptr` (its strong
/// count, at `RC_STRONG_OFFSET`, incremented inline).
pub fn emit_rc_increment(b: &mut FunctionBuilder, heap: ClifValue, ptr: ClifValue) {
    let (inc, done) = (b.create_block(), b.create_block());
    b.ins().brif(heap, inc, &[], done, &[]);
    b.switch_to_block(inc);
    let count = b.ins().load(types::I64, MemFlagsData::trusted(), ptr, RC_STRONG_OFFSET);
    let count = b.ins().iadd_imm_s(count, 1);
    b.ins().store(MemFlagsData::trusted(), count, ptr, RC_STRONG_OFFSET);
    b.ins().jump(done, &[]);
    b.switch_to_block(done);
}

/// When `heap` is true, gives up a reference to the `Rc` allocation at `ptr`: its strong
/// count is decremented inline unless it is the last one. The builder is left in a cold
/// block for the last reference, where the caller drops the value and jumps to the
/// returned block, where the code continues.
pub fn emit_rc_decrement(b: &mut FunctionBuilder, heap: ClifValue, ptr: ClifValue) -> Block {
    let (dec, done) = (b.create_block(), b.create_block());
    b.ins().brif(heap, dec, &[], done, &[]);
    b.switch_to_block(dec);
    let count = b.ins().load(types::I64, MemFlagsData::trusted(), ptr, RC_STRONG_OFFSET);
    let last = b.ins().icmp_imm_u(IntCC::Equal, count, 1);
    let (release, keep) = (b.create_block(), b.create_block());
    b.set_cold_block(release);
    b.ins().brif(last, release, &[], keep, &[]);
    b.switch_to_block(keep);
    let count = b.ins().iadd_imm_s(count, -1);
    b.ins().store(MemFlagsData::trusted(), count, ptr, RC_STRONG_OFFSET);
    b.ins().jump(done, &[]);
    b.switch_to_block(release);
    done
}

/// The first tag of a variant holding an `Rc` (`Tag::BigInt`; every later one does too).
pub const FIRST_HEAP_TAG: u8 = runtime::value::Tag::BigInt as u8;
/// Where an `Rc`'s strong count is, from the pointer a `Value` holds (the start of std's
/// `#[repr(C)]` allocation: strong count, weak count, value); `tests/layout.rs` checks it.
pub const RC_STRONG_OFFSET: i32 = 0;
