//! hyper's tracing JIT: the driver (`Jit`, the interpreter's `ExecHooks`), the recorder,
//! the trace IR, its verifier, the optimizer and the Cranelift code generator. The recorder
//! walks a hot loop's tree and emits IR through `opt::Emitter`; `verify` checks it;
//! `opt::optimize` improves it; `codegen::Backend` compiles and enters it. Beside the
//! tracer, `func` types hot pure functions (recursion) for `codegen` to compile whole.
//!
//! Invariant: a trace is an IR function with one loop; every guard has a snapshot.
//! Invariant: only `codegen` (and `codegen/`) imports Cranelift; all `unsafe` lives there
//! and in the helpers compiled code calls (`trace_calls.rs`, `residual.rs`).
//! Not here yet: allocation sinking, method inlining, direct calls from traces to compiled
//! functions (see ARCHITECTURE-jit.md).

pub mod codegen;
pub mod context;
pub mod driver;
pub mod func;
pub mod instance_layout;
pub mod ir;
pub mod opt;
pub mod recorder;
pub mod residual;
pub mod snapshot;
pub mod trace_calls;
pub mod tuple_layout;
pub mod verify;

pub use codegen::{Backend, CodegenError, CompiledTrace, EnterError, ExitInfo, FuncCtx, SideLink};
pub use context::JitContext;
pub use driver::{Jit, JitParams, JitStats};
pub use ir::{ExitId, IrRef, Op, Slot, SnapshotId, Trace, Type};
pub use opt::{optimize, Emitter, OptStats};
pub use snapshot::Snapshot;
pub use verify::{verify, VerifiedTrace, VerifyError};
