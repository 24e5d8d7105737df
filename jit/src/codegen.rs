//! The Cranelift backend: `Backend::compile` lowers a `VerifiedTrace` to machine code and
//! `Backend::enter` runs it. This module and `codegen/` are the only ones importing Cranelift.
//!
//! Calling convention (see `abi.rs`): `extern "C" fn(slots: *mut Value, ctx: *mut JitContext)
//! -> u32`, returning the `ExitId` taken after writing that exit's snapshot into `slots`.
//! The `jump` polls `JitContext`'s interrupt flag on every back edge and leaves through its
//! own snapshot when it is set (`CompiledTrace::interrupt_exit`).
//!
//! Invariant: compiled code writes raw 16-byte values only into slots listed in
//!   `VerifiedTrace::written_slots`, and only immediates; `enter` checks that those slots
//!   hold immediates on entry, so no raw store ever drops a heap reference. Slots in
//!   `VerifiedTrace::counted_slots` are written only through the inline counted store
//!   (a clone into the slot, releasing the old value), so they may hold anything.
//! Invariant: a `CompiledTrace` runs only while its code exists: `enter` compares its
//!   generation with the code memory's (a flush frees all code and bumps the generation).
//! Invariant: every `unsafe` block here and in `codegen/` has a `// SAFETY:` comment.

mod abi;
mod code_memory;
mod cold_calls;
mod functions;
mod int_ops;
mod lower;
mod objects;
mod spare_tuples;

use crate::context::JitContext;
use crate::ir::{ExitId, Op, Slot};
use crate::verify::VerifiedTrace;
use code_memory::CodeMemory;
use cranelift_codegen::Context;
use cranelift_entity::PrimaryMap;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::Module;
pub use functions::{CompiledGroup, FuncCtx, FuncOutcome};
use runtime::Value;
pub use spare_tuples::release;
use std::fmt;

/// Why a trace could not be compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodegenError {
    /// `cranelift-native` does not support this machine.
    UnsupportedHost(&'static str),
    /// A helper's address was never resolved (`Trace::resolve_helpers`).
    UnresolvedHelper(String),
    /// Cranelift refused the function or the module failed; the message is Cranelift's.
    Cranelift(String),
    /// The code memory is being replaced (only seen if a flush itself failed).
    Flushed,
    /// A flush was asked for while compiled code is running (nested in a residual call).
    Running,
    /// A value reached codegen in a representation its op cannot take (a verifier gap).
    Internal(&'static str),
}

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodegenError::UnsupportedHost(why) => write!(f, "host not supported by Cranelift: {why}"),
            CodegenError::UnresolvedHelper(name) => write!(f, "helper @{name} has no address"),
            CodegenError::Cranelift(message) => write!(f, "cranelift: {message}"),
            CodegenError::Flushed => write!(f, "code memory unavailable"),
            CodegenError::Running => write!(f, "code memory in use by a running trace"),
            CodegenError::Internal(what) => write!(f, "internal codegen error: {what}"),
        }
    }
}

impl std::error::Error for CodegenError {}

/// Why `Backend::enter` refused to run a trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnterError {
    /// The trace's code was freed by a flush; recompile it.
    Stale,
    /// The frame has fewer slots than the trace uses.
    TooFewSlots { needed: u32, found: usize },
    /// A slot the trace may overwrite holds a heap reference.
    NotImmediate(Slot),
}

/// A side trace attached to one of a trace's exits: when that exit's guard fails, the
/// trace writes the exit's snapshot, runs the side trace on its slots, and, when the side
/// trace completed the iteration, starts the next one instead of leaving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SideLink {
    /// The parent's snapshot (exit) that runs the side trace.
    pub snap: crate::ir::SnapshotId,
    /// The side trace's code (`CompiledTrace::entry_addr`).
    pub entry: usize,
    /// The side trace's exit that means "the iteration is complete" (its `exit`'s).
    pub done: u32,
    /// What the parent returns when the side trace left another way (the side trace's own
    /// exit number is noted in the context, as for `call_trace`).
    pub exit: u32,
    /// What the parent returns when the interrupt flag is set after a completed iteration
    /// (its back edge's exit: the slots hold the completed iteration).
    pub interrupt: u32,
}

/// What an exit means to the interpreter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitInfo {
    /// The snapshot's resume point (the recorder's number).
    pub resume: u32,
    /// True for the back edge's exit, taken when the interrupt flag was set.
    pub is_interrupt: bool,
}

type TraceFn = unsafe extern "C" fn(*mut Value, *mut JitContext) -> u32;

/// A trace in executable memory.
pub struct CompiledTrace {
    entry: TraceFn,
    generation: u64,
    live: std::rc::Rc<code_memory::Liveness>,
    code_bytes: usize,
    n_slots: u32,
    written_slots: Box<[Slot]>,
    exits: PrimaryMap<ExitId, ExitInfo>,
    interrupt_exit: ExitId,
}

impl CompiledTrace {
    /// Machine-code bytes of this trace.
    pub fn code_bytes(&self) -> usize {
        self.code_bytes
    }

    /// What exit `id` means (`None` for a number this trace never returns).
    pub fn exit(&self, id: ExitId) -> Option<&ExitInfo> {
        self.exits.get(id)
    }

    /// The exit the back edge takes when the interrupt flag is set.
    pub fn interrupt_exit(&self) -> ExitId {
        self.interrupt_exit
    }

    pub fn n_exits(&self) -> usize {
        self.exits.len()
    }

    /// The address of the compiled function, for outer traces that call it (`call_trace`).
    pub fn entry_addr(&self) -> usize {
        self.entry as usize
    }

    /// Runs the trace on a frame's slots until it exits; returns the exit taken. Traces may
    /// run nested (a residual call re-enters the interpreter, which may enter another).
    pub fn enter(&self, slots: &mut [Value], ctx: &JitContext) -> Result<ExitId, EnterError> {
        if self.generation != self.live.generation.get() {
            return Err(EnterError::Stale);
        }
        if slots.len() < self.n_slots as usize {
            return Err(EnterError::TooFewSlots { needed: self.n_slots, found: slots.len() });
        }
        for &slot in self.written_slots.iter() {
            if !slots[slot.as_u32() as usize].is_immediate() {
                return Err(EnterError::NotImmediate(slot));
            }
        }
        let running = &self.live.running;
        running.set(running.get() + 1);
        // SAFETY: the code is live: its generation is current (no flush since it was
        // compiled), and `running` counts this call until it returns, so no flush or drop
        // frees it meanwhile. `slots` has every slot the trace touches (checked above, and
        // the verifier bounds `n_slots`); the slots it overwrites with raw stores hold
        // immediates, and it only writes immediates there, so no reference is leaked or
        // freed; counted slots are written only by the inline counted store and `call_python`, which keep
        // each slot owning exactly one reference to what it holds. `ctx` is a valid
        // `JitContext` for the call's duration, which generated code and helpers only use
        // through shared references (its fields are cells).
        let exit = unsafe { (self.entry)(slots.as_mut_ptr(), ctx as *const JitContext as *mut JitContext) };
        running.set(running.get() - 1);
        Ok(ExitId::from_u32(exit))
    }
}

impl fmt::Debug for CompiledTrace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CompiledTrace")
            .field("generation", &self.generation)
            .field("code_bytes", &self.code_bytes)
            .field("exits", &self.exits.len())
            .finish()
    }
}

/// The compiler: code memory plus reusable Cranelift contexts.
pub struct Backend {
    memory: CodeMemory,
    ctx: Context,
    builder_ctx: FunctionBuilderContext,
    /// The `preserve_all` trampolines of the current code memory, once compiled.
    cold: Option<cold_calls::ColdCalls>,
}

impl Backend {
    pub fn new() -> Result<Backend, CodegenError> {
        let memory = CodeMemory::new()?;
        let ctx = memory.module()?.make_context();
        Ok(Backend { memory, ctx, builder_ctx: FunctionBuilderContext::new(), cold: None })
    }

    /// The cold-call trampolines of the current code memory, compiled on first use.
    fn cold_calls(&mut self) -> Result<cold_calls::ColdCalls, CodegenError> {
        match self.cold {
            Some(cold) if cold.generation == self.memory.generation() => Ok(cold),
            _ => {
                let cold = cold_calls::compile(&mut self.memory, &mut self.ctx, &mut self.builder_ctx)?;
                self.cold = Some(cold);
                Ok(cold)
            }
        }
    }

    /// Lowers and compiles `trace`.
    pub fn compile(&mut self, verified: &VerifiedTrace) -> Result<CompiledTrace, CodegenError> {
        self.compile_with_sides(verified, &[], &[])
    }

    /// Lowers and compiles `trace` with side traces attached to some of its exits.
    /// `shared` lists the slots of module globals: a residual call's callee may have put
    /// an object there, which a store into the slot releases.
    pub fn compile_with_sides(
        &mut self,
        verified: &VerifiedTrace,
        sides: &[SideLink],
        shared: &[Slot],
    ) -> Result<CompiledTrace, CodegenError> {
        let trace = verified.trace();
        let cold = self.cold_calls()?;
        let (sig, config, template) = {
            let module = self.memory.module()?;
            let ptr = module.target_config().pointer_type();
            (abi::trace_signature(module.make_signature(), ptr), module.target_config(), module.make_signature())
        };
        self.ctx.func.signature = sig.clone();
        lower::lower(
            trace,
            &mut self.ctx.func,
            &mut self.builder_ctx,
            config,
            &template,
            cold,
            verified.counted_slots(),
            sides,
            shared,
        )?;
        let (ptr, code_bytes) = self.memory.define(&mut self.ctx, &sig)?;
        // SAFETY: `ptr` is the finalized code of a function with exactly the signature
        // `trace_signature` built: two pointer parameters and an i32 result, in the host's
        // default calling convention, which is "C" for the ISA `cranelift-native` picked.
        let entry = unsafe { std::mem::transmute::<*const u8, TraceFn>(ptr) };
        let jump_snap = trace.insts.last().and_then(|(_, inst)| match inst.op {
            Op::Jump(_) => inst.snap,
            _ => None,
        });
        // A side trace has no back edge; its `exit` stands in for "the trace's own end".
        let end_snap = trace.insts.last().and_then(|(_, inst)| match inst.op {
            Op::Jump(_) | Op::Exit() => inst.snap,
            _ => None,
        });
        let exits: PrimaryMap<ExitId, ExitInfo> = trace
            .snapshots
            .iter()
            .map(|(id, snap)| ExitInfo { resume: snap.resume, is_interrupt: Some(id) == jump_snap })
            .collect();
        let interrupt_exit = end_snap.map(ExitId::of_snapshot).ok_or(CodegenError::Internal("trace without jump"))?;
        Ok(CompiledTrace {
            entry,
            generation: self.memory.generation(),
            live: self.memory.liveness(),
            code_bytes,
            n_slots: verified.n_slots(),
            written_slots: verified.written_slots().into(),
            exits,
            interrupt_exit,
        })
    }

    /// Runs `trace` on a frame's slots until it exits; returns the exit taken.
    pub fn enter(&self, trace: &CompiledTrace, slots: &mut [Value], ctx: &JitContext) -> Result<ExitId, EnterError> {
        trace.enter(slots, ctx)
    }

    /// Frees all compiled code (`--jit-max-code`); older `CompiledTrace`s become stale.
    pub fn flush(&mut self) -> Result<(), CodegenError> {
        self.memory.flush()
    }

    /// Machine-code bytes of all live traces.
    pub fn code_bytes(&self) -> usize {
        self.memory.bytes()
    }

    /// How many traces the code memory holds (not counting the cold-call trampoline).
    pub fn n_traces(&self) -> usize {
        let trampolines = self.cold.is_some_and(|cold| cold.generation == self.memory.generation());
        self.memory.functions() - if trampolines { cold_calls::ColdCalls::COUNT } else { 0 }
    }
}
