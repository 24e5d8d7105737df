//! Trampolines in Cranelift's `preserve_all` calling convention for the cold calls inside
//! compiled loops: releasing the last reference to an object a counted store overwrote, and
//! the C library's `pow` where the inline square or root cannot show its result.
//!
//! A call in the host's C convention clobbers every float register, so register
//! allocation kept the loop's floats in stack slots around such a call, and, the call
//! being on a path of the loop body, stored and reloaded them on the hot path too (nbody's
//! inner loop stored five invariants each iteration for a `release_value` call that never
//! runs). A `preserve_all` callee clobbers nothing; the trampoline it calls saves what the
//! real helper clobbers, and only when it runs.
//!
//! Invariant: the trampolines live in the code memory of one generation; `Backend` compiles
//!   them again after a flush (`ColdCalls::generation`).

use super::code_memory::CodeMemory;
use super::CodegenError;
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, Signature};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::Module;

/// Addresses of the `preserve_all` trampolines, for the code memory's generation.
#[derive(Clone, Copy, Debug)]
pub struct ColdCalls {
    pub generation: u64,
    /// Calls `trace_calls::release_value` with its one pointer argument.
    pub release_value: usize,
    /// Calls `trace_calls::libm_pow_in_place` with a pointer to the base and exponent.
    pub pow: usize,
}

impl ColdCalls {
    /// How many functions `compile` defines in the code memory.
    pub const COUNT: usize = 2;
}

/// The signature compiled code calls a trampoline with: one pointer, no result.
pub fn trampoline_signature(ptr: types::Type) -> Signature {
    let mut sig = Signature::new(CallConv::PreserveAll);
    sig.params.push(AbiParam::new(ptr));
    sig
}

/// Compiles the trampolines into `memory`.
pub(super) fn compile(
    memory: &mut CodeMemory,
    ctx: &mut Context,
    builder_ctx: &mut FunctionBuilderContext,
) -> Result<ColdCalls, CodegenError> {
    let release_value = trampoline(memory, ctx, builder_ctx, crate::trace_calls::release_value_addr())?;
    let pow = trampoline(memory, ctx, builder_ctx, crate::trace_calls::libm_pow_in_place_addr())?;
    Ok(ColdCalls { generation: memory.generation(), release_value, pow })
}

/// A `preserve_all` function of one pointer argument that calls the C-convention helper at
/// `target` with it.
fn trampoline(
    memory: &mut CodeMemory,
    ctx: &mut Context,
    builder_ctx: &mut FunctionBuilderContext,
    target: usize,
) -> Result<usize, CodegenError> {
    let (ptr, config, mut helper_sig) = {
        let module = memory.module()?;
        (module.target_config().pointer_type(), module.target_config(), module.make_signature())
    };
    helper_sig.params.push(AbiParam::new(ptr));
    let sig = trampoline_signature(ptr);
    ctx.func.signature = sig.clone();
    let mut b = FunctionBuilder::new(&mut ctx.func, builder_ctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let arg = b.block_params(entry)[0];
    let sig_ref = b.import_signature(helper_sig);
    let callee = b.ins().iconst(ptr, target as i64);
    b.ins().call_indirect(sig_ref, callee, &[arg]);
    b.ins().return_(&[]);
    b.seal_all_blocks();
    b.finalize(config);
    let (code, _) = memory.define(ctx, &sig)?;
    Ok(code as usize)
}
