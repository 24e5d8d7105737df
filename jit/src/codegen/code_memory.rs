//! Executable memory: owns the `JITModule`, defines functions in it, counts their bytes and
//! frees everything at once (a flush, LuaJIT's way of bounding machine code).
//!
//! Invariant: `generation` changes on every flush; a `CompiledTrace` from an older
//! generation must never be called (`Backend::enter` checks), because its code is freed.
//! Invariant: the module's memory is freed only in `flush` and on drop, when no trace can
//! be running (both need exclusive access, and entering a trace needs shared access).

use super::CodegenError;
use cranelift_codegen::ir::Signature;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Module};

pub(super) struct CodeMemory {
    /// `None` only transiently inside `flush` and `drop`.
    module: Option<JITModule>,
    generation: u64,
    bytes: usize,
    functions: usize,
}

fn setting(builder: &mut settings::Builder, name: &str, value: &str) -> Result<(), CodegenError> {
    builder.set(name, value).map_err(|e| CodegenError::Cranelift(format!("setting {name}={value}: {e}")))
}

fn new_module() -> Result<JITModule, CodegenError> {
    let mut flags = settings::builder();
    // Traces are hot loops: spend the (small) extra compile time on better code.
    setting(&mut flags, "opt_level", "speed")?;
    // Our own verifier (verify.rs) guards the IR we hand over; Cranelift's verifier costs
    // compile time on every trace, so it runs only in debug builds (and so in tests).
    setting(&mut flags, "enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" })?;
    // cranelift-jit needs absolute, non-PIC code with far calls (it asserts is_pic=false).
    setting(&mut flags, "is_pic", "false")?;
    setting(&mut flags, "use_colocated_libcalls", "false")?;
    let isa_builder = cranelift_native::builder().map_err(CodegenError::UnsupportedHost)?;
    let isa = isa_builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| CodegenError::Cranelift(format!("host ISA: {e}")))?;
    Ok(JITModule::new(JITBuilder::with_isa(isa, default_libcall_names())))
}

impl CodeMemory {
    pub(super) fn new() -> Result<CodeMemory, CodegenError> {
        Ok(CodeMemory { module: Some(new_module()?), generation: 0, bytes: 0, functions: 0 })
    }

    pub(super) fn module(&self) -> Result<&JITModule, CodegenError> {
        self.module.as_ref().ok_or(CodegenError::Flushed)
    }

    pub(super) fn generation(&self) -> u64 {
        self.generation
    }

    pub(super) fn bytes(&self) -> usize {
        self.bytes
    }

    pub(super) fn functions(&self) -> usize {
        self.functions
    }

    /// Compiles the function in `ctx` (signature `sig`) into executable memory; returns its
    /// address and code size.
    pub(super) fn define(&mut self, ctx: &mut Context, sig: &Signature) -> Result<(*const u8, usize), CodegenError> {
        let module = self.module.as_mut().ok_or(CodegenError::Flushed)?;
        let cl = |e: cranelift_module::ModuleError| CodegenError::Cranelift(format!("{e:?}"));
        let id = module.declare_anonymous_function(sig).map_err(cl)?;
        let defined = module.define_function(id, ctx);
        let size = ctx.compiled_code().map_or(0, |code| code.code_info().total_size as usize);
        module.clear_context(ctx);
        defined.map_err(cl)?;
        module.finalize_definitions().map_err(cl)?;
        self.bytes += size;
        self.functions += 1;
        Ok((module.get_finalized_function(id), size))
    }

    /// Frees all code and starts a new generation.
    pub(super) fn flush(&mut self) -> Result<(), CodegenError> {
        let fresh = new_module()?;
        if let Some(old) = self.module.replace(fresh) {
            // SAFETY: `flush` takes `&mut self` through `Backend::flush(&mut self)`, so no
            // trace is running (entering one borrows the backend), and bumping `generation`
            // below makes `Backend::enter` refuse every `CompiledTrace` made before.
            unsafe { old.free_memory() };
        }
        self.generation += 1;
        self.bytes = 0;
        self.functions = 0;
        Ok(())
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        if let Some(old) = self.module.take() {
            // SAFETY: the backend is being dropped, so nothing can enter its traces any more
            // (`Backend::enter` needs a live backend, and `CompiledTrace` exposes no pointer).
            unsafe { old.free_memory() };
        }
    }
}
