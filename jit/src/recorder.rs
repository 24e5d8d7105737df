//! The recorder: turns one iteration of a hot loop into trace IR, by walking the loop's
//! executable tree (`runtime::code`) together with the current values of the frame's slots.
//!
//! Recording never runs the interpreter and never changes the frame: it simulates one
//! iteration on concrete copies of the numbers it reads (to learn types and branch
//! directions) while it emits typed IR through `opt::Emitter`. A call it cannot compile
//! becomes a residual call, and a simple statement it cannot compile is rolled back and
//! left to the interpreter (`residual.rs`); anything else it does not support aborts
//! recording with a reason in Python terms, before anything else happens.
//!
//! Trace slots follow one numbering per code object (`LoopInput::layout`, kept by the
//! driver and only ever extended): `Recording::homes[s]` says where slot `s` lives (a frame
//! local, a module global, or the bound of one of the code's `range` loops), so all traces
//! of one function agree on it and an outer loop's trace can run its inner loops' traces on
//! its own slot array. The driver copies the slots a trace uses (`Recording::used`) in and
//! out around each run (see `driver.rs`).
//!
//! Resume points. Until the iteration's first effect (an attribute or list element store,
//! `list.append`), an exit resumes at the loop header with the state the iteration started
//! with: guards have empty snapshots (the slots still hold the iteration's starting values,
//! since nothing is stored before the `jump`), and the interpreter redoes the iteration.
//! After an effect, an exit resumes at the start of the statement whose guard failed
//! (`ExitSite::resume_at`, a `BodyPath`): its snapshot lists every slot the iteration
//! assigned before that statement, and the interpreter runs the rest of the body from there.
//!
//! Invariant: within one statement, no guard follows an effect (a store helper's own
//!   "stored?" guard counts as before the effect: when it fails nothing was stored). So
//!   no exit repeats or loses an effect (JIT.md guarantee 2); recording aborts otherwise.
//! Invariant: heap values are read from slots (the driver's entry copy, or the frame slot a
//!   counted store wrote, holds a reference for as long as the trace may use them) or
//!   loaded by helpers (borrowed), and are only passed to helpers or stored into a slot by
//!   `name = <object>` (slice 3): a counted `store_slot`, an effect of its statement, after
//!   which the slot owns the value and no snapshot names the slot. Heap stores
//!   (`o.x = …`, `a[i] = …`, `d[k] = …`) store numbers only (`.append` objects too); a
//!   local str is appended to in its slot (`name += t`, `str_dict.rs`).
//! Invariant: each emitted op computes exactly the Python operation it replaces, for the
//!   operand types its guards establish; the concrete simulation only chooses what to
//!   specialize for (a wrong guess costs an exit, never a wrong answer).
//! Invariant: a slot whose type at the end of the iteration differs from its type at the
//!   start aborts recording (the trace would exit on every second iteration).

mod calls;
mod dead;
mod expr;
mod heap;
mod if_convert;
mod inline;
mod iter_headers;
mod methods;
mod nested;
mod residual;
mod stmt;
mod str_dict;
mod tuples;
mod uses;

use crate::ir::{Op, Slot, Tag, TagImm, Trace, F64};
use crate::opt::{Emitter, OptStats};
use crate::snapshot::Snapshot;
use crate::trace_calls::{self, HelperDecl};
use hashbrown::HashMap;
use hashbrown::HashSet;
use lang::ast::{BinOp, CmpOp, UnaryOp};
use runtime::code::{Block, Code, Expr, ExprKind, Stmt, StmtKind, Target};
use runtime::interp::{BodyPath, RangeHeader};
use runtime::module::ModuleObj;
use runtime::numeric::arith;
use runtime::object::{Instance, Other, Shape};
use runtime::Value;
use std::rc::Rc;

/// Where a trace slot lives in the interpreter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlotHome {
    /// `Frame::locals[n]`.
    Local(u32),
    /// `ModuleObj::slots[n]` of the frame's module.
    Global(u32),
    /// The `stop` of the `range` the `for` loop with this `LoopId` runs over: read-only
    /// for that loop's trace, written by an outer trace before it runs that loop's trace.
    RangeStop(u32),
    /// The `step` of that `range`, when it is not a constant in the source (read-only).
    RangeStep(u32),
}

pub use nested::{nested_loops, InnerLoop};

/// What an exit means, for logs and the re-recording policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitKind {
    /// The loop test failed: the loop is over (a normal way out).
    LoopEnd,
    /// A branch that leaves the loop (`return`, `break`) goes that way: also a normal way
    /// out, but the interpreter runs the branch.
    Leave,
    /// A branch that is a bare `break` goes that way, at an exit resuming at its `if` with
    /// the state written: the loop is over as it stands, so an outer trace running this
    /// loop's trace may treat it as the loop's end.
    Break,
    /// A type, a branch or an overflow went another way than recorded.
    Guard,
    /// The back edge saw the interrupt flag.
    Interrupt,
    /// An inner loop's trace, run by this (outer) trace, left compiled code: the
    /// interpreter resumes inside that inner loop (the driver reads where).
    InnerLoop,
    /// A side trace's end: it ran the rest of the iteration (its parent starts the next).
    IterationDone,
    /// A residual call raised (the driver raises the exception from the exit's line), or
    /// declined to run (the interpreter runs its statement).
    Raise,
}

/// One exit site: the resume number of a snapshot indexes `Recording::exits`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExitSite {
    pub line: u32,
    pub kind: ExitKind,
    /// What the guard checks, in Python terms ("`total` is an int").
    pub what: String,
    /// Where the interpreter resumes: `None` at the loop header, else before this
    /// statement of the body (after an effect of the same iteration).
    pub resume_at: Option<BodyPath>,
    /// For an `InnerLoop` exit: which of the trace's inner loops (`Recording::inners`).
    pub inner_loop: Option<u32>,
}

/// Objects a trace's constants point at (shapes, modules, functions), kept alive as long as
/// the trace so that an address compared at run time never names a newer object.
#[derive(Default)]
pub struct KeepAlive {
    pub shapes: Vec<Rc<Shape>>,
    pub values: Vec<Value>,
    /// The residual call sites the trace passes to `call_python` by address.
    pub sites: Vec<Box<crate::residual::ResidualSite>>,
    /// The statements the trace passes to `exec_python` by address.
    pub stmts: Vec<Box<crate::residual::StmtSite>>,
    /// Attribute names the trace passes to helpers by address and length (`class_attr`).
    pub names: Vec<Rc<str>>,
}

/// A recorded loop iteration, ready for the optimizer.
pub struct Recording {
    pub trace: Trace,
    /// The code's slot numbering, extended by this recording (trace slot `s` is `homes[s]`).
    pub homes: Vec<SlotHome>,
    /// The slots the trace uses (sorted): what the driver copies in.
    pub used: Vec<usize>,
    pub exits: Vec<ExitSite>,
    /// The step of a `range` loop when it is a constant of the trace (the driver checks it
    /// on entry); a step that is not a literal in the source is a `RangeStep` slot instead.
    pub range_step: Option<i64>,
    pub stats: OptStats,
    pub keep_alive: KeepAlive,
    /// The inner loops whose traces this trace runs (nested loops).
    pub inners: Vec<Rc<InnerLoop>>,
    /// How deep inlined calls nest in this trace or the inner traces it runs.
    pub inline_depth: u32,
    /// Slots that statements the interpreter runs for the trace may assign (counted).
    pub residual_written: Vec<usize>,
}

/// Why recording stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Abort {
    pub line: u32,
    pub reason: String,
    /// The loop's test failed at the header where recording started (a short loop at its
    /// end): not the loop's fault; try again at a later header.
    pub at_loop_end: bool,
}

/// What recording needs from the interpreter: the loop statement and the frame's state.
pub struct LoopInput<'a> {
    pub code: &'a Code,
    pub stmt: &'a Stmt,
    pub locals: &'a [Value],
    pub module: &'a ModuleObj,
    pub range: Option<RangeHeader>,
    /// The compiled traces of loops nested in this one's body (see `nested_loops`), by
    /// the address of their statement.
    pub inner_loops: Vec<(*const Stmt, Rc<InnerLoop>)>,
    /// The code's slot numbering so far (the driver's, extended by each recording).
    pub layout: Vec<SlotHome>,
    /// The loop's `LoopId` (its `range` bounds are `RangeStop`/`RangeStep` of it).
    pub loop_id: u32,
    /// Whether small ints read on entry get range guards (see `Recorder::range_guard`).
    pub range_guards: bool,
}

/// Records one iteration of `input.stmt` (a `while`, or a `for` over a range).
pub fn record(input: &LoopInput<'_>) -> Result<Recording, Abort> {
    let mut rec = Recorder::new(input);
    rec.adopt_inner_loops()?;
    let mut range_step = None;
    match (&input.stmt.kind, input.range) {
        (StmtKind::While { test, body, .. }, _) => {
            if !rec.cond(test, ExitKind::LoopEnd)? {
                return Err(rec.loop_ended());
            }
            rec.body(body)?;
        }
        (StmtKind::For { target, body, iter_slot, iter, .. }, Some(range)) => {
            let constant_step = has_constant_step(iter);
            if constant_step {
                range_step = Some(range.step);
            }
            rec.range_header(target, *iter_slot, range, constant_step)?;
            rec.body(body)?;
        }
        (StmtKind::For { target, body, iter_slot, .. }, None) => {
            rec.list_header(target, *iter_slot)?;
            rec.body(body)?;
        }
        _ => return Err(rec.abort("internal: not a loop")),
    }
    rec.finish(range_step)
}

/// Records a side trace: the rest of an iteration of `input.stmt` from the statement
/// `from` names (a `BodyPath`, where an exit of the loop's trace resumes), with the frame
/// as that exit left it, to the end of the body. It ends with `exit` (the iteration is
/// complete); every exit inside resumes at a statement boundary.
pub fn record_side(input: &LoopInput<'_>, from: &BodyPath) -> Result<Recording, Abort> {
    let mut rec = Recorder::new(input);
    rec.adopt_inner_loops()?;
    // Exits resume at statements (the loop header is behind us), with the slots the side
    // trace assigned; the ones assigned before `from` are in the frame already.
    rec.effect_done = true;
    let body = match &input.stmt.kind {
        StmtKind::While { body, .. } | StmtKind::For { body, .. } => body,
        _ => return Err(rec.abort("internal: not a loop")),
    };
    let flow = rec.block_from(body, &from.0)?;
    rec.finish_side(flow)
}

/// Records a side trace for an exit that resumes at the loop header (a list element or a
/// variable of another type than the trace's, say): the whole iteration, header included,
/// with the frame as that exit left it, ending with `exit` like `record_side`. Exits before
/// the iteration's first effect resume at the header again.
pub fn record_side_from_header(input: &LoopInput<'_>) -> Result<Recording, Abort> {
    let mut rec = Recorder::new(input);
    rec.adopt_inner_loops()?;
    let flow = match (&input.stmt.kind, input.range) {
        (StmtKind::While { test, body, .. }, _) => {
            if !rec.cond(test, ExitKind::LoopEnd)? {
                return Err(rec.loop_ended());
            }
            rec.block(body)?
        }
        (StmtKind::For { target, body, iter_slot, iter, .. }, Some(range)) => {
            rec.range_header(target, *iter_slot, range, has_constant_step(iter))?;
            rec.block(body)?
        }
        (StmtKind::For { target, body, iter_slot, .. }, None) => {
            rec.list_header(target, *iter_slot)?;
            rec.block(body)?
        }
        _ => return Err(rec.abort("internal: not a loop")),
    };
    rec.finish_side(flow)
}

impl<'a, 'b> Recorder<'a, 'b> {
    fn new(input: &'a LoopInput<'b>) -> Recorder<'a, 'b> {
        Recorder {
            em: Emitter::new(&Trace::new()),
            stats: OptStats::default(),
            input,
            homes: input.layout.clone(),
            slot_of: input.layout.iter().enumerate().map(|(slot, &home)| (home, slot)).collect(),
            cur: vec![None; input.layout.len()],
            loaded: vec![None; input.layout.len()],
            written_at: vec![None; input.layout.len()],
            used: vec![false; input.layout.len()],
            exits: Vec::new(),
            line: input.stmt.line,
            global_names: None,
            path: Vec::new(),
            effect_done: false,
            stmt_effect: false,
            stmt_entries: Vec::new(),
            helpers: HashMap::new(),
            heap_writes: HashMap::new(),
            appended: HashSet::new(),
            heap_cur: HashMap::new(),
            keep_alive: KeepAlive::default(),
            inline: Vec::new(),
            inners: Vec::new(),
            inline_depth: 0,
            call_results: HashSet::new(),
            residual_written: Vec::new(),
            residual_count: 0,
            compiled_count: 0,
            residual_why: None,
            branch_exits: false,
            force_direction: None,
            break_at: None,
        }
    }
}

/// A concrete number the simulation carries.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Num {
    Int(i64),
    Float(f64),
    Bool(bool),
}

impl Num {
    fn kind(self) -> &'static str {
        match self {
            Num::Int(_) => "int",
            Num::Float(_) => "float",
            Num::Bool(_) => "bool",
        }
    }
}

/// A value of the recorded iteration: its IR (unboxed) and its concrete value.
#[derive(Clone, Copy, Debug)]
struct Sym {
    r: crate::ir::IrRef,
    num: Num,
}

/// Ints in this range convert to float exactly, so mixed comparisons and `int / int` may
/// convert first (CPython compares and divides exactly; the guard sends others back).
const EXACT_FLOAT_INT: i64 = 1 << 53;

struct Recorder<'a, 'b> {
    em: Emitter,
    stats: OptStats,
    input: &'a LoopInput<'b>,
    homes: Vec<SlotHome>,
    slot_of: HashMap<SlotHome, usize>,
    /// The slots this trace reads or writes (or an inner trace it runs does).
    used: Vec<bool>,
    /// The value each trace slot holds at this point of the iteration (`None`: not read yet).
    cur: Vec<Option<Sym>>,
    /// The type each slot had at the loop header, if the iteration read it.
    loaded: Vec<Option<&'static str>>,
    /// The line of the last assignment to each slot, if the iteration assigns it.
    written_at: Vec<Option<u32>>,
    exits: Vec<ExitSite>,
    line: u32,
    global_names: Option<HashMap<u32, String>>,
    /// The statement being recorded, as a `BodyPath`.
    path: Vec<u32>,
    /// An effect happened earlier in this iteration: exits resume at statement boundaries.
    effect_done: bool,
    /// An effect happened in the current statement: no guard may follow.
    stmt_effect: bool,
    /// The slots the iteration assigned before the current statement (when `effect_done`).
    stmt_entries: Vec<(Slot, crate::ir::IrRef)>,
    helpers: HashMap<&'static str, crate::ir::HelperId>,
    /// What the recorded iteration stored into the heap, by (object address, index), so the
    /// simulation reads its own stores back.
    heap_writes: HashMap<(usize, usize), Num>,
    /// Lists appended to in this iteration (reading them again aborts).
    appended: HashSet<usize>,
    /// Heap values the iteration stored into slots (counted stores), by slot.
    heap_cur: HashMap<usize, ObjSym>,
    keep_alive: KeepAlive,
    /// The calls being inlined, innermost last (see `inline.rs`).
    inline: Vec<inline::InlineFrame>,
    /// The nested loop whose trace this one runs; its slots are this trace's first slots.
    inners: Vec<(*const Stmt, Rc<InnerLoop>)>,
    /// The deepest nesting of inlined calls so far.
    inline_depth: u32,
    /// Slots a residual call stored its result into in this iteration (counted slots: a
    /// number assigned to one later would need a raw store).
    call_results: HashSet<usize>,
    /// Slots statements run by the interpreter (`exec_python`) may assign: counted slots
    /// the driver copies back.
    residual_written: Vec<usize>,
    /// Statements left to the interpreter (residual calls and statements), and statements
    /// the trace compiles: a loop with none of the latter is not worth a trace.
    residual_count: u32,
    compiled_count: u32,
    /// Why the first statement left to the interpreter was (for the abort message).
    residual_why: Option<(u32, String)>,
    /// Recording an `if` test: its exits resume at the `if` even before the iteration's
    /// first effect, so that a hot one can get a side trace from there.
    branch_exits: bool,
    /// The direction the next condition guard expects, whatever the simulation says (the
    /// branch of an `if` that stays in the loop; see `stmt.rs`).
    force_direction: Option<bool>,
    /// The line and path of the `break` statement the recorded iteration took.
    break_at: Option<(u32, Vec<u32>)>,
}

/// The value of an expression: a number, or a heap object.
#[derive(Clone)]
enum Val {
    Num(Sym),
    Obj(ObjSym),
}

impl Recorder<'_, '_> {
    fn loop_ended(&self) -> Abort {
        Abort { at_loop_end: true, ..self.abort("the loop ended while it was being recorded") }
    }

    fn abort(&self, reason: impl Into<String>) -> Abort {
        Abort { line: self.line, reason: reason.into(), at_loop_end: false }
    }

    fn finish(mut self, range_step: Option<i64>) -> Result<Recording, Abort> {
        if self.compiled_count == 0 && self.residual_count > 0 {
            let (line, why) = self.residual_why.take().unwrap_or_default();
            self.line = line;
            return Err(self.abort(format!("every statement of the loop is left to the interpreter ({why})")));
        }
        // The iteration's end state, but for locals nothing reads at the header.
        let dead = dead::dead_at_header(self.input.code, self.input.stmt);
        let mut entries = Vec::new();
        for slot in 0..self.written_at.len() {
            let Some(line) = self.written_at[slot] else { continue };
            let Some(sym) = self.cur[slot] else { continue };
            if let SlotHome::Local(n) = self.homes[slot] {
                if dead.binary_search(&n).is_ok() {
                    continue;
                }
            }
            if let Some(before) = self.loaded[slot] {
                if before != sym.num.kind() {
                    let name = self.slot_name(self.homes[slot]);
                    self.line = line;
                    return Err(self.abort(format!("`{name}` was {before}, became {} at line {line}", sym.num.kind())));
                }
            }
            entries.push((Slot::from_u32(slot as u32), sym.r));
        }
        let resume = self.exits.len() as u32;
        self.exits.push(ExitSite {
            line: self.input.stmt.line,
            kind: ExitKind::Interrupt,
            what: "Ctrl-C".into(),
            resume_at: None,
            inner_loop: None,
        });
        let snap = self.em.add_snapshot(Snapshot::new(resume, entries));
        self.em.push_raw(Op::Jump(Box::new([])), Some(snap));
        Ok(Recording {
            trace: self.em.finish(),
            used: (0..self.homes.len()).filter(|&s| self.used[s]).collect(),
            homes: self.homes,
            exits: self.exits,
            range_step,
            stats: self.stats,
            keep_alive: self.keep_alive,
            inline_depth: self.inners.iter().map(|(_, inner)| inner.inline_depth).fold(self.inline_depth, u32::max),
            inners: self.inners.into_iter().map(|(_, inner)| inner).collect(),
            residual_written: self.residual_written,
        })
    }

    /// The end of a side trace: `exit` with every slot it assigned, either "the iteration
    /// is complete" or, when it reached a `break`, resuming at that `break` (the loop ends
    /// in the interpreter).
    /// (Unlike a loop's trace, a side trace is worth it even when every statement in it is
    /// left to the interpreter: it saves leaving compiled code and entering it again.)
    fn finish_side(mut self, flow: Flow) -> Result<Recording, Abort> {
        let entries: Vec<(Slot, crate::ir::IrRef)> = (0..self.written_at.len())
            .filter(|&slot| self.written_at[slot].is_some())
            .filter_map(|slot| self.cur[slot].map(|sym| (Slot::from_u32(slot as u32), sym.r)))
            .collect();
        let resume = self.exits.len() as u32;
        let site = match (flow, self.break_at.take()) {
            (Flow::Break, Some((line, path))) => ExitSite {
                line,
                kind: ExitKind::Break,
                what: format!("the loop is left by `break` at line {line}"),
                resume_at: Some(BodyPath(path.into())),
                inner_loop: None,
            },
            (Flow::Break, None) => return Err(self.abort("internal: a `break` without its statement")),
            _ => ExitSite {
                line: self.input.stmt.line,
                kind: ExitKind::IterationDone,
                what: "the iteration is complete".into(),
                resume_at: None,
                inner_loop: None,
            },
        };
        self.exits.push(site);
        let snap = self.em.add_snapshot(Snapshot::new(resume, entries));
        self.em.push_raw(Op::Exit(), Some(snap));
        Ok(Recording {
            trace: self.em.finish(),
            used: (0..self.homes.len()).filter(|&s| self.used[s]).collect(),
            homes: self.homes,
            exits: self.exits,
            range_step: None,
            stats: self.stats,
            keep_alive: self.keep_alive,
            inline_depth: self.inners.iter().map(|(_, inner)| inner.inline_depth).fold(self.inline_depth, u32::max),
            inners: self.inners.into_iter().map(|(_, inner)| inner).collect(),
            residual_written: self.residual_written,
        })
    }

    /// A fresh exit: before the iteration's first effect, a snapshot resuming at the loop
    /// header with the iteration's start state; after it, one resuming at the current
    /// statement with the slots assigned before it.
    fn exit(&mut self, kind: ExitKind, what: impl Into<String>) -> Result<crate::ir::SnapshotId, Abort> {
        if self.stmt_effect {
            return Err(self.abort("a check after a store in the same statement"));
        }
        let resume = self.exits.len() as u32;
        let (resume_at, entries) = if self.effect_done || self.branch_exits {
            (Some(BodyPath(self.path.clone().into())), self.stmt_entries.clone())
        } else {
            (None, Vec::new())
        };
        self.exits.push(ExitSite { line: self.line, kind, what: what.into(), resume_at, inner_loop: None });
        Ok(self.em.add_snapshot(Snapshot::new(resume, entries)))
    }

    /// Starts recording a statement: no effect in it yet, and the state an exit from it
    /// restores.
    fn begin_stmt(&mut self) {
        self.stmt_effect = false;
        {
            self.stmt_entries = (0..self.written_at.len())
                .filter(|&slot| self.written_at[slot].is_some())
                .filter_map(|slot| self.cur[slot].map(|sym| (Slot::from_u32(slot as u32), sym.r)))
                .collect();
        }
    }

    fn emit(&mut self, op: Op) -> Result<crate::ir::IrRef, Abort> {
        match self.em.emit(op, None, &mut self.stats) {
            Some(r) => Ok(r),
            None => Err(self.abort("internal: an op without a result")),
        }
    }

    fn emit_guarded(
        &mut self,
        op: Op,
        kind: ExitKind,
        what: impl Into<String>,
    ) -> Result<Option<crate::ir::IrRef>, Abort> {
        let snap = self.exit(kind, what)?;
        Ok(self.em.emit(op, Some(snap), &mut self.stats))
    }

    /// An op with a result that may exit (overflow, division by zero).
    fn emit_checked(&mut self, op: Op, what: impl Into<String>) -> Result<crate::ir::IrRef, Abort> {
        match self.emit_guarded(op, ExitKind::Guard, what)? {
            Some(r) => Ok(r),
            None => Err(self.abort("internal: a checked op without a result")),
        }
    }

    /// Guards that `cond` has the concrete value `value`.
    fn guard_dir(&mut self, cond: crate::ir::IrRef, value: bool, kind: ExitKind, what: &str) -> Result<(), Abort> {
        let op = if value { Op::GuardTrue(cond) } else { Op::GuardFalse(cond) };
        self.emit_guarded(op, kind, what)?;
        Ok(())
    }

    /// Declares (once) and calls a helper.
    fn call(&mut self, decl: HelperDecl, args: &[crate::ir::IrRef]) -> Result<crate::ir::IrRef, Abort> {
        let id = match self.helpers.get(decl.name) {
            Some(&id) => id,
            None => {
                let id = self.em.add_helper(decl.helper());
                self.helpers.insert(decl.name, id);
                id
            }
        };
        self.emit(Op::CallHelper(id, args.into()))
    }

    /// After a helper or a residual call wrote `slot` (an object the trace did not compute):
    /// later reads load it again, guarded on its type (a residual result's rule).
    fn reload_after_store(&mut self, slot: usize) {
        self.heap_cur.remove(&slot);
        self.loaded[slot] = None;
        self.call_results.insert(slot);
    }

    /// An effect: a store helper returning whether it stored. Its guard resumes before the
    /// statement (nothing was stored when it fails); after it, the statement may not guard.
    fn effect(&mut self, decl: HelperDecl, args: &[crate::ir::IrRef], what: &str) -> Result<(), Abort> {
        if self.stmt_effect {
            return Err(self.abort("two stores in one statement"));
        }
        let stored = self.call(decl, args)?;
        self.guard_dir(stored, true, ExitKind::Guard, what)?;
        self.stmt_effect = true;
        self.effect_done = true;
        Ok(())
    }

    /// Boxes a number for a helper (an immediate: the only kind of value traces store).
    fn boxed(&mut self, v: Sym) -> Result<crate::ir::IrRef, Abort> {
        self.emit(match v.num {
            Num::Int(_) => Op::BoxInt(v.r),
            Num::Float(_) => Op::BoxFloat(v.r),
            Num::Bool(_) => Op::BoxBool(v.r),
        })
    }

    /// Guards that a helper's `value` result holds a number of `num`'s type and unboxes it.
    fn unbox_result(&mut self, r: crate::ir::IrRef, num: Num, what: String) -> Result<Sym, Abort> {
        let (tag, unbox) = match num {
            Num::Int(_) => (Tag::Int, Op::UnboxInt(r)),
            Num::Float(_) => (Tag::Float, Op::UnboxFloat(r)),
            Num::Bool(_) => (Tag::Bool, Op::UnboxBool(r)),
        };
        self.emit_guarded(Op::GuardTag(r, TagImm(tag)), ExitKind::Guard, what)?;
        Ok(Sym { r: self.emit(unbox)?, num })
    }

    fn slot_name(&mut self, home: SlotHome) -> String {
        match home {
            SlotHome::Local(n) => match self.input.code.local_names.get(n as usize) {
                Some(name) if !name.is_empty() => name.to_string(),
                _ => "the loop position".into(),
            },
            SlotHome::Global(n) => {
                let module = self.input.module;
                let names = self.global_names.get_or_insert_with(|| {
                    module.slot_names().into_iter().map(|(name, s)| (s, name.to_string())).collect()
                });
                names.get(&n).cloned().unwrap_or_else(|| "a global".into())
            }
            SlotHome::RangeStop(_) => "the range's stop".into(),
            SlotHome::RangeStep(_) => "the range's step".into(),
        }
    }

    fn slot(&mut self, home: SlotHome) -> usize {
        if let Some(&s) = self.slot_of.get(&home) {
            self.used[s] = true;
            return s;
        }
        let s = self.homes.len();
        self.used.push(true);
        self.homes.push(home);
        self.slot_of.insert(home, s);
        self.cur.push(None);
        self.loaded.push(None);
        self.written_at.push(None);
        s
    }

    /// The value of a slot: the iteration's own if it assigned one, else loaded with a guard
    /// on the type it holds now.
    fn read(&mut self, home: SlotHome) -> Result<Sym, Abort> {
        let slot = self.slot(home);
        if let Some(sym) = self.cur[slot] {
            return Ok(sym);
        }
        if self.heap_cur.contains_key(&slot) {
            let name = self.slot_name(home);
            return Err(self.abort(format!("`{name}` holds an object where a number is needed")));
        }
        let num = match home {
            SlotHome::Local(n) => number_of(self.input.locals.get(n as usize)),
            SlotHome::Global(n) => number_of(self.input.module.slots.borrow().get(n as usize)),
            SlotHome::RangeStop(id) if id == self.input.loop_id => Ok(Num::Int(self.input.range.map_or(0, |r| r.stop))),
            SlotHome::RangeStep(id) if id == self.input.loop_id => Ok(Num::Int(self.input.range.map_or(1, |r| r.step))),
            SlotHome::RangeStop(_) | SlotHome::RangeStep(_) => Err("is an inner range's bound".to_string()),
        };
        let num = match num {
            Ok(num) => num,
            Err(what) => {
                let name = self.slot_name(home);
                return Err(self.abort(format!("`{name}` {what}")));
            }
        };
        let name = self.slot_name(home);
        let boxed = self.emit(Op::LoadSlot(Slot::from_u32(slot as u32)))?;
        let (tag, unbox) = match num {
            Num::Int(_) => (Tag::Int, Op::UnboxInt(boxed)),
            Num::Float(_) => (Tag::Float, Op::UnboxFloat(boxed)),
            Num::Bool(_) => (Tag::Bool, Op::UnboxBool(boxed)),
        };
        self.emit_guarded(
            Op::GuardTag(boxed, TagImm(tag)),
            ExitKind::Guard,
            format!("`{name}` is {}", article(num.kind())),
        )?;
        let r = self.emit(unbox)?;
        if let Num::Int(value) = num {
            self.range_guard(r, value, &name)?;
        }
        let sym = Sym { r, num };
        self.cur[slot] = Some(sym);
        self.loaded[slot] = Some(num.kind());
        Ok(sym)
    }

    /// Guards a small int the iteration reads from a slot to `[0, 2**30]` (`[-2**30, 2**30]`
    /// when negative), so that `guard_elim` can prove the loop's arithmetic on it cannot
    /// overflow (`(i + j) * (i + j + 1)` with `i`, `j` and the range's stop so bounded
    /// fits in 64 bits). Only on values well inside the bound, so that growth rarely fails
    /// the guard; the driver records without these guards after exits made it re-record.
    fn range_guard(&mut self, r: crate::ir::IrRef, value: i64, name: &str) -> Result<(), Abort> {
        const BOUND: i64 = 1 << 30;
        const SMALL: u64 = 1 << 20;
        if !self.input.range_guards || self.stmt_effect || value.unsigned_abs() > SMALL {
            return Ok(());
        }
        let lo = if value >= 0 { 0 } else { -BOUND };
        let what = format!("`{name}` is between {} and 2**30", if lo == 0 { "0" } else { "-2**30" });
        self.emit_guarded(Op::GuardRange(r, lo, BOUND), ExitKind::Guard, what)?;
        Ok(())
    }

    fn write(&mut self, home: SlotHome, sym: Sym) -> Result<(), Abort> {
        let slot = self.slot(home);
        if self.heap_cur.contains_key(&slot) || self.call_results.contains(&slot) {
            let name = self.slot_name(home);
            return Err(self.abort(format!("`{name}` was an object, then a number in one iteration")));
        }
        self.cur[slot] = Some(sym);
        self.written_at[slot] = Some(self.line);
        Ok(())
    }

    /// `name = <object>`: a counted `store_slot` (an effect: the frame owns the value from
    /// here on, and no snapshot writes the slot). Later reads in the iteration use `o`.
    fn write_obj(&mut self, home: SlotHome, o: ObjSym) -> Result<(), Abort> {
        let slot = self.slot(home);
        if matches!(home, SlotHome::RangeStop(_) | SlotHome::RangeStep(_)) {
            return Err(self.abort("internal: an object stored into a range slot"));
        }
        if self.cur[slot].is_some() {
            let name = self.slot_name(home);
            return Err(self.abort(format!("`{name}` is a number and an object in one iteration")));
        }
        if self.stmt_effect {
            return Err(self.abort("two stores in one statement"));
        }
        self.em.emit(Op::StoreSlot(Slot::from_u32(slot as u32), o.r), None, &mut self.stats);
        self.stmt_effect = true;
        self.effect_done = true;
        self.heap_cur.insert(slot, o);
        Ok(())
    }
}

/// A heap object the iteration reads (a list, an instance, a module), with its IR.
#[derive(Clone)]
struct ObjSym {
    r: crate::ir::IrRef,
    value: Value,
}

/// True when a `for` loop's `range(…)` has a literal step (or none): the step can then be a
/// trace constant.
fn has_constant_step(iter: &Expr) -> bool {
    match &iter.kind {
        ExprKind::Call(call) => {
            call.args.len() < 3
                || matches!(call.args.get(2), Some(runtime::code::Elt::One(Expr { kind: ExprKind::Const(_), .. })))
        }
        _ => false,
    }
}

/// What a recorded block did to control flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flow {
    Normal,
    Break,
    Continue,
}

/// The number a slot holds, or what it is instead ("is a str").
/// A value a trace handles as an object (a counted reference): not a number, not
/// `None`/unbound, not a big int.
fn is_object(v: &Value) -> bool {
    let tag = v.tag();
    !(crate::ir::is_immediate_tag(tag) || tag == Tag::Unbound || tag == Tag::BigInt)
}

/// A value a trace handles by reference, as a boxed value guarded on its tag: an object, or
/// None (a constant that owns nothing, so its counted stores are plain ones).
fn is_value_object(v: &Value) -> bool {
    is_object(v) || matches!(v, Value::None)
}

fn number_of(v: Option<&Value>) -> Result<Num, String> {
    match v {
        Some(Value::Int(i)) => Ok(Num::Int(*i)),
        Some(Value::Float(x)) => Ok(Num::Float(*x)),
        Some(Value::Bool(b)) => Ok(Num::Bool(*b)),
        Some(Value::Unbound) | None => Err("is not assigned yet".into()),
        Some(Value::BigInt(_)) => Err("is a big int (beyond 64 bits)".into()),
        Some(other) => Err(format!("is {}", article(crate::ir::tag_name(other.tag())))),
    }
}

fn unary_text(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Not => "not",
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
    }
}

/// "an int", "a float", "a bool".
fn article(kind: &str) -> String {
    if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        format!("an {kind}")
    } else {
        format!("a {kind}")
    }
}
