//! `JitContext`: the runtime state compiled code and its helpers share, passed to every trace.
//!
//! ```text
//!  offset 0                 8                 9..16     16..
//! +------------------------+-----------------+---------+------------------------------+
//! | interrupt: *const bool | exception: u8   | padding | Rust-only fields (pending…)  |
//! +------------------------+-----------------+---------+------------------------------+
//! ```
//! Generated code reads only the first two fields, at the offsets `codegen/abi.rs` takes
//! from `offset_of!` (and the layout tests assert).
//!
//! Invariant: `interrupt` points into `interrupt_owner`, which this struct keeps alive.
//! Invariant: `exception != 0` exactly when `pending` holds an exception.

use runtime::error::PyErr;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

#[repr(C)]
pub struct JitContext {
    /// The interpreter's Ctrl-C flag; compiled loops poll it on every back edge.
    pub(crate) interrupt: *const AtomicBool,
    /// Non-zero when a helper left an exception in `pending` (`guard_no_exception` reads it).
    pub(crate) exception: u8,
    pending: Option<PyErr>,
    interrupt_owner: Arc<AtomicBool>,
    /// The exits inner loops' traces took when an outer trace left through them
    /// (`call_trace`), innermost first; the driver reads and clears it after each entry.
    pub(crate) inner_exits: Vec<u32>,
}

impl JitContext {
    /// Where generated code finds the interrupt flag pointer.
    pub const INTERRUPT_OFFSET: usize = std::mem::offset_of!(JitContext, interrupt);
    /// Where generated code finds the pending-exception byte.
    pub const EXCEPTION_OFFSET: usize = std::mem::offset_of!(JitContext, exception);

    /// A context polling `interrupt` (the interpreter's `Interp::interrupt`).
    pub fn new(interrupt: Arc<AtomicBool>) -> JitContext {
        JitContext { interrupt: Arc::as_ptr(&interrupt), exception: 0, pending: None, interrupt_owner: interrupt, inner_exits: Vec::new() }
    }

    /// For helpers: leave `err` pending; the next `guard_no_exception` exits the trace.
    pub fn raise(&mut self, err: PyErr) {
        self.pending = Some(err);
        self.exception = 1;
    }

    /// For the interpreter after an exit: the exception a helper raised, if any.
    pub fn take_exception(&mut self) -> Option<PyErr> {
        self.exception = 0;
        self.pending.take()
    }

    pub fn has_exception(&self) -> bool {
        self.exception != 0
    }

    /// The flag this context polls.
    pub fn interrupt_flag(&self) -> &Arc<AtomicBool> {
        &self.interrupt_owner
    }
}
