//! hyper's tracing JIT, backend half: the trace IR, its verifier, the optimizer and the
//! Cranelift code generator. The recorder (interpreter side) emits IR through
//! `opt::Emitter`; `verify` checks it; `opt::optimize` improves it; `codegen::Backend`
//! compiles and enters it.
//!
//! Invariant: a trace is an IR function with one loop; every guard has a snapshot.
//! Invariant: only `codegen` (and `codegen/`) imports Cranelift; all `unsafe` lives there.
//! Not here yet: the recorder, hot-loop counters, side traces, deoptimization of inlined
//! frames, allocation sinking (see ARCHITECTURE-jit.md).

pub mod codegen;
pub mod context;
pub mod ir;
pub mod opt;
pub mod snapshot;
pub mod verify;

pub use codegen::{Backend, CodegenError, CompiledTrace, EnterError, ExitInfo};
pub use context::JitContext;
pub use ir::{ExitId, IrRef, Op, Slot, SnapshotId, Trace, Type};
pub use opt::{optimize, Emitter, OptStats};
pub use snapshot::Snapshot;
pub use verify::{verify, VerifiedTrace, VerifyError};
