//! The tree-walking interpreter: `Interp` (the state of one running program) and `Frame`
//! (one function activation).
//!
//! Evaluation invariants:
//! - Expressions evaluate left to right, as CPython's; each statement sets `Frame::line`
//!   before it runs, so a traceback names the statement being executed.
//! - An exception leaving a frame gets that frame's traceback entry exactly once, when it
//!   leaves (`Interp::run_frame`).
//! - Python-level recursion is bounded by the recursion limit and by the Rust stack left
//!   (`Interp::enter_call`): deep recursion is a `RecursionError`, never a stack overflow.
//! - No `RefCell` borrow of a Python object is held while Python code runs.

pub mod attr;
pub mod call;
pub mod eval;
pub mod exec;
mod inplace;
mod loops;
pub mod mapping;
pub mod membership;
pub mod ops;
mod resume;
pub mod subscript;
pub mod unwind;

use crate::builtins;
use crate::code::Code;
use crate::error::{ExcType, PResult, PyErr};
use crate::generator::GenYielder;
use crate::module::ModuleObj;
use crate::object::class::{BaseKind, Class, ClassDict};
use crate::object::function::CellRef;
use crate::value::Value;
use hashbrown::HashMap;
use std::cell::{Cell, RefCell};
use std::io::Write;
use std::mem::ManuallyDrop;
use std::path::PathBuf;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// What a statement did to control flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Normal,
    Break,
    Continue,
    /// The value is in `Frame::ret`.
    Return,
}

/// One activation of a code object.
/// Frame slots live inline for small functions, so a call allocates nothing.
pub type Locals = smallvec::SmallVec<[Value; 8]>;

/// The slots and the parts most frames leave empty (`cells`, `class_ns`, `handling`, `ret`
/// after the return) are `ManuallyDrop`: `Frame`'s `Drop` releases them with inline checks,
/// so ending a call costs no drop-glue call per empty part or immediate slot.
pub struct Frame<'y> {
    pub locals: ManuallyDrop<Locals>,
    /// Cell variables, then free variables (see `Code`).
    pub cells: ManuallyDrop<Vec<CellRef>>,
    pub code: Rc<Code>,
    pub module: Rc<ModuleObj>,
    pub line: u32,
    pub ret: ManuallyDrop<Value>,
    /// A class body's namespace.
    pub class_ns: ManuallyDrop<Option<Box<RefCell<ClassDict>>>>,
    /// Set when this frame is a generator's: `yield` suspends through it.
    pub yielder: Option<&'y GenYielder>,
    /// The exception being handled by an enclosing `except` (for bare `raise`).
    pub handling: ManuallyDrop<Vec<Value>>,
}

impl Drop for Frame<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        // Slots holding immediates need nothing: inline slots are never dropped as a whole.
        for v in self.locals.iter_mut() {
            if !v.is_immediate() {
                drop(std::mem::replace(v, Value::Unbound));
            }
        }
        if self.locals.spilled() {
            drop(std::mem::take(&mut *self.locals));
        }
        if self.cells.capacity() != 0 {
            drop(std::mem::take(&mut *self.cells));
        }
        if self.class_ns.is_some() {
            drop(self.class_ns.take());
        }
        if self.handling.capacity() != 0 {
            drop(std::mem::take(&mut *self.handling));
        }
        if !self.ret.is_immediate() {
            drop(std::mem::take(&mut *self.ret));
        }
    }
}

impl<'y> Frame<'y> {
    #[inline(always)]
    pub fn new(code: Rc<Code>, module: Rc<ModuleObj>) -> Frame<'y> {
        let n = code.n_locals as usize;
        Frame::with_locals(code, module, smallvec::smallvec![Value::Unbound; n])
    }

    /// A frame with no slots yet, for a caller that pushes exactly `code.n_locals` of them
    /// (`Interp::call_plain`). Building it in place costs no copy of the inline slots.
    #[inline(always)]
    pub fn for_call(code: Rc<Code>, module: Rc<ModuleObj>) -> Frame<'y> {
        Frame::from_parts(code, module, Locals::new(), Vec::new(), None)
    }

    /// A frame whose slots are already filled (`locals.len() == code.n_locals`).
    #[inline(always)]
    pub fn with_locals(code: Rc<Code>, module: Rc<ModuleObj>, locals: Locals) -> Frame<'y> {
        let cells = if code.cell_names.is_empty() {
            Vec::new()
        } else {
            code.cell_names.iter().map(|_| Rc::new(RefCell::new(Value::Unbound))).collect()
        };
        Frame::from_parts(code, module, locals, cells, None)
    }

    /// A frame at its code's first line with the given slots and cells.
    #[inline(always)]
    pub fn from_parts(
        code: Rc<Code>,
        module: Rc<ModuleObj>,
        locals: Locals,
        cells: Vec<CellRef>,
        yielder: Option<&'y GenYielder>,
    ) -> Frame<'y> {
        let line = code.first_line;
        Frame {
            locals: ManuallyDrop::new(locals),
            cells: ManuallyDrop::new(cells),
            code,
            module,
            line,
            ret: ManuallyDrop::new(Value::None),
            class_ns: ManuallyDrop::new(None),
            yielder,
            handling: ManuallyDrop::new(Vec::new()),
        }
    }
}

/// The builtin classes, made once per interpreter.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub int: Rc<Class>,
    pub bool: Rc<Class>,
    pub float: Rc<Class>,
    pub str: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub none: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub range: Rc<Class>,
    pub generator: Rc<Class>,
    pub module: Rc<Class>,
    pub slice: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub iterator: Rc<Class>,
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    pub cell: Rc<Class>,
    pub exceptions: Vec<Rc<Class>>,
}

impl Types {
    pub fn exc(&self, t: ExcType) -> &Rc<Class> {
        let i = ExcType::ALL.iter().position(|x| *x == t).unwrap_or(0);
        &self.exceptions[i]
    }

    /// The builtin exception type a class is, if it is one.
    pub fn exc_type_of(&self, c: &Rc<Class>) -> Option<ExcType> {
        self.exceptions.iter().position(|e| Rc::ptr_eq(e, c)).map(|i| ExcType::ALL[i])
    }
}

fn builtin_class(name: &str, bases: Vec<Rc<Class>>, kind: BaseKind) -> Rc<Class> {
    Class::new(name, "builtins", bases, ClassDict::default(), true, Some(kind)).unwrap_or_else(|_| {
        Class::new(name, "builtins", Vec::new(), ClassDict::default(), true, Some(kind))
            .unwrap_or_else(|_| unreachable_class())
    })
}

/// A class with no bases always linearises; this is never reached.
fn unreachable_class() -> Rc<Class> {
    std::process::abort()
}

impl Types {
    fn new() -> Types {
        let object = builtin_class("object", Vec::new(), BaseKind::Object);
        let o = || vec![object.clone()];
        let int = builtin_class("int", o(), BaseKind::Int);
        let bool = builtin_class("bool", vec![int.clone()], BaseKind::Final);
        let mut exceptions: Vec<Rc<Class>> = Vec::new();
        for t in ExcType::ALL {
            let bases = match t.parent() {
                None => o(),
                Some(p) => {
                    let i = ExcType::ALL.iter().position(|x| *x == p).unwrap_or(0);
                    vec![exceptions[i].clone()]
                }
            };
            exceptions.push(builtin_class(t.name(), bases, BaseKind::Exception));
        }
        Types {
            type_: builtin_class("type", o(), BaseKind::Final),
            int,
            bool,
            float: builtin_class("float", o(), BaseKind::Float),
            str: builtin_class("str", o(), BaseKind::Str),
            list: builtin_class("list", o(), BaseKind::List),
            tuple: builtin_class("tuple", o(), BaseKind::Tuple),
            dict: builtin_class("dict", o(), BaseKind::Dict),
            set: builtin_class("set", o(), BaseKind::Set),
            frozenset: builtin_class("frozenset", o(), BaseKind::Final),
            none: builtin_class("NoneType", o(), BaseKind::Final),
            function: builtin_class("function", o(), BaseKind::Final),
            builtin_function: builtin_class("builtin_function_or_method", o(), BaseKind::Final),
            method: builtin_class("method", o(), BaseKind::Final),
            range: builtin_class("range", o(), BaseKind::Final),
            generator: builtin_class("generator", o(), BaseKind::Final),
            module: builtin_class("module", o(), BaseKind::Final),
            slice: builtin_class("slice", o(), BaseKind::Final),
            property: builtin_class("property", o(), BaseKind::Final),
            staticmethod: builtin_class("staticmethod", o(), BaseKind::Final),
            classmethod: builtin_class("classmethod", o(), BaseKind::Final),
            super_: builtin_class("super", o(), BaseKind::Final),
            not_implemented: builtin_class("NotImplementedType", o(), BaseKind::Final),
            ellipsis: builtin_class("ellipsis", o(), BaseKind::Final),
            iterator: builtin_class("iterator", o(), BaseKind::Final),
            dict_keys: builtin_class("dict_keys", o(), BaseKind::Final),
            dict_values: builtin_class("dict_values", o(), BaseKind::Final),
            dict_items: builtin_class("dict_items", o(), BaseKind::Final),
            cell: builtin_class("cell", o(), BaseKind::Final),
            exceptions,
            object,
        }
    }
}

/// What the hooks did at a loop header.
#[derive(Debug)]
pub enum LoopHeader {
    /// Nothing: interpret this iteration.
    Interpret,
    /// Compiled code ran iterations and left the frame at a loop header again (a `for`
    /// loop's position is back in its hidden slot); interpret this iteration, without asking
    /// the hooks again at this header.
    Ran,
    /// Compiled code ran iterations and stopped inside one, at a statement boundary: the
    /// frame holds the state before the statement `BodyPath` names (a `for` loop's position
    /// is the next one, in its hidden slot). Run the rest of that iteration's body from
    /// there, then carry on with the loop as after any iteration.
    Resume(BodyPath),
    /// Compiled code of an outer loop stopped inside one of its inner loops (nested loops):
    /// run the rest of that inner loop from where `InnerResume` says, then the rest of this
    /// iteration after the inner loop statement, then carry on as after any iteration.
    ResumeInner(std::rc::Rc<InnerResume>),
    /// Compiled code ran iterations and stopped at a statement that raised (a call it made
    /// on the interpreter raised): the frame holds the state that statement started with,
    /// the exception's traceback holds the frames of the calls. Raise it from `line`.
    Raise(RaisedInLoop),
}

/// An exception raised inside compiled code, at the statement on `line` of the loop's frame.
pub struct RaisedInLoop {
    pub err: crate::error::PyErr,
    pub line: u32,
}

impl std::fmt::Debug for RaisedInLoop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RaisedInLoop {{ line: {} }}", self.line)
    }
}

/// Where compiled code stopped inside an inner loop (`LoopHeader::ResumeInner`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InnerResume {
    /// The inner loop statement, as a path from the outer loop's body (`BodyPath`).
    pub path: BodyPath,
    /// The inner loop's `range` bounds for a `for` over a range (its position is in its
    /// hidden slot already).
    pub range: Option<RangeHeader>,
    /// Where inside the inner loop.
    pub at: InnerAt,
}

/// A point inside an inner loop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InnerAt {
    /// Its header: the loop continues from its position (its test runs next).
    Header,
    /// Before this statement of its body, in an iteration whose earlier statements ran.
    Stmt(BodyPath),
    /// Inside a loop nested in its body, in turn.
    Inner(Box<InnerResume>),
}

/// A statement inside a loop body, as a path through nested `if`/`else` blocks:
/// `[i0, b1, i1, b2, i2, …]` where `i0` indexes the body, each `b` picks the branch of the
/// `if` statement just named (0: its body, 1: its `else`) and the following `i` indexes
/// that branch. The last number is the statement to resume at (odd length).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodyPath(pub std::rc::Rc<[u32]>);

/// The bounds of a `for … in range(…)` loop, which live in the interpreter, not the frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeHeader {
    pub stop: i64,
    pub step: i64,
}

/// Hooks through which a JIT observes and takes over loops. The interpreter calls them;
/// it never depends on what implements them.
///
/// Protocol: at each loop header (`while`, and `for` over a range or a list, before the
/// loop test), the interpreter counts down `Code::loop_counters[loop_id]` and calls
/// `loop_header` when it reaches 1 or 0 (0: first visit); the hooks reset the counter. At a
/// range `for` header the hidden iterator slot holds the next counter value as `Value::Int`;
/// at a list `for` header (`range` is `None`) it holds the list's iterator, which compiled
/// code advances in place. After `Resume`, the
/// interpreter runs the rest of the body from the named statement (`Interp::exec_body_from`).
pub trait ExecHooks {
    /// Called at a loop header whose counter ran out. `stmt` is the loop statement. The
    /// hooks may run compiled code on the frame; they must leave it at this header with the
    /// state the interpreter would have after the same iterations.
    fn loop_header(
        &self,
        interp: &Interp,
        f: &mut Frame,
        stmt: &crate::code::Stmt,
        range: Option<RangeHeader>,
    ) -> LoopHeader;

    /// Called at the entry of a plain call (`Code::plain_positional`) whose code's
    /// `call_counter` ran out, before the call counts toward the recursion limit:
    /// `f.locals` holds the arguments, then unbound slots. `Some(result)` is the call's
    /// result (the hooks ran it as compiled code, with the effects and the exceptions of
    /// running its body), and then the frame is done with: the hooks may have taken its
    /// locals. `None` lets the interpreter run the body, with `f` as it was.
    fn function_entry(&self, _interp: &Interp, _f: &mut Frame) -> Option<PResult<Value>> {
        None
    }

    /// Called once when the program ends (for logs and statistics).
    fn finish(&self, _interp: &Interp) {}

    /// What the hooks have done so far, one line each (`--stats`, the REPL's `:stats`).
    fn summary(&self) -> Vec<String> {
        Vec::new()
    }
}

/// The state of one running program.
pub struct Interp {
    pub types: Types,
    pub builtins: HashMap<&'static str, Value>,
    pub modules: RefCell<HashMap<String, Value>>,
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// Lowest stack address Python calls may reach before `RecursionError`.
    pub stack_limit: Cell<usize>,
    pub argv: RefCell<Vec<String>>,
    pub script_dir: RefCell<PathBuf>,
    pub out: RefCell<std::io::BufWriter<std::io::Stdout>>,
    /// Set by the Ctrl-C handler; polled on loop back-edges and calls (`enter_call`).
    pub interrupt: Arc<AtomicBool>,
    pub gen_stacks: RefCell<Vec<corosensei::stack::DefaultStack>>,
    pub main_module: RefCell<Option<Rc<ModuleObj>>>,
    pub hooks: RefCell<Option<Box<dyn ExecHooks>>>,
    /// Modules being imported (to refuse import cycles cleanly).
    pub importing: RefCell<Vec<String>>,
    /// Identities of containers whose repr is being built (recursion guard).
    pub repr_stack: RefCell<Vec<usize>>,
    /// The classes of native iterators, one per iterator type name (`list_iterator`, …),
    /// made on first use by `class_of`.
    pub iter_classes: RefCell<Vec<(&'static str, Rc<Class>)>>,
    self_ref: Weak<Interp>,
}

#[cold]
#[inline(never)]
fn recursion_error() -> PyErr {
    PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded")
}

/// An approximation of the current stack pointer: the address of a local.
#[inline(always)]
pub fn stack_pointer() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

/// How much Rust stack a generator gets (reserved virtual memory; touched pages only).
pub const GENERATOR_STACK: usize = 16 << 20;
/// Stack kept free below the limit for builtins and error reporting.
pub const STACK_MARGIN: usize = 256 << 10;

impl Interp {
    /// A fresh interpreter whose stack may grow `stack_size` bytes below the caller's frame.
    pub fn new(stack_size: usize) -> Rc<Interp> {
        Rc::new_cyclic(|weak| {
            let types = Types::new();
            let mut interp = Interp {
                types,
                builtins: HashMap::new(),
                modules: RefCell::new(HashMap::new()),
                depth: Cell::new(0),
                recursion_limit: Cell::new(1000),
                stack_limit: Cell::new(stack_pointer().saturating_sub(stack_size.saturating_sub(STACK_MARGIN))),
                argv: RefCell::new(Vec::new()),
                script_dir: RefCell::new(PathBuf::from(".")),
                out: RefCell::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())),
                interrupt: Arc::new(AtomicBool::new(false)),
                gen_stacks: RefCell::new(Vec::new()),
                main_module: RefCell::new(None),
                hooks: RefCell::new(None),
                importing: RefCell::new(Vec::new()),
                repr_stack: RefCell::new(Vec::new()),
                iter_classes: RefCell::new(Vec::new()),
                self_ref: weak.clone(),
            };
            builtins::install(&mut interp);
            interp
        })
    }

    pub fn rc(&self) -> Rc<Interp> {
        match self.self_ref.upgrade() {
            Some(rc) => rc,
            // An `Interp` only exists inside the `Rc` made by `Interp::new`.
            None => std::process::abort(),
        }
    }

    pub fn flush_stdout(&self) {
        if let Ok(mut out) = self.out.try_borrow_mut() {
            let _ = out.flush();
        }
    }

    pub fn write_stdout(&self, s: &str) -> PResult<()> {
        let mut out = self.out.borrow_mut();
        let _ = out.write_all(s.as_bytes());
        Ok(())
    }

    /// Counts one more Python call; `RecursionError` past the limit or near the stack's end.
    /// The limit counts the module's frame too, as CPython's does (`depth` counts calls).
    #[inline(always)]
    pub fn enter_call(&self) -> PResult<()> {
        let d = self.depth.get() + 1;
        if d >= self.recursion_limit.get()
            || stack_pointer() < self.stack_limit.get()
            || self.interrupt.load(Ordering::Relaxed)
        {
            // Ctrl-C is polled here too: a recursion without loops runs only calls.
            self.check_interrupt()?;
            return Err(recursion_error());
        }
        self.depth.set(d);
        Ok(())
    }

    #[inline]
    pub fn leave_call(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }

    /// True when hooks are installed (checked once per loop, not per iteration).
    #[inline]
    pub fn has_hooks(&self) -> bool {
        self.hooks.try_borrow().is_ok_and(|h| h.is_some())
    }

    /// A loop header when hooks are installed: counts the loop's counter down and calls the
    /// hooks when it runs out (see `ExecHooks`).
    #[inline]
    pub fn loop_header(
        &self,
        f: &mut Frame,
        stmt: &crate::code::Stmt,
        loop_id: crate::code::LoopId,
        range: Option<RangeHeader>,
    ) -> LoopHeader {
        let Some(counter) = f.code.loop_counters.get(loop_id.0 as usize) else { return LoopHeader::Interpret };
        let n = counter.get();
        if n > 1 {
            counter.set(n - 1);
            return LoopHeader::Interpret;
        }
        self.call_loop_hook(f, stmt, range)
    }

    #[inline(never)]
    fn call_loop_hook(&self, f: &mut Frame, stmt: &crate::code::Stmt, range: Option<RangeHeader>) -> LoopHeader {
        match self.hooks.try_borrow() {
            Ok(hooks) => match hooks.as_ref() {
                Some(h) => h.loop_header(self, f, stmt, range),
                None => LoopHeader::Interpret,
            },
            Err(_) => LoopHeader::Interpret,
        }
    }

    /// A plain call's entry: counts the code's `call_counter` down and asks the hooks when
    /// it runs out (see `ExecHooks::function_entry`). Without hooks the counter is set to
    /// "never ask" on the first call, so `--no-jit` pays one compare per call.
    #[inline]
    pub fn function_entry(&self, f: &mut Frame) -> Option<PResult<Value>> {
        let counter = &f.code.call_counter;
        let n = counter.get();
        if n == u32::MAX {
            return None;
        }
        if n > 1 {
            counter.set(n - 1);
            return None;
        }
        self.call_function_hook(f)
    }

    #[inline(never)]
    fn call_function_hook(&self, f: &mut Frame) -> Option<PResult<Value>> {
        match self.hooks.try_borrow() {
            Ok(hooks) => match hooks.as_ref() {
                Some(h) => h.function_entry(self, f),
                None => {
                    f.code.call_counter.set(u32::MAX);
                    None
                }
            },
            Err(_) => None,
        }
    }

    /// Raises `KeyboardInterrupt` if Ctrl-C was pressed.
    #[inline]
    pub fn check_interrupt(&self) -> PResult<()> {
        if self.interrupt.load(Ordering::Relaxed) {
            self.interrupt.store(false, Ordering::Relaxed);
            return Err(PyErr::new(ExcType::KeyboardInterrupt, ""));
        }
        Ok(())
    }

    pub fn builtin(&self, name: &str) -> Option<Value> {
        self.builtins.get(name).cloned()
    }
}

impl crate::compile::Builtins for Interp {
    fn builtin(&self, name: &str) -> Option<Value> {
        self.builtins.get(name).cloned()
    }
}
