//! The recorder: turns one iteration of a hot loop into trace IR, by walking the loop's
//! executable tree (`runtime::code`) together with the current values of the frame's slots.
//!
//! Recording never runs the interpreter and never changes the frame: it simulates one
//! iteration on concrete copies of the numbers it reads (to learn types and branch
//! directions) while it emits typed IR through `opt::Emitter`. What it does not support
//! (calls, attributes, containers, strings, nested loops, …) aborts recording with a reason
//! in Python terms, before anything else happens.
//!
//! Trace slots are the recorder's own numbering: `Recording::homes[s]` says where slot `s`
//! lives (a frame local, a module global, or the bound of a `range` loop); the driver copies
//! them in and out around each run (see `driver.rs`).
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
//!   (`o.x = …`, `a[i] = …`, `.append`) store numbers only.
//! Invariant: each emitted op computes exactly the Python operation it replaces, for the
//!   operand types its guards establish; the concrete simulation only chooses what to
//!   specialize for (a wrong guess costs an exit, never a wrong answer).
//! Invariant: a slot whose type at the end of the iteration differs from its type at the
//!   start aborts recording (the trace would exit on every second iteration).

use crate::ir::{Op, Slot, Tag, TagImm, Trace, F64};
use crate::opt::{Emitter, OptStats};
use crate::snapshot::Snapshot;
use crate::trace_calls::{self, HelperDecl};
use lang::ast::{BinOp, CmpOp, UnaryOp};
use runtime::code::{Block, Code, Expr, ExprKind, Stmt, StmtKind, Target};
use runtime::interp::{BodyPath, RangeHeader};
use runtime::module::ModuleObj;
use runtime::numeric::arith;
use runtime::object::{Instance, Other, Shape};
use runtime::Value;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Where a trace slot lives in the interpreter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlotHome {
    /// `Frame::locals[n]`.
    Local(u32),
    /// `ModuleObj::slots[n]` of the frame's module.
    Global(u32),
    /// The `stop` of the `range` a `for` loop runs over (read-only).
    RangeStop,
    /// The `step` of that `range`, when it is not a constant in the source (read-only).
    RangeStep,
}

/// What an exit means, for logs and the re-recording policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitKind {
    /// The loop test failed: the loop is over (a normal way out).
    LoopEnd,
    /// A type, a branch or an overflow went another way than recorded.
    Guard,
    /// The back edge saw the interrupt flag.
    Interrupt,
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
}

/// Objects a trace's constants point at (shapes, modules, functions), kept alive as long as
/// the trace so that an address compared at run time never names a newer object.
#[derive(Default)]
pub struct KeepAlive {
    pub shapes: Vec<Rc<Shape>>,
    pub values: Vec<Value>,
}

/// A recorded loop iteration, ready for the optimizer.
pub struct Recording {
    pub trace: Trace,
    pub homes: Vec<SlotHome>,
    pub exits: Vec<ExitSite>,
    /// The step of a `range` loop when it is a constant of the trace (the driver checks it
    /// on entry); a step that is not a literal in the source is a `RangeStep` slot instead.
    pub range_step: Option<i64>,
    pub stats: OptStats,
    pub keep_alive: KeepAlive,
}

/// Why recording stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Abort {
    pub line: u32,
    pub reason: String,
}

/// What recording needs from the interpreter: the loop statement and the frame's state.
pub struct LoopInput<'a> {
    pub code: &'a Code,
    pub stmt: &'a Stmt,
    pub locals: &'a [Value],
    pub module: &'a ModuleObj,
    pub range: Option<RangeHeader>,
}

/// Records one iteration of `input.stmt` (a `while`, or a `for` over a range).
pub fn record(input: &LoopInput<'_>) -> Result<Recording, Abort> {
    let mut rec = Recorder {
        em: Emitter::new(&Trace::new()),
        stats: OptStats::default(),
        input,
        homes: Vec::new(),
        slot_of: HashMap::new(),
        cur: Vec::new(),
        loaded: Vec::new(),
        written_at: Vec::new(),
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
    };
    let mut range_step = None;
    match (&input.stmt.kind, input.range) {
        (StmtKind::While { test, body, .. }, _) => {
            if !rec.cond(test, ExitKind::LoopEnd)? {
                return Err(rec.abort("the loop ended while it was being recorded"));
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
}

/// The value of an expression: a number, or a heap object.
enum Val {
    Num(Sym),
    Obj(ObjSym),
}

impl Recorder<'_, '_> {
    fn abort(&self, reason: impl Into<String>) -> Abort {
        Abort { line: self.line, reason: reason.into() }
    }

    fn finish(mut self, range_step: Option<i64>) -> Result<Recording, Abort> {
        let mut entries = Vec::new();
        for slot in 0..self.written_at.len() {
            let Some(line) = self.written_at[slot] else { continue };
            let Some(sym) = self.cur[slot] else { continue };
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
        });
        let snap = self.em.add_snapshot(Snapshot::new(resume, entries));
        self.em.push_raw(Op::Jump(Box::new([])), Some(snap));
        Ok(Recording {
            trace: self.em.finish(),
            homes: self.homes,
            exits: self.exits,
            range_step,
            stats: self.stats,
            keep_alive: self.keep_alive,
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
        let (resume_at, entries) = if self.effect_done {
            (Some(BodyPath(self.path.clone().into())), self.stmt_entries.clone())
        } else {
            (None, Vec::new())
        };
        self.exits.push(ExitSite { line: self.line, kind, what: what.into(), resume_at });
        Ok(self.em.add_snapshot(Snapshot::new(resume, entries)))
    }

    /// Starts recording a statement: no effect in it yet, and the state an exit from it
    /// restores.
    fn begin_stmt(&mut self) {
        self.stmt_effect = false;
        if self.effect_done {
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
            SlotHome::RangeStop => "the range's stop".into(),
            SlotHome::RangeStep => "the range's step".into(),
        }
    }

    fn slot(&mut self, home: SlotHome) -> usize {
        if let Some(&s) = self.slot_of.get(&home) {
            return s;
        }
        let s = self.homes.len();
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
            SlotHome::RangeStop => Ok(Num::Int(self.input.range.map_or(0, |r| r.stop))),
            SlotHome::RangeStep => Ok(Num::Int(self.input.range.map_or(1, |r| r.step))),
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
        let sym = Sym { r, num };
        self.cur[slot] = Some(sym);
        self.loaded[slot] = Some(num.kind());
        Ok(sym)
    }

    fn write(&mut self, home: SlotHome, sym: Sym) -> Result<(), Abort> {
        let slot = self.slot(home);
        if self.heap_cur.contains_key(&slot) {
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
        if matches!(home, SlotHome::RangeStop | SlotHome::RangeStep) {
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

    /// An expression that may be a heap object: a variable, `a[i]` or `o.name` holding one
    /// now. Anything else is a number (`expr`).
    fn value_expr(&mut self, e: &Expr) -> Result<Val, Abort> {
        match &e.kind {
            ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::GlobalOrBuiltin(..) => {
                let home = match &e.kind {
                    ExprKind::Local(n) => SlotHome::Local(*n),
                    ExprKind::Global(n) | ExprKind::GlobalOrBuiltin(n, _) => SlotHome::Global(*n),
                    _ => unreachable!(),
                };
                let slot = self.slot(home);
                if self.heap_cur.contains_key(&slot) {
                    return Ok(Val::Obj(self.heap_obj(e)?));
                }
                if self.cur[slot].is_none() {
                    let now = match home {
                        SlotHome::Local(n) => self.input.locals.get(n as usize).cloned(),
                        SlotHome::Global(n) => {
                            self.input.module.slots.try_borrow().ok().and_then(|s| s.get(n as usize).cloned())
                        }
                        _ => None,
                    };
                    if now.as_ref().is_some_and(is_object) {
                        return Ok(Val::Obj(self.heap_obj(e)?));
                    }
                }
                Ok(Val::Num(self.expr(e)?))
            }
            ExprKind::Subscript(obj, index) => {
                let o = self.heap_obj(obj)?;
                let i = self.expr(index)?;
                let (list, pos) = self.list_position(&o, i)?;
                let elem = list.items.try_borrow().ok().and_then(|items| items.get(pos).cloned());
                match elem {
                    Some(elem)
                        if is_object(&elem) && !self.heap_writes.contains_key(&(Rc::as_ptr(&list) as usize, pos)) =>
                    {
                        let r = self.call(trace_calls::LIST_LOAD, &[o.r, i.r])?;
                        let tag = elem.tag();
                        let what =
                            format!("the index is in range and the element is {}", article(crate::ir::tag_name(tag)));
                        self.emit_guarded(Op::GuardTag(r, TagImm(tag)), ExitKind::Guard, what)?;
                        Ok(Val::Obj(ObjSym { r, value: elem }))
                    }
                    _ => Ok(Val::Num(self.list_load(&o, i)?)),
                }
            }
            ExprKind::Attr(obj, name, _) => {
                let o = self.heap_obj(obj)?;
                let (inst, shape, index) = self.instance_attr(&o, name)?;
                let attr = inst.slots.try_borrow().ok().and_then(|s| s.get(index).cloned());
                match attr {
                    Some(attr)
                        if is_object(&attr) && !self.heap_writes.contains_key(&(Rc::as_ptr(&inst) as usize, index)) =>
                    {
                        let [shape_c, index_c] = self.shape_consts(shape, index)?;
                        let r = self.call(trace_calls::ATTR_LOAD, &[o.r, shape_c, index_c])?;
                        let tag = attr.tag();
                        let what = format!("`.{name}` is {} (same shape)", article(crate::ir::tag_name(tag)));
                        self.emit_guarded(Op::GuardTag(r, TagImm(tag)), ExitKind::Guard, what)?;
                        Ok(Val::Obj(ObjSym { r, value: attr }))
                    }
                    _ => Ok(Val::Num(self.attr_load(&o, name)?)),
                }
            }
            _ => Ok(Val::Num(self.expr(e)?)),
        }
    }

    /// `for target in range(…)`: the test on the hidden slot, the step, the target.
    fn range_header(
        &mut self,
        target: &Target,
        iter_slot: u32,
        range: RangeHeader,
        constant_step: bool,
    ) -> Result<(), Abort> {
        let home = SlotHome::Local(iter_slot);
        let i = self.read(home)?;
        let stop = self.read(SlotHome::RangeStop)?;
        let (Num::Int(iv), Num::Int(stopv)) = (i.num, stop.num) else {
            return Err(self.abort("the loop position is not an int"));
        };
        let (op, go) =
            if range.step > 0 { (Op::LtInt(i.r, stop.r), iv < stopv) } else { (Op::GtInt(i.r, stop.r), iv > stopv) };
        if !go {
            return Err(self.abort("the loop ended while it was being recorded"));
        }
        let cmp = self.emit(op)?;
        self.guard_dir(cmp, true, ExitKind::LoopEnd, "the range is exhausted")?;
        let Some(next) = iv.checked_add(range.step) else {
            return Err(self.abort("the range counter overflows"));
        };
        let step = if constant_step {
            self.emit(Op::ConstInt(range.step))?
        } else {
            // The sign decides the loop test above; the step itself may vary between runs.
            let step = self.read(SlotHome::RangeStep)?.r;
            let zero = self.emit(Op::ConstInt(0))?;
            let positive = self.emit(Op::GtInt(step, zero))?;
            self.guard_dir(positive, range.step > 0, ExitKind::Guard, "the range's step changed sign")?;
            step
        };
        let r = self.emit_checked(Op::AddIntOvf(i.r, step), "the range counter overflows")?;
        self.write(home, Sym { r, num: Num::Int(next) })?;
        self.assign(target, i)
    }

    /// `for target in a_list`: the hidden slot holds the list's iterator. The test (is
    /// there a next element, re-checking the list's length as CPython's iterator does) and
    /// the element's type guard come first and resume at the header; then the iterator
    /// advances and the target is assigned, two effects no guard follows, so every later exit
    /// resumes inside the body with the iterator already past this element.
    fn list_header(&mut self, target: &Target, iter_slot: u32) -> Result<(), Abort> {
        let it = self.input.locals.get(iter_slot as usize).cloned().unwrap_or(Value::Unbound);
        let elem = match &it {
            Value::Other(other) => match &**other {
                Other::Iter(cell) => match cell.try_borrow().as_deref() {
                    Ok(runtime::iter::NativeIter::List { list, index }) => {
                        list.items.try_borrow().ok().and_then(|items| items.get(*index).cloned())
                    }
                    _ => return Err(self.abort("a `for` loop over something other than a range or a list")),
                },
                _ => return Err(self.abort("a `for` loop over something other than a range or a list")),
            },
            _ => return Err(self.abort("a `for` loop over something other than a range or a list")),
        };
        let Some(elem) = elem else { return Err(self.abort("the loop ended while it was being recorded")) };
        let home = self.home_of(target)?;
        let slot = self.slot(SlotHome::Local(iter_slot));
        let r_it = self.emit(Op::LoadSlot(Slot::from_u32(slot as u32)))?;
        self.emit_guarded(Op::GuardTag(r_it, TagImm(it.tag())), ExitKind::Guard, "the loop's iterator is in place")?;
        self.loaded[slot] = Some("iterator");
        let more = self.call(trace_calls::LIST_ITER_HAS_NEXT, &[r_it])?;
        self.guard_dir(more, true, ExitKind::LoopEnd, "the list is exhausted")?;
        let r = self.call(trace_calls::LIST_ITER_PEEK, &[r_it])?;
        if is_object(&elem) {
            let tag = elem.tag();
            let what = format!("the element is {}", article(crate::ir::tag_name(tag)));
            self.emit_guarded(Op::GuardTag(r, TagImm(tag)), ExitKind::Guard, what)?;
            self.write_obj(home, ObjSym { r, value: elem })?;
        } else {
            let num = match number_of(Some(&elem)) {
                Ok(num) => num,
                Err(what) => return Err(self.abort(format!("a list element {what}"))),
            };
            let v = self.unbox_result(r, num, format!("the element is {}", article(num.kind())))?;
            self.write(home, v)?;
        }
        self.call(trace_calls::LIST_ITER_ADVANCE, &[r_it])?;
        self.effect_done = true;
        Ok(())
    }

    /// The loop body; `Break` aborts, `Continue` ends the iteration early.
    fn body(&mut self, body: &Block) -> Result<(), Abort> {
        match self.block(body)? {
            Flow::Normal | Flow::Continue => Ok(()),
            Flow::Break => Err(self.abort("`break` was taken while the loop was being recorded")),
        }
    }

    fn block(&mut self, block: &Block) -> Result<Flow, Abort> {
        for (index, stmt) in block.iter().enumerate() {
            self.path.push(index as u32);
            self.begin_stmt();
            let flow = self.stmt(stmt)?;
            self.path.pop();
            if flow != Flow::Normal {
                return Ok(flow);
            }
        }
        Ok(Flow::Normal)
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<Flow, Abort> {
        self.line = stmt.line;
        match &stmt.kind {
            StmtKind::Assign { target: Target::Unpack { targets, star: None, .. }, value } => {
                let ExprKind::Tuple(elts) = &value.kind else {
                    return Err(self.abort("unpacking a value that is not a tuple display"));
                };
                if elts.len() != targets.len() {
                    return Err(self.abort("unpacking to a different number of names"));
                }
                let mut values = Vec::with_capacity(elts.len());
                for elt in elts {
                    match elt {
                        runtime::code::Elt::One(e) => values.push(self.expr(e)?),
                        runtime::code::Elt::Star(_) => return Err(self.abort("a starred element")),
                    }
                }
                for (target, value) in targets.iter().zip(values) {
                    self.assign(target, value)?;
                }
            }
            StmtKind::Assign { target: target @ (Target::Local(_) | Target::Global(_)), value } => {
                match self.value_expr(value)? {
                    Val::Num(v) => self.assign(target, v)?,
                    Val::Obj(o) => {
                        let home = self.home_of(target)?;
                        self.write_obj(home, o)?;
                    }
                }
            }
            StmtKind::Assign { target, value } => {
                let v = self.expr(value)?;
                self.assign(target, v)?;
            }
            StmtKind::AugAssign { target: Target::Attr(obj, name), op, value } => {
                let o = self.heap_obj(obj)?;
                let cur = self.attr_load(&o, name)?;
                let rhs = self.expr(value)?;
                let v = self.binop(*op, cur, rhs)?;
                self.attr_store(&o, name, v)?;
            }
            StmtKind::AugAssign { target: Target::Subscript(obj, index), op, value } => {
                let o = self.heap_obj(obj)?;
                let i = self.expr(index)?;
                let cur = self.list_load(&o, i)?;
                let rhs = self.expr(value)?;
                let v = self.binop(*op, cur, rhs)?;
                self.list_store(&o, i, v)?;
            }
            StmtKind::AugAssign { target, op, value } => {
                let home = self.home_of(target)?;
                let cur = self.read(home)?;
                let rhs = self.expr(value)?;
                let v = self.binop(*op, cur, rhs)?;
                self.write(home, v)?;
            }
            StmtKind::If { test, body, orelse } => {
                let taken = self.cond(test, ExitKind::Guard)?;
                self.path.push(u32::from(!taken));
                let flow = self.block(if taken { body } else { orelse });
                self.path.pop();
                return flow;
            }
            StmtKind::Pass => {}
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Expr(Expr { kind: ExprKind::CallMethod(obj, name, call), .. })
                if &**name == "append" && call.simple && call.args.len() == 1 =>
            {
                let runtime::code::Elt::One(arg) = &call.args[0] else {
                    return Err(self.abort("a starred argument"));
                };
                let o = self.heap_obj(obj)?;
                let Value::List(list) = &o.value else {
                    return Err(self.abort(format!("`.append()` on a {}", crate::ir::tag_name(o.value.tag()))));
                };
                let key = Rc::as_ptr(list) as usize;
                let v = self.expr(arg)?;
                let boxed = self.boxed(v)?;
                self.effect(trace_calls::LIST_APPEND, &[o.r, boxed], "the list is a list")?;
                self.appended.insert(key);
            }
            StmtKind::Expr(e) => {
                return Err(match &e.kind {
                    ExprKind::Call(_) | ExprKind::CallMethod(..) => self.unsupported(e),
                    _ => self.abort("an expression statement"),
                })
            }
            StmtKind::While { .. } | StmtKind::For { .. } => {
                return Err(self.abort("a nested loop (only innermost loops are compiled yet)"))
            }
            StmtKind::Return(_) => return Err(self.abort("`return` inside the loop")),
            StmtKind::Raise { .. } => return Err(self.abort("`raise` inside the loop")),
            StmtKind::Try { .. } => return Err(self.abort("`try` inside the loop")),
            StmtKind::With { .. } => return Err(self.abort("`with` inside the loop")),
            StmtKind::Assert { .. } => return Err(self.abort("`assert` inside the loop")),
            StmtKind::Del(_) => return Err(self.abort("`del` inside the loop")),
            StmtKind::AssignMulti { .. } => return Err(self.abort("a chained assignment `a = b = …`")),
            StmtKind::Import { .. } | StmtKind::ImportFrom { .. } => return Err(self.abort("`import` inside the loop")),
            StmtKind::FunctionDef(_) => return Err(self.abort("`def` inside the loop")),
            StmtKind::ClassDef(_) => return Err(self.abort("`class` inside the loop")),
        }
        Ok(Flow::Normal)
    }

    fn home_of(&self, target: &Target) -> Result<SlotHome, Abort> {
        match target {
            Target::Local(n) => Ok(SlotHome::Local(*n)),
            Target::Global(n) => Ok(SlotHome::Global(*n)),
            Target::Attr(_, name) => Err(self.abort(format!("assignment to attribute `.{name}`"))),
            Target::Subscript(..) => Err(self.abort("assignment to a subscript `x[i] = …`")),
            Target::Deref(_) => Err(self.abort("assignment to a closure variable")),
            Target::ClassName(_) => Err(self.abort("assignment in a class body")),
            Target::Unpack { .. } => Err(self.abort("nested unpacking")),
        }
    }

    fn assign(&mut self, target: &Target, value: Sym) -> Result<(), Abort> {
        match target {
            Target::Attr(obj, name) => {
                let o = self.heap_obj(obj)?;
                self.attr_store(&o, name, value)
            }
            Target::Subscript(obj, index) => {
                let o = self.heap_obj(obj)?;
                let i = self.expr(index)?;
                self.list_store(&o, i, value)
            }
            _ => {
                let home = self.home_of(target)?;
                self.write(home, value)
            }
        }
    }

    /// A heap object named by a local or global the iteration does not assign: loaded and
    /// guarded on its type (the trace only reads it and passes it to helpers).
    fn heap_obj(&mut self, e: &Expr) -> Result<ObjSym, Abort> {
        let home = match &e.kind {
            ExprKind::Local(n) => SlotHome::Local(*n),
            ExprKind::Global(n) | ExprKind::GlobalOrBuiltin(n, _) => SlotHome::Global(*n),
            _ => {
                self.line = e.line;
                return Err(self.abort("an object that is not a plain variable (`a.b.c`, `f().x`, `a[i][j]`)"));
            }
        };
        let slot = self.slot(home);
        if let Some(o) = self.heap_cur.get(&slot) {
            return Ok(o.clone());
        }
        let name = self.slot_name(home);
        if self.cur[slot].is_some() {
            return Err(self.abort(format!("`{name}` holds a number here")));
        }
        let value = match home {
            SlotHome::Local(n) => self.input.locals.get(n as usize).cloned(),
            SlotHome::Global(n) => self.input.module.slots.try_borrow().ok().and_then(|s| s.get(n as usize).cloned()),
            _ => None,
        }
        .unwrap_or(Value::Unbound);
        let tag = value.tag();
        if crate::ir::is_immediate_tag(tag) || tag == Tag::Unbound || tag == Tag::BigInt {
            return Err(
                self.abort(format!("`{name}` is {} where an object is needed", article(crate::ir::tag_name(tag))))
            );
        }
        let r = self.emit(Op::LoadSlot(Slot::from_u32(slot as u32)))?;
        let what = format!("`{name}` is {}", article(crate::ir::tag_name(tag)));
        self.emit_guarded(Op::GuardTag(r, TagImm(tag)), ExitKind::Guard, what)?;
        self.loaded[slot] = Some(crate::ir::tag_name(tag));
        Ok(ObjSym { r, value })
    }

    /// The instance, its shape and the attribute's index, for a plain-class instance.
    fn instance_attr(&mut self, o: &ObjSym, name: &str) -> Result<(Rc<Instance>, Rc<Shape>, usize), Abort> {
        let Value::Instance(inst) = &o.value else {
            return Err(self.abort(format!("`.{name}` of {}", article(crate::ir::tag_name(o.value.tag())))));
        };
        if !inst.dict.try_borrow().is_ok_and(|d| d.is_none()) {
            return Err(self.abort("an instance whose `__dict__` was used"));
        }
        if !inst.class.is_plain() {
            return Err(self.abort("an instance of a class with properties, `__slots__` or `__setattr__`"));
        }
        let Ok(shape) = inst.shape.try_borrow().map(|s| s.clone()) else {
            return Err(self.abort("internal: shape in use"));
        };
        let Some(index) = shape.index_of(name) else {
            return Err(self.abort(format!("`.{name}` is not an attribute of the instance itself")));
        };
        Ok((inst.clone(), shape, index))
    }

    /// Constants naming a shape and a slot index (the shape is kept alive with the trace).
    fn shape_consts(&mut self, shape: Rc<Shape>, index: usize) -> Result<[crate::ir::IrRef; 2], Abort> {
        let shape_c = self.emit(Op::ConstInt(Rc::as_ptr(&shape) as usize as i64))?;
        let index_c = self.emit(Op::ConstInt(index as i64))?;
        self.keep_alive.shapes.push(shape);
        Ok([shape_c, index_c])
    }

    /// `o.name`, a number in an instance's own attributes.
    fn attr_load(&mut self, o: &ObjSym, name: &str) -> Result<Sym, Abort> {
        let (inst, shape, index) = self.instance_attr(o, name)?;
        let key = (Rc::as_ptr(&inst) as usize, index);
        let num = match self.heap_writes.get(&key) {
            Some(num) => *num,
            None => match number_of(inst.slots.try_borrow().ok().as_deref().and_then(|s| s.get(index))) {
                Ok(num) => num,
                Err(what) => return Err(self.abort(format!("`.{name}` {what}"))),
            },
        };
        let [shape_c, index_c] = self.shape_consts(shape, index)?;
        let r = self.call(trace_calls::ATTR_LOAD, &[o.r, shape_c, index_c])?;
        self.unbox_result(r, num, format!("`.{name}` is {} (same shape)", article(num.kind())))
    }

    /// `o.name = v` for an attribute the instance has (a guarded effect).
    fn attr_store(&mut self, o: &ObjSym, name: &str, v: Sym) -> Result<(), Abort> {
        let (inst, shape, index) = self.instance_attr(o, name)?;
        let [shape_c, index_c] = self.shape_consts(shape, index)?;
        let boxed = self.boxed(v)?;
        self.effect(trace_calls::ATTR_STORE, &[o.r, shape_c, index_c, boxed], "the instance kept its shape")?;
        self.heap_writes.insert((Rc::as_ptr(&inst) as usize, index), v.num);
        Ok(())
    }

    /// The list `o` holds and the position `i` names in it now (Python's negative indices).
    fn list_position(&mut self, o: &ObjSym, i: Sym) -> Result<(Rc<runtime::object::PyList>, usize), Abort> {
        let Value::List(list) = &o.value else {
            return Err(self.abort(format!("a subscript of {}", article(crate::ir::tag_name(o.value.tag())))));
        };
        if self.appended.contains(&(Rc::as_ptr(list) as usize)) {
            return Err(self.abort("a list used again after `.append()` in the same iteration"));
        }
        let Num::Int(index) = i.num else {
            return Err(self.abort(format!("a list index that is {}", article(i.num.kind()))));
        };
        let len = list.items.try_borrow().map_or(0, |items| items.len()) as i64;
        let pos = if index < 0 { index + len } else { index };
        if !(0..len).contains(&pos) {
            return Err(self.abort("a list index out of range"));
        }
        Ok((list.clone(), pos as usize))
    }

    /// `o[i]`, a number in a list.
    fn list_load(&mut self, o: &ObjSym, i: Sym) -> Result<Sym, Abort> {
        let (list, pos) = self.list_position(o, i)?;
        let num = match self.heap_writes.get(&(Rc::as_ptr(&list) as usize, pos)) {
            Some(num) => *num,
            None => match number_of(list.items.try_borrow().ok().as_deref().and_then(|items| items.get(pos))) {
                Ok(num) => num,
                Err(what) => return Err(self.abort(format!("a list element {what}"))),
            },
        };
        let r = self.call(trace_calls::LIST_LOAD, &[o.r, i.r])?;
        self.unbox_result(r, num, format!("the index is in range and the element is {}", article(num.kind())))
    }

    /// `o[i] = v` (a guarded effect).
    fn list_store(&mut self, o: &ObjSym, i: Sym, v: Sym) -> Result<(), Abort> {
        let (list, pos) = self.list_position(o, i)?;
        let boxed = self.boxed(v)?;
        self.effect(trace_calls::LIST_STORE, &[o.r, i.r, boxed], "the index is in range")?;
        self.heap_writes.insert((Rc::as_ptr(&list) as usize, pos), v.num);
        Ok(())
    }

    /// The name of the builtin function `func` denotes, guarding that a module global of
    /// that name stays unassigned.
    fn builtin_name(&mut self, func: &Expr) -> Result<Option<Rc<str>>, Abort> {
        match &func.kind {
            ExprKind::Builtin(Value::Native(f)) => Ok(Some(f.name.clone())),
            ExprKind::GlobalOrBuiltin(n, Value::Native(f)) => {
                let unbound = self
                    .input
                    .module
                    .slots
                    .try_borrow()
                    .is_ok_and(|s| matches!(s.get(*n as usize), Some(Value::Unbound)));
                if !unbound {
                    return Ok(None);
                }
                let slot = self.slot(SlotHome::Global(*n));
                if self.cur[slot].is_some() {
                    return Ok(None);
                }
                let r = self.emit(Op::LoadSlot(Slot::from_u32(slot as u32)))?;
                let what = format!("no global `{}` hides the builtin", f.name);
                self.emit_guarded(Op::GuardTag(r, TagImm(Tag::Unbound)), ExitKind::Guard, what)?;
                self.loaded[slot] = Some("unbound");
                Ok(Some(f.name.clone()))
            }
            _ => Ok(None),
        }
    }

    /// Calls of `len`, `abs`, `min`, `max` (two numbers) and `math.sqrt`.
    fn call_expr(&mut self, e: &Expr, call: &runtime::code::Call) -> Result<Sym, Abort> {
        let mut args = Vec::with_capacity(call.args.len());
        for arg in &call.args {
            match arg {
                runtime::code::Elt::One(a) if call.simple => args.push(a),
                _ => return Err(self.unsupported(e)),
            }
        }
        if let ExprKind::Attr(base, name, _) = &call.func.kind {
            if &**name == "sqrt" && args.len() == 1 {
                return self.math_sqrt(e, base, args[0]);
            }
            return Err(self.unsupported(e));
        }
        let Some(name) = self.builtin_name(&call.func)? else { return Err(self.unsupported(e)) };
        match (&*name, &args[..]) {
            ("len", [a]) => {
                let o = self.heap_obj(a)?;
                let Value::List(list) = &o.value else {
                    return Err(self.abort(format!("`len` of {}", article(crate::ir::tag_name(o.value.tag())))));
                };
                if self.appended.contains(&(Rc::as_ptr(list) as usize)) {
                    return Err(self.abort("a list used again after `.append()` in the same iteration"));
                }
                let len = list.items.try_borrow().map_or(0, |items| items.len()) as i64;
                Ok(Sym { r: self.call(trace_calls::LIST_LEN, &[o.r])?, num: Num::Int(len) })
            }
            ("abs", [a]) => {
                let x = self.expr(a)?;
                match x.num {
                    Num::Float(f) => Ok(Sym { r: self.emit(Op::AbsFloat(x.r))?, num: Num::Float(f.abs()) }),
                    Num::Int(i) => match i.checked_abs() {
                        Some(v) => {
                            Ok(Sym { r: self.emit_checked(Op::AbsIntOvf(x.r), "int overflow")?, num: Num::Int(v) })
                        }
                        None => Err(self.abort("int overflow (the result is a big int)")),
                    },
                    Num::Bool(_) => Err(self.abort("`abs` of a bool")),
                }
            }
            ("min" | "max", [a, b]) => {
                let is_min = &*name == "min";
                let x = self.expr(a)?;
                let y = self.expr(b)?;
                match (x.num, y.num) {
                    (Num::Float(p), Num::Float(q)) => {
                        let (op, v) = if is_min {
                            (Op::MinFloat(x.r, y.r), if q < p { q } else { p })
                        } else {
                            (Op::MaxFloat(x.r, y.r), if q > p { q } else { p })
                        };
                        Ok(Sym { r: self.emit(op)?, num: Num::Float(v) })
                    }
                    (Num::Int(p), Num::Int(q)) => {
                        let (op, v) =
                            if is_min { (Op::MinInt(x.r, y.r), p.min(q)) } else { (Op::MaxInt(x.r, y.r), p.max(q)) };
                        Ok(Sym { r: self.emit(op)?, num: Num::Int(v) })
                    }
                    _ => {
                        Err(self.abort(format!("`{name}` of {} and {}", article(x.num.kind()), article(y.num.kind()))))
                    }
                }
            }
            _ => Err(self.unsupported(e)),
        }
    }

    /// `math.sqrt(x)` where `math` is the real module and `sqrt` its own (guarded by identity).
    fn math_sqrt(&mut self, e: &Expr, base: &Expr, arg: &Expr) -> Result<Sym, Abort> {
        let o = self.heap_obj(base)?;
        let module = match &o.value {
            Value::Other(other) => match &**other {
                Other::Module(m) if &*m.name == "math" => m.clone(),
                _ => return Err(self.unsupported(e)),
            },
            _ => return Err(self.unsupported(e)),
        };
        let Some(slot) = module.existing_slot("sqrt") else { return Err(self.unsupported(e)) };
        let function = match module.slots.try_borrow().ok().and_then(|s| s.get(slot as usize).cloned()) {
            Some(Value::Native(f)) if &*f.name == "math.sqrt" => f,
            _ => return Err(self.unsupported(e)),
        };
        let module_c = self.emit(Op::ConstInt(Rc::as_ptr(&module) as usize as i64))?;
        let slot_c = self.emit(Op::ConstInt(i64::from(slot)))?;
        let function_c = self.emit(Op::ConstInt(Rc::as_ptr(&function) as usize as i64))?;
        self.keep_alive.values.push(o.value.clone());
        self.keep_alive.values.push(Value::Native(function));
        let same = self.call(trace_calls::MODULE_ATTR_IS, &[o.r, module_c, slot_c, function_c])?;
        self.guard_dir(same, true, ExitKind::Guard, "`math.sqrt` is still `math.sqrt`")?;
        let x = self.expr(arg)?;
        let (r, v) = self.float_of(x)?;
        if v < 0.0 {
            return Err(self.abort("`math.sqrt` of a negative number"));
        }
        Ok(Sym {
            r: self.emit_checked(Op::SqrtFloat(r), "`math.sqrt` of a negative number")?,
            num: Num::Float(v.sqrt()),
        })
    }

    /// Why a call (or other unsupported expression) stops recording.
    fn unsupported(&mut self, e: &Expr) -> Abort {
        self.line = e.line;
        let reason = match &e.kind {
            ExprKind::Call(call) => format!("call to {}", self.callee_name(&call.func)),
            ExprKind::CallMethod(_, name, _) => format!("call to method `.{name}()`"),
            ExprKind::Attr(_, name, _) => format!("attribute access `.{name}`"),
            ExprKind::Subscript(..) => "subscript `x[i]`".into(),
            ExprKind::Deref(_) => "a closure variable".into(),
            ExprKind::Builtin(_) | ExprKind::GlobalOrBuiltin(..) => "a builtin used as a value".into(),
            ExprKind::ClassName(..) => "a name in a class body".into(),
            ExprKind::Unresolved(name) => format!("undefined name `{name}`"),
            ExprKind::Slice(..) => "a slice".into(),
            ExprKind::Tuple(_) => "a tuple".into(),
            ExprKind::List(_) => "a list".into(),
            ExprKind::Set(_) => "a set".into(),
            ExprKind::Dict(_) => "a dict".into(),
            ExprKind::Comprehension(_) => "a comprehension".into(),
            ExprKind::MakeFunction(..) => "a lambda or generator expression".into(),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "`yield`".into(),
            ExprKind::FString(_) => "an f-string".into(),
            _ => "an unsupported expression".into(),
        };
        self.abort(reason)
    }

    fn callee_name(&mut self, func: &Expr) -> String {
        match &func.kind {
            ExprKind::Builtin(v) | ExprKind::GlobalOrBuiltin(_, v) => match v {
                Value::Native(n) => format!("`{}`", n.name),
                _ => "a builtin".into(),
            },
            ExprKind::Global(n) => format!("`{}`", self.slot_name(SlotHome::Global(*n))),
            ExprKind::Local(n) => format!("`{}`", self.slot_name(SlotHome::Local(*n))),
            ExprKind::Attr(_, name, _) => format!("`.{name}`"),
            _ => "a function".into(),
        }
    }

    /// Records `e` as a condition (its truth value), guards the direction it takes now and
    /// returns that direction. `and`/`or`/`not` and comparison chains short-circuit as Python.
    fn cond(&mut self, e: &Expr, kind: ExitKind) -> Result<bool, Abort> {
        match &e.kind {
            ExprKind::Compare(first, rest) => {
                let mut a = self.expr(first)?;
                for (op, b) in rest {
                    let b = self.expr(b)?;
                    let c = self.compare(*op, a, b)?;
                    let Num::Bool(value) = c.num else { return Err(self.abort("internal: comparison")) };
                    self.guard_dir(c.r, value, kind, "the comparison went the other way")?;
                    if !value {
                        return Ok(false);
                    }
                    a = b;
                }
                Ok(true)
            }
            ExprKind::And(a, b) => Ok(self.cond(a, kind)? && self.cond(b, kind)?),
            ExprKind::Or(a, b) => Ok(self.cond(a, kind)? || self.cond(b, kind)?),
            ExprKind::Unary(UnaryOp::Not, x) => Ok(!self.cond(x, kind)?),
            _ => {
                let v = self.expr(e)?;
                let t = self.truth(v)?;
                let Num::Bool(value) = t.num else { return Err(self.abort("internal: truth")) };
                self.guard_dir(t.r, value, kind, "the condition went the other way")?;
                Ok(value)
            }
        }
    }

    /// Python's truth value of a number, as a bool.
    fn truth(&mut self, v: Sym) -> Result<Sym, Abort> {
        Ok(match v.num {
            Num::Bool(_) => v,
            Num::Int(i) => {
                let zero = self.emit(Op::ConstInt(0))?;
                Sym { r: self.emit(Op::NeInt(v.r, zero))?, num: Num::Bool(i != 0) }
            }
            Num::Float(x) => {
                let zero = self.emit(Op::ConstFloat(F64::new(0.0)))?;
                Sym { r: self.emit(Op::NeFloat(v.r, zero))?, num: Num::Bool(x != 0.0) }
            }
        })
    }

    fn expr(&mut self, e: &Expr) -> Result<Sym, Abort> {
        match &e.kind {
            ExprKind::Const(Value::Int(i)) => Ok(Sym { r: self.emit(Op::ConstInt(*i))?, num: Num::Int(*i) }),
            ExprKind::Const(Value::Float(x)) => {
                Ok(Sym { r: self.emit(Op::ConstFloat(F64::new(*x)))?, num: Num::Float(*x) })
            }
            ExprKind::Const(Value::Bool(b)) => Ok(Sym { r: self.emit(Op::ConstBool(*b))?, num: Num::Bool(*b) }),
            ExprKind::Const(v) => Err(self.abort(format!("a constant of type {}", crate::ir::tag_name(v.tag())))),
            ExprKind::Local(n) => self.read(SlotHome::Local(*n)),
            ExprKind::Global(n) => self.read(SlotHome::Global(*n)),
            ExprKind::GlobalOrBuiltin(n, _) => {
                let bound =
                    self.input.module.slots.borrow().get(*n as usize).is_some_and(|v| !matches!(v, Value::Unbound));
                if !bound {
                    return Err(self.unsupported(e));
                }
                self.read(SlotHome::Global(*n))
            }
            ExprKind::Binary(BinOp::Pow, a, b) if matches!(b.kind, ExprKind::Const(Value::Int(2))) => {
                let a = self.expr(a)?;
                match a.num {
                    Num::Int(_) => self.binop(BinOp::Mult, a, a),
                    _ => {
                        let b = self.expr(b)?;
                        self.binop(BinOp::Pow, a, b)
                    }
                }
            }
            ExprKind::Attr(obj, name, _) => {
                let o = self.heap_obj(obj)?;
                self.attr_load(&o, name)
            }
            ExprKind::Subscript(obj, index) => {
                let o = self.heap_obj(obj)?;
                let i = self.expr(index)?;
                self.list_load(&o, i)
            }
            ExprKind::Call(call) => self.call_expr(e, call),
            ExprKind::CallMethod(obj, name, call) if &**name == "sqrt" && call.simple && call.args.len() == 1 => {
                match &call.args[0] {
                    runtime::code::Elt::One(arg) => self.math_sqrt(e, obj, arg),
                    runtime::code::Elt::Star(_) => Err(self.unsupported(e)),
                }
            }
            ExprKind::Binary(op, a, b) => {
                let a = self.expr(a)?;
                let b = self.expr(b)?;
                self.binop(*op, a, b)
            }
            ExprKind::Unary(op, x) => {
                let x = self.expr(x)?;
                self.unary(*op, x)
            }
            ExprKind::Compare(first, rest) if rest.len() == 1 => {
                let a = self.expr(first)?;
                let b = self.expr(&rest[0].1)?;
                self.compare(rest[0].0, a, b)
            }
            ExprKind::Compare(..) => Err(self.abort("a comparison chain used as a value")),
            // `a and b` is `a` when `a` is false, else `b`; the guard fixes which.
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let is_and = matches!(e.kind, ExprKind::And(..));
                let a = self.expr(a)?;
                let t = self.truth(a)?;
                let Num::Bool(value) = t.num else { return Err(self.abort("internal: truth")) };
                self.guard_dir(t.r, value, ExitKind::Guard, "`and`/`or` went the other way")?;
                if value == is_and {
                    self.expr(b)
                } else {
                    Ok(a)
                }
            }
            ExprKind::IfExp(test, body, orelse) => {
                if self.cond(test, ExitKind::Guard)? {
                    self.expr(body)
                } else {
                    self.expr(orelse)
                }
            }
            _ => Err(self.unsupported(e)),
        }
    }

    fn unary(&mut self, op: UnaryOp, x: Sym) -> Result<Sym, Abort> {
        match (op, x.num) {
            (UnaryOp::Not, _) => {
                let t = self.truth(x)?;
                let Num::Bool(value) = t.num else { return Err(self.abort("internal: truth")) };
                Ok(Sym { r: self.emit(Op::NotBool(t.r))?, num: Num::Bool(!value) })
            }
            (UnaryOp::Pos, Num::Int(_) | Num::Float(_)) => Ok(x),
            (UnaryOp::Neg, Num::Int(i)) => match i.checked_neg() {
                Some(n) => Ok(Sym { r: self.emit_checked(Op::NegIntOvf(x.r), "int overflow")?, num: Num::Int(n) }),
                None => Err(self.abort("int overflow (the result is a big int)")),
            },
            (UnaryOp::Neg, Num::Float(f)) => Ok(Sym { r: self.emit(Op::NegFloat(x.r))?, num: Num::Float(-f) }),
            (UnaryOp::Invert, Num::Int(i)) => Ok(Sym { r: self.emit(Op::InvertInt(x.r))?, num: Num::Int(!i) }),
            _ => Err(self.abort(format!("unary `{}` on a {}", unary_text(op), x.num.kind()))),
        }
    }

    fn float_of(&mut self, v: Sym) -> Result<(crate::ir::IrRef, f64), Abort> {
        match v.num {
            Num::Float(x) => Ok((v.r, x)),
            Num::Int(i) => Ok((self.emit(Op::IntToFloat(v.r))?, i as f64)),
            Num::Bool(_) => Err(self.abort("arithmetic on a bool")),
        }
    }

    /// Guards `|v| <= 2**53` (so it converts to float exactly) and converts it.
    fn exact_float_of(&mut self, v: Sym) -> Result<(crate::ir::IrRef, f64), Abort> {
        if let Num::Int(i) = v.num {
            if !(-EXACT_FLOAT_INT..=EXACT_FLOAT_INT).contains(&i) {
                return Err(self.abort("an int beyond 2**53 mixed with floats"));
            }
            let hi = self.emit(Op::ConstInt(EXACT_FLOAT_INT))?;
            let lo = self.emit(Op::ConstInt(-EXACT_FLOAT_INT))?;
            let le = self.emit(Op::LeInt(v.r, hi))?;
            self.guard_dir(le, true, ExitKind::Guard, "an int grew beyond 2**53")?;
            let ge = self.emit(Op::GeInt(v.r, lo))?;
            self.guard_dir(ge, true, ExitKind::Guard, "an int grew beyond 2**53")?;
        }
        self.float_of(v)
    }

    fn binop(&mut self, op: BinOp, a: Sym, b: Sym) -> Result<Sym, Abort> {
        match (a.num, b.num) {
            (Num::Int(x), Num::Int(y)) => self.int_binop(op, a, b, x, y),
            (Num::Float(_), Num::Float(_) | Num::Int(_)) | (Num::Int(_), Num::Float(_)) => {
                let (ra, x) = self.float_of(a)?;
                let (rb, y) = self.float_of(b)?;
                self.float_binop(op, ra, rb, x, y)
            }
            _ => Err(self.abort(format!("`{}` on a {} and a {}", op.symbol(), a.num.kind(), b.num.kind()))),
        }
    }

    fn float_binop(
        &mut self,
        op: BinOp,
        ra: crate::ir::IrRef,
        rb: crate::ir::IrRef,
        x: f64,
        y: f64,
    ) -> Result<Sym, Abort> {
        let (r, value) = match op {
            BinOp::Add => (self.emit(Op::AddFloat(ra, rb))?, x + y),
            BinOp::Sub => (self.emit(Op::SubFloat(ra, rb))?, x - y),
            BinOp::Mult => (self.emit(Op::MulFloat(ra, rb))?, x * y),
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.abort("float division by zero"));
                }
                (self.emit_checked(Op::DivFloat(ra, rb), "float division by zero")?, x / y)
            }
            BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
                let (decl, value) = match op {
                    BinOp::FloorDiv => (trace_calls::FLOAT_FLOORDIV, arith::float_floordiv(x, y)),
                    BinOp::Mod => (trace_calls::FLOAT_MOD, arith::float_mod(x, y)),
                    _ => (trace_calls::FLOAT_POW, arith::float_pow(x, y)),
                };
                let Ok(value) = value else {
                    return Err(self.abort(format!("float `{}` raised while recording", op.symbol())));
                };
                let r = self.call(decl, &[ra, rb])?;
                let what = format!("float `{}` did not raise", op.symbol());
                return self.unbox_result(r, Num::Float(value), what);
            }
            _ => return Err(self.abort(format!("`{}` on floats", op.symbol()))),
        };
        Ok(Sym { r, num: Num::Float(value) })
    }

    fn int_binop(&mut self, op: BinOp, a: Sym, b: Sym, x: i64, y: i64) -> Result<Sym, Abort> {
        let overflow = "int overflow (the result is a big int)";
        let int = |v: Option<i64>| v.map(Num::Int);
        let (op, value, what): (Op, Option<Num>, &str) = match op {
            BinOp::Add => (Op::AddIntOvf(a.r, b.r), int(x.checked_add(y)), "int overflow"),
            BinOp::Sub => (Op::SubIntOvf(a.r, b.r), int(x.checked_sub(y)), "int overflow"),
            BinOp::Mult => (Op::MulIntOvf(a.r, b.r), int(x.checked_mul(y)), "int overflow"),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.abort("integer division by zero"));
                }
                (
                    Op::FloordivInt(a.r, b.r),
                    int(runtime::numeric::arith::int_floordiv_i64(x, y)),
                    "integer division by zero or overflow",
                )
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.abort("integer modulo by zero"));
                }
                (
                    Op::ModInt(a.r, b.r),
                    Some(Num::Int(runtime::numeric::arith::int_mod_i64(x, y))),
                    "integer modulo by zero",
                )
            }
            BinOp::BitAnd => (Op::AndInt(a.r, b.r), int(Some(x & y)), ""),
            BinOp::BitOr => (Op::OrInt(a.r, b.r), int(Some(x | y)), ""),
            BinOp::BitXor => (Op::XorInt(a.r, b.r), int(Some(x ^ y)), ""),
            BinOp::LShift => {
                if y < 0 {
                    return Err(self.abort("negative shift count"));
                }
                let v = if y >= 64 {
                    (x == 0).then_some(0)
                } else {
                    let r = x.wrapping_shl(y as u32);
                    (r >> y == x).then_some(r)
                };
                (Op::LshiftIntOvf(a.r, b.r), int(v), "a shift overflowed or was negative")
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(self.abort("negative shift count"));
                }
                (Op::RshiftInt(a.r, b.r), int(Some(x >> y.min(63))), "negative shift count")
            }
            BinOp::Div => {
                if y == 0 {
                    return Err(self.abort("division by zero"));
                }
                let (ra, fx) = self.exact_float_of(a)?;
                let (rb, fy) = self.exact_float_of(b)?;
                return self.float_binop(BinOp::Div, ra, rb, fx, fy);
            }
            BinOp::Pow | BinOp::MatMult => return Err(self.abort(format!("`{}` on ints", op.symbol()))),
        };
        let Some(num) = value else { return Err(self.abort(overflow)) };
        let r =
            if op.flags().contains(crate::ir::OpFlags::GUARD) { self.emit_checked(op, what)? } else { self.emit(op)? };
        Ok(Sym { r, num })
    }

    fn compare(&mut self, op: CmpOp, a: Sym, b: Sym) -> Result<Sym, Abort> {
        let (r, value) = match (a.num, b.num) {
            (Num::Int(x), Num::Int(y)) => {
                let (op, value) = match op {
                    CmpOp::Lt => (Op::LtInt(a.r, b.r), x < y),
                    CmpOp::LtE => (Op::LeInt(a.r, b.r), x <= y),
                    CmpOp::Gt => (Op::GtInt(a.r, b.r), x > y),
                    CmpOp::GtE => (Op::GeInt(a.r, b.r), x >= y),
                    CmpOp::Eq => (Op::EqInt(a.r, b.r), x == y),
                    CmpOp::NotEq => (Op::NeInt(a.r, b.r), x != y),
                    _ => return Err(self.abort(format!("`{}` on numbers", op.symbol()))),
                };
                (self.emit(op)?, value)
            }
            (Num::Float(_) | Num::Int(_), Num::Float(_) | Num::Int(_)) => {
                let (ra, x) = self.exact_float_of(a)?;
                let (rb, y) = self.exact_float_of(b)?;
                let (op, value) = match op {
                    CmpOp::Lt => (Op::LtFloat(ra, rb), x < y),
                    CmpOp::LtE => (Op::LeFloat(ra, rb), x <= y),
                    CmpOp::Gt => (Op::GtFloat(ra, rb), x > y),
                    CmpOp::GtE => (Op::GeFloat(ra, rb), x >= y),
                    CmpOp::Eq => (Op::EqFloat(ra, rb), x == y),
                    CmpOp::NotEq => (Op::NeFloat(ra, rb), x != y),
                    _ => return Err(self.abort(format!("`{}` on numbers", op.symbol()))),
                };
                (self.emit(op)?, value)
            }
            _ => {
                return Err(self.abort(format!("`{}` between a {} and a {}", op.symbol(), a.num.kind(), b.num.kind())))
            }
        };
        Ok(Sym { r, num: Num::Bool(value) })
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

fn number_of(v: Option<&Value>) -> Result<Num, String> {
    match v {
        Some(Value::Int(i)) => Ok(Num::Int(*i)),
        Some(Value::Float(x)) => Ok(Num::Float(*x)),
        Some(Value::Bool(b)) => Ok(Num::Bool(*b)),
        Some(Value::Unbound) | None => Err("is not assigned yet".into()),
        Some(Value::BigInt(_)) => Err("is a big int (beyond 64 bits)".into()),
        Some(other) => Err(format!("is a {}", crate::ir::tag_name(other.tag()))),
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
