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
//! One context serves every trace entry of a program, nested ones included: a residual
//! call (`call_python`) runs the interpreter, which may enter another trace before the call
//! returns. So every field is behind a `Cell`/`RefCell` and the context is only ever
//! shared (`&JitContext`); each entry pushes its own `EntryFrame` and pops it when it ends.
//!
//! Invariant: `interrupt` points into `interrupt_owner`, which this struct keeps alive, and
//!   never changes after `new` (compiled code loads it once per entry).
//! Invariant: `exception != 0` exactly when `pending` holds an exception.

use runtime::error::PyErr;
use runtime::module::ModuleObj;
use runtime::Interp;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

#[repr(C)]
pub struct JitContext {
    /// The interpreter's Ctrl-C flag; compiled loops poll it on every back edge.
    pub(crate) interrupt: *const AtomicBool,
    /// Non-zero when a helper left an exception in `pending` (`guard_no_exception` reads it).
    pub(crate) exception: Cell<u8>,
    /// The exception a helper raised, and the line of the statement that raised it.
    pending: RefCell<Option<(PyErr, u32)>>,
    interrupt_owner: Arc<AtomicBool>,
    /// The exits inner loops' traces took when an outer trace left through them
    /// (`call_trace`), innermost first; the driver reads and clears it after each entry.
    pub(crate) inner_exits: RefCell<Vec<u32>>,
    /// The interpreter the running traces belong to (null until the first entry).
    interp: Cell<*const Interp>,
    /// The trace entries in progress, innermost last.
    entries: RefCell<Vec<Rc<EntryFrame>>>,
}

/// What a residual call needs to know about the trace entry it runs in: the frame whose
/// locals and module globals the entry copied into its slot array, and which slots hold
/// them.
#[derive(Clone)]
pub struct EntryFrame {
    pub module: Rc<ModuleObj>,
    /// `(trace slot, module slot)` for each global the entry copied in.
    pub globals: Rc<[(u32, u32)]>,
    /// `(trace slot, local index)` for each local the entry copied in, sorted by local.
    pub locals: Rc<[(u32, u32)]>,
    /// The length of the slot array the entry runs on (helpers see only its address).
    pub n_slots: usize,
    /// The frame the trace runs for: derived from the `&mut Frame` the driver holds for
    /// the whole entry and does not touch while compiled code runs, so a residual
    /// statement (`residual::exec_python`) may run the interpreter on it meanwhile. (The
    /// `'static` is nominal: the pointer is used only while that borrow lasts.)
    pub frame: *mut runtime::interp::Frame<'static>,
}

impl JitContext {
    /// Where generated code finds the interrupt flag pointer.
    pub const INTERRUPT_OFFSET: usize = std::mem::offset_of!(JitContext, interrupt);
    /// Where generated code finds the pending-exception byte.
    pub const EXCEPTION_OFFSET: usize = std::mem::offset_of!(JitContext, exception);

    /// A context polling `interrupt` (the interpreter's `Interp::interrupt`).
    pub fn new(interrupt: Arc<AtomicBool>) -> JitContext {
        JitContext {
            interrupt: Arc::as_ptr(&interrupt),
            exception: Cell::new(0),
            pending: RefCell::new(None),
            interrupt_owner: interrupt,
            inner_exits: RefCell::new(Vec::new()),
            interp: Cell::new(std::ptr::null()),
            entries: RefCell::new(Vec::new()),
        }
    }

    /// For helpers: leave `err` pending; the next `guard_no_exception` exits the trace.
    pub fn raise(&self, err: PyErr) {
        self.raise_at(err, 0);
    }

    /// For helpers: leave `err` pending, raised by the statement on `line`.
    pub fn raise_at(&self, err: PyErr, line: u32) {
        if let Ok(mut pending) = self.pending.try_borrow_mut() {
            *pending = Some((err, line));
            self.exception.set(1);
        }
    }

    /// For the interpreter after an exit: the exception a helper raised, if any.
    pub fn take_exception(&self) -> Option<PyErr> {
        self.take_raised().map(|(err, _)| err)
    }

    /// The exception a helper raised and the line of its statement, if any.
    pub fn take_raised(&self) -> Option<(PyErr, u32)> {
        self.exception.set(0);
        self.pending.try_borrow_mut().ok().and_then(|mut p| p.take())
    }

    pub fn has_exception(&self) -> bool {
        self.exception.get() != 0
    }

    /// The flag this context polls.
    pub fn interrupt_flag(&self) -> &Arc<AtomicBool> {
        &self.interrupt_owner
    }

    /// Starts a trace entry on behalf of `interp`.
    pub fn push_entry(&self, interp: &Interp, frame: Rc<EntryFrame>) {
        self.interp.set(interp as *const Interp);
        if let Ok(mut entries) = self.entries.try_borrow_mut() {
            entries.push(frame);
        }
    }

    /// Ends the innermost trace entry.
    pub fn pop_entry(&self) {
        if let Ok(mut entries) = self.entries.try_borrow_mut() {
            entries.pop();
        }
    }

    /// The innermost trace entry in progress.
    pub fn entry(&self) -> Option<Rc<EntryFrame>> {
        self.entries.try_borrow().ok().and_then(|e| e.last().cloned())
    }

    /// The interpreter of the entry in progress (null before the first entry).
    pub(crate) fn interp_ptr(&self) -> *const Interp {
        self.interp.get()
    }
}
