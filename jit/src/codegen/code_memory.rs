//! Executable memory: owns the `JITModule`, defines functions in it, counts their bytes and
//! frees everything at once (a flush, LuaJIT's way of bounding machine code). With
//! `HYPER_JIT_DISASM=1` in the environment, every function's machine code (Cranelift's
//! VCode listing after register allocation) is printed to stderr as it is defined.
//!
//! Invariant: `generation` changes on every flush; a `CompiledTrace` from an older
//! generation must never be called (`CompiledTrace::enter` checks), because its code is freed.
//! Invariant: the module's memory is freed only in `flush` and on drop, and never while a
//! trace is running: entering one counts it in `Liveness::running` (traces run nested when
//! a residual call re-enters the interpreter, which may compile and flush), and `flush`
//! refuses while that count is not zero; a drop then leaks the memory instead.

use super::CodegenError;
use cranelift_codegen::ir::{FuncRef, Function, Signature};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncId, Module};
use std::cell::Cell;
use std::rc::Rc;

pub(super) struct CodeMemory {
    /// `None` only transiently inside `flush` and `drop`.
    module: Option<JITModule>,
    live: Rc<Liveness>,
    bytes: usize,
    functions: usize,
    /// `HYPER_JIT_DISASM=1`: print each function's machine code.
    disasm: bool,
}

/// What a compiled trace checks before it runs, shared by the memory and its traces.
#[derive(Default)]
pub(crate) struct Liveness {
    /// Bumped by every flush.
    pub(super) generation: Cell<u64>,
    /// How many trace calls are in progress (nested through residual calls).
    pub(super) running: Cell<u32>,
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
        let disasm = std::env::var_os("HYPER_JIT_DISASM").is_some_and(|v| v == "1");
        Ok(CodeMemory {
            module: Some(new_module()?),
            live: Rc::new(Liveness::default()),
            bytes: 0,
            functions: 0,
            disasm,
        })
    }

    pub(super) fn module(&self) -> Result<&JITModule, CodegenError> {
        self.module.as_ref().ok_or(CodegenError::Flushed)
    }

    pub(super) fn generation(&self) -> u64 {
        self.live.generation.get()
    }

    /// The liveness record this memory's traces check.
    pub(super) fn liveness(&self) -> Rc<Liveness> {
        self.live.clone()
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
        ctx.set_disasm(self.disasm);
        let defined = module.define_function(id, ctx);
        let size = ctx.compiled_code().map_or(0, |code| code.code_info().total_size as usize);
        if let Some(vcode) = ctx.compiled_code().and_then(|code| code.vcode.as_ref()) {
            eprintln!("; trace function {} ({size} bytes)\n{vcode}", self.functions);
        }
        module.clear_context(ctx);
        defined.map_err(cl)?;
        module.finalize_definitions().map_err(cl)?;
        self.bytes += size;
        self.functions += 1;
        Ok((module.get_finalized_function(id), size))
    }

    /// Declares a function to be defined later (functions that call each other are all
    /// declared first).
    pub(super) fn declare(&mut self, sig: &Signature) -> Result<FuncId, CodegenError> {
        let module = self.module.as_mut().ok_or(CodegenError::Flushed)?;
        module.declare_anonymous_function(sig).map_err(|e| CodegenError::Cranelift(format!("{e:?}")))
    }

    /// A reference to the declared function `id` for calls from `func`.
    pub(super) fn func_ref(&mut self, id: FuncId, func: &mut Function) -> Result<FuncRef, CodegenError> {
        Ok(self.module.as_mut().ok_or(CodegenError::Flushed)?.declare_func_in_func(id, func))
    }

    /// Compiles the function in `ctx` as the declared `id`; returns its code size. The code
    /// is callable after `finalize`.
    pub(super) fn define_declared(&mut self, id: FuncId, ctx: &mut Context) -> Result<usize, CodegenError> {
        let module = self.module.as_mut().ok_or(CodegenError::Flushed)?;
        ctx.set_disasm(self.disasm);
        let defined = module.define_function(id, ctx);
        let size = ctx.compiled_code().map_or(0, |code| code.code_info().total_size as usize);
        if let Some(vcode) = ctx.compiled_code().and_then(|code| code.vcode.as_ref()) {
            eprintln!("; compiled function {} ({size} bytes)\n{vcode}", self.functions);
        }
        module.clear_context(ctx);
        defined.map_err(|e| CodegenError::Cranelift(format!("{e:?}")))?;
        self.bytes += size;
        self.functions += 1;
        Ok(size)
    }

    /// Makes every function defined so far executable.
    pub(super) fn finalize(&mut self) -> Result<(), CodegenError> {
        let module = self.module.as_mut().ok_or(CodegenError::Flushed)?;
        module.finalize_definitions().map_err(|e| CodegenError::Cranelift(format!("{e:?}")))
    }

    /// The address of a defined and finalized function.
    pub(super) fn address(&self, id: FuncId) -> Result<*const u8, CodegenError> {
        Ok(self.module()?.get_finalized_function(id))
    }

    /// Frees all code and starts a new generation (refused while a trace is running).
    pub(super) fn flush(&mut self) -> Result<(), CodegenError> {
        if self.live.running.get() > 0 {
            return Err(CodegenError::Running);
        }
        let fresh = new_module()?;
        if let Some(old) = self.module.replace(fresh) {
            // SAFETY: no trace is running (`running` is zero: every call into compiled code
            // is counted there for its whole duration), and bumping the generation below
            // makes `CompiledTrace::enter` refuse every trace made before.
            unsafe { old.free_memory() };
        }
        self.live.generation.set(self.live.generation.get() + 1);
        self.bytes = 0;
        self.functions = 0;
        Ok(())
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        if let Some(old) = self.module.take() {
            if self.live.running.get() > 0 {
                // Compiled code is on the stack: leave its memory mapped.
                std::mem::forget(old);
                return;
            }
            // Later entries of this memory's traces are refused.
            self.live.generation.set(self.live.generation.get() + 1);
            // SAFETY: no trace is running (`running` is zero), and the generation bump makes
            // `CompiledTrace::enter` refuse every trace of this memory from now on.
            unsafe { old.free_memory() };
        }
    }
}
