//! Residual calls in the recorded iteration: a call statement (`print(i)`, `d.update(x)`,
//! `total = work(i)`) the trace does not compile itself becomes a `call_python` of a
//! `crate::residual::ResidualSite`, so the loop around it still compiles (see
//! `crate::residual` for what happens at run time).
//!
//! The call is its statement's effect, and the last thing in it: its arguments are
//! evaluated first (guards resume before the statement), then the globals the iteration
//! assigned are stored to the slot array, then the call runs, and its one guard ("the call
//! returned") exits with the state the statement started with when it raised (the driver
//! raises it from this line) or was declined (the interpreter runs the statement). That
//! exit's snapshot leaves out globals: they are in memory already, and a callee that
//! assigned one before raising must not see it overwritten.
//!
//! After the call the recorder forgets what it knew of globals and of the heap (the callee
//! may have changed anything but the frame's locals); later reads load and guard again.
//! The result goes to its variable's slot as is (a counted store): later statements read
//! it with a guard on the type the variable had when recording started (a wrong guess
//! costs an exit).

use super::*;
use crate::residual::{ArgSpec, Callee, ResidualSite, StmtSite};
use runtime::code::{Call, Elt};

/// The recorder's state at the start of a statement, to roll back to when the statement
/// cannot be recorded and is left to the interpreter instead (`residual_stmt`).
pub(super) struct Checkpoint {
    em: Emitter,
    stats: OptStats,
    homes: Vec<SlotHome>,
    slot_of: HashMap<SlotHome, usize>,
    used: Vec<bool>,
    cur: Vec<Option<Sym>>,
    loaded: Vec<Option<&'static str>>,
    written_at: Vec<Option<u32>>,
    exits: Vec<ExitSite>,
    line: u32,
    path: Vec<u32>,
    effect_done: bool,
    stmt_effect: bool,
    stmt_entries: Vec<(Slot, crate::ir::IrRef)>,
    helpers: HashMap<&'static str, crate::ir::HelperId>,
    heap_writes: HashMap<(usize, usize), Num>,
    appended: HashSet<usize>,
    heap_cur: HashMap<usize, ObjSym>,
    kept: (usize, usize, usize, usize),
    call_results: HashSet<usize>,
    residual_written: Vec<usize>,
    counts: (u32, u32),
}

impl Recorder<'_, '_> {
    pub(super) fn checkpoint(&self) -> Checkpoint {
        let k = &self.keep_alive;
        Checkpoint {
            em: self.em.clone(),
            stats: self.stats.clone(),
            homes: self.homes.clone(),
            slot_of: self.slot_of.clone(),
            used: self.used.clone(),
            cur: self.cur.clone(),
            loaded: self.loaded.clone(),
            written_at: self.written_at.clone(),
            exits: self.exits.clone(),
            line: self.line,
            path: self.path.clone(),
            effect_done: self.effect_done,
            stmt_effect: self.stmt_effect,
            stmt_entries: self.stmt_entries.clone(),
            helpers: self.helpers.clone(),
            heap_writes: self.heap_writes.clone(),
            appended: self.appended.clone(),
            heap_cur: self.heap_cur.clone(),
            kept: (k.shapes.len(), k.values.len(), k.sites.len(), k.stmts.len()),
            call_results: self.call_results.clone(),
            residual_written: self.residual_written.clone(),
            counts: (self.residual_count, self.compiled_count),
        }
    }

    pub(super) fn rollback(&mut self, cp: Checkpoint) {
        self.em = cp.em;
        self.stats = cp.stats;
        self.homes = cp.homes;
        self.slot_of = cp.slot_of;
        self.used = cp.used;
        self.cur = cp.cur;
        self.loaded = cp.loaded;
        self.written_at = cp.written_at;
        self.exits = cp.exits;
        self.line = cp.line;
        self.path = cp.path;
        self.effect_done = cp.effect_done;
        self.stmt_effect = cp.stmt_effect;
        self.stmt_entries = cp.stmt_entries;
        self.helpers = cp.helpers;
        self.heap_writes = cp.heap_writes;
        self.appended = cp.appended;
        self.heap_cur = cp.heap_cur;
        let (shapes, values, sites, stmts) = cp.kept;
        self.keep_alive.shapes.truncate(shapes);
        self.keep_alive.values.truncate(values);
        self.keep_alive.sites.truncate(sites);
        self.keep_alive.stmts.truncate(stmts);
        self.call_results = cp.call_results;
        self.residual_written = cp.residual_written;
        (self.residual_count, self.compiled_count) = cp.counts;
    }

    /// A statement the trace does not compile (`why` says what stopped it), run by the
    /// interpreter from compiled code (`exec_python`): the frame gets the iteration's
    /// values first, and the trace reads back what the statement assigned. The variables
    /// it assigns become counted slots, read later with a guard on their type.
    pub(super) fn residual_stmt(&mut self, stmt: &Stmt, why: Abort) -> Result<(), Abort> {
        self.line = stmt.line;
        let Some(targets) = assigned_names(stmt) else { return Err(why) };
        let mut slots = Vec::with_capacity(targets.len());
        for home in targets {
            let slot = self.slot(home);
            if self.written_at[slot].is_some() {
                let name = self.slot_name(home);
                return Err(self.abort(format!(
                    "`{name}` is assigned by the trace and by a statement it leaves to the interpreter ({})",
                    why.reason
                )));
            }
            slots.push(slot);
        }
        let (snap, address) = self.stmt_site(stmt, why)?;
        let done = self.emit(Op::ExecPython(address))?;
        self.em.emit(Op::GuardTrue(done), Some(snap), &mut self.stats);
        self.stmt_effect = true;
        self.effect_done = true;
        self.forget_globals_and_heap();
        for slot in slots {
            self.cur[slot] = None;
            self.reload_after_store(slot);
            self.residual_written.push(slot);
        }
        Ok(())
    }

    /// The test of the `if` statement `stmt`, which the trace cannot compile (`why`), left to
    /// the interpreter (`eval_python_test`). The trace follows the `if` branch; when the test
    /// is false, its guard resumes at the first statement of the `else` branch (the test has
    /// run: it was an effect), where a side trace can take over.
    pub(super) fn residual_test(&mut self, stmt: &Stmt, why: Abort) -> Result<bool, Abort> {
        self.line = stmt.line;
        let (raised, address) = self.stmt_site(stmt, why)?;
        let r = self.emit(Op::EvalPythonTest(address))?;
        let two = self.emit(Op::ConstInt(2))?;
        let failed = self.emit(Op::EqInt(r, two))?;
        self.em.emit(Op::GuardFalse(failed), Some(raised), &mut self.stats);
        let one = self.emit(Op::ConstInt(1))?;
        let truthy = self.emit(Op::EqInt(r, one))?;
        let entries = self.snapshot_entries_without_globals();
        let resume = self.exits.len() as u32;
        let mut path = self.path.clone();
        path.extend([1, 0]);
        self.exits.push(ExitSite {
            line: stmt.line,
            kind: ExitKind::Guard,
            what: "the test was false".into(),
            resume_at: Some(BodyPath(path.into())),
            inner_loop: None,
        });
        let snap = self.em.add_snapshot(Snapshot::new(resume, entries));
        self.em.emit(Op::GuardTrue(truthy), Some(snap), &mut self.stats);
        self.stmt_effect = true;
        self.effect_done = true;
        self.forget_globals_and_heap();
        Ok(true)
    }

    /// Before a statement or test left to the interpreter: the exit for when it raises, the
    /// iteration's assignments stored into the slots, and the site's address.
    fn stmt_site(&mut self, stmt: &Stmt, why: Abort) -> Result<(crate::ir::SnapshotId, i64), Abort> {
        let snap = self.call_exit()?;
        self.store_assigned_slots(false)?;
        let names = super::uses::names_used(stmt);
        let (locals, globals) = match names {
            Some(n) => (Some(n.locals.into()), Some(n.globals.into())),
            None => (None, None),
        };
        let site = Box::new(StmtSite::new(stmt, locals, globals));
        let address = &*site as *const StmtSite as usize as i64;
        self.keep_alive.stmts.push(site);
        self.residual_count += 1;
        self.residual_why.get_or_insert((why.line, why.reason));
        Ok((snap, address))
    }

    /// The slots the iteration assigned so far, globals left out (see `call_exit`).
    fn snapshot_entries_without_globals(&self) -> Vec<(Slot, crate::ir::IrRef)> {
        (0..self.written_at.len())
            .filter(|&slot| self.written_at[slot].is_some() && !matches!(self.homes[slot], SlotHome::Global(_)))
            .filter_map(|slot| self.cur[slot].map(|sym| (Slot::from_u32(slot as u32), sym.r)))
            .collect()
    }

    /// True when the trace computes the call `e` itself: an inlinable user function, or a
    /// builtin it compiles as an operation (`len`, `abs`, `min`, `max`, `math.sqrt`).
    pub(super) fn compiles_call(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Call(call) if call.simple => {
                if let Some(name) = self.peek_builtin(&call.func) {
                    return match (&*name, &call.args[..]) {
                        ("len" | "abs", [_]) | ("min" | "max", [_, _]) => true,
                        // Of a number only: `int(text)` stays a residual call.
                        ("int" | "float", [runtime::code::Elt::One(arg)]) => self.numeric_operand(arg),
                        ("isinstance", [_, runtime::code::Elt::One(t)]) => {
                            self.peek_builtin(t).is_some_and(|name| calls::plain_type(&name))
                        }
                        _ => false,
                    };
                }
                if let (Some(Value::Native(f)), 1) = (self.peek(&call.func), call.args.len()) {
                    return f.name.strip_prefix("math.").is_some_and(calls::math_function);
                }
                let ExprKind::Global(n) = &call.func.kind else { return false };
                let now = self.input.module.slots.try_borrow().ok().and_then(|s| s.get(*n as usize).cloned());
                match now {
                    Some(Value::Function(func)) => inline::inlinable(&func, call, 0, self.input.module, None),
                    _ => false,
                }
            }
            ExprKind::CallMethod(obj, name, call)
                if calls::math_function(name) && call.simple && call.args.len() == 1 && self.is_math_module(obj) =>
            {
                true
            }
            ExprKind::CallMethod(obj, name, call) => {
                self.is_dict_get(e) || (call.simple && self.compiles_method(obj, name, call))
            }
            _ => false,
        }
    }

    /// True when `e` is an expression whose value is known to be recorded as a number: not a
    /// call, and not a variable holding an object now.
    fn numeric_operand(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Const(v) => matches!(v, Value::Int(_) | Value::Float(_)),
            ExprKind::Local(_) | ExprKind::Global(_) => {
                matches!(self.peek(e), None | Some(Value::Int(_) | Value::Float(_)))
            }
            ExprKind::Binary(_, a, b) => self.numeric_operand(a) && self.numeric_operand(b),
            ExprKind::Unary(_, a) => self.numeric_operand(a),
            _ => false,
        }
    }

    /// True when `obj` holds the `math` module now.
    pub(super) fn is_math_module(&self, obj: &Expr) -> bool {
        matches!(self.peek(obj), Some(Value::Other(o)) if matches!(&*o, Other::Module(m) if &*m.name == "math"))
    }

    /// The value a variable holds at this point of the recording, if the recorder knows it
    /// as an object (assigned earlier in the iteration, or held since the loop header).
    pub(super) fn peek(&self, e: &Expr) -> Option<Value> {
        let home = match &e.kind {
            ExprKind::Local(n) if self.inline.is_empty() => SlotHome::Local(*n),
            ExprKind::Global(n) | ExprKind::GlobalOrBuiltin(n, _) => SlotHome::Global(*n),
            _ => return None,
        };
        self.peek_home(home)
    }

    /// The object the variable `home` holds at this point of the recording, if known.
    pub(super) fn peek_home(&self, home: SlotHome) -> Option<Value> {
        if let Some(&slot) = self.slot_of.get(&home) {
            if let Some(o) = self.heap_cur.get(&slot) {
                return Some(o.value.clone());
            }
            if self.cur[slot].is_some() {
                return None;
            }
        }
        self.header_value(home)
    }

    /// The builtin function or type `func` names when no module global hides it (no guard
    /// emitted).
    fn peek_builtin(&self, func: &Expr) -> Option<Rc<str>> {
        let v = match &func.kind {
            ExprKind::Builtin(v) => v,
            ExprKind::GlobalOrBuiltin(n, v) => {
                let slots = self.input.module.slots.try_borrow().ok()?;
                if !matches!(slots.get(*n as usize), Some(Value::Unbound)) {
                    return None;
                }
                v
            }
            _ => return None,
        };
        match v {
            Value::Native(f) => Some(f.name.clone()),
            Value::Class(c) => Some(Rc::from(c.name.as_str())),
            _ => None,
        }
    }

    /// The call `e` as a residual call, its result stored into `target` or dropped.
    pub(super) fn residual_call(&mut self, e: &Expr, target: Option<SlotHome>) -> Result<(), Abort> {
        self.line = e.line;
        if !self.inline.is_empty() {
            return Err(self.abort("a call inside an inlined function"));
        }
        if self.stmt_effect {
            return Err(self.abort("two effects in one statement"));
        }
        let mut dynamic: Vec<crate::ir::IrRef> = Vec::new();
        let mut args = Vec::new();
        let (callee, call): (Callee, &Call) = match &e.kind {
            ExprKind::CallMethod(obj, name, call) => {
                args.push(self.residual_arg(obj, &mut dynamic)?);
                (Callee::Method(name.clone()), call)
            }
            ExprKind::Call(call) => match self.builtin_name(&call.func)? {
                Some(_) => match &call.func.kind {
                    ExprKind::Builtin(v) | ExprKind::GlobalOrBuiltin(_, v) => (Callee::Const(v.clone()), &**call),
                    _ => return Err(self.abort("internal: a builtin callee")),
                },
                None => {
                    args.push(self.residual_arg(&call.func, &mut dynamic)?);
                    (Callee::Arg0, &**call)
                }
            },
            _ => return Err(self.unsupported(e)),
        };
        for arg in &call.args {
            match arg {
                Elt::One(a) => args.push(self.residual_arg(a, &mut dynamic)?),
                Elt::Star(_) => return Err(self.abort("a starred argument `*x` in a call")),
            }
        }
        let mut kwnames = Vec::new();
        for (name, value) in &call.kwargs {
            let Some(name) = name else { return Err(self.abort("a `**` argument in a call")) };
            kwnames.push(name.clone());
            args.push(self.residual_arg(value, &mut dynamic)?);
        }
        let target = match target {
            Some(home) => {
                let slot = self.slot(home);
                if self.cur[slot].is_some() {
                    let name = self.slot_name(home);
                    return Err(self.abort(format!("`{name}` is a number and a call's result in one iteration")));
                }
                Some(slot)
            }
            None => None,
        };
        let snap = self.call_exit()?;
        self.store_assigned_slots(true)?;
        let site = Box::new(ResidualSite { callee, args, kwnames, target: target.map(|s| s as u32), line: self.line });
        let address = &*site as *const ResidualSite as usize as i64;
        self.keep_alive.sites.push(site);
        let op = match target {
            Some(slot) => Op::CallPythonInto(Slot::from_u32(slot as u32), address, dynamic.into()),
            None => Op::CallPython(address, dynamic.into()),
        };
        self.residual_count += 1;
        let line = self.line;
        self.residual_why.get_or_insert_with(|| (line, "a call the trace makes through the interpreter".into()));
        let done = self.emit(op)?;
        self.em.emit(Op::GuardTrue(done), Some(snap), &mut self.stats);
        self.stmt_effect = true;
        self.effect_done = true;
        self.forget_globals_and_heap();
        if let Some(slot) = target {
            self.reload_after_store(slot);
        }
        Ok(())
    }

    /// One argument of a residual call: a constant of the source, or a value the trace
    /// passes. A variable the iteration has not assigned is passed as its slot holds it,
    /// guarded only against being unbound (the callee takes any type); a number the
    /// iteration computed is boxed, an object passed as loaded.
    fn residual_arg(&mut self, e: &Expr, dynamic: &mut Vec<crate::ir::IrRef>) -> Result<ArgSpec, Abort> {
        if let ExprKind::Const(v) = &e.kind {
            return Ok(ArgSpec::Const(v.clone()));
        }
        let untouched = match &e.kind {
            ExprKind::Local(n) if self.inline.is_empty() => Some(SlotHome::Local(*n)),
            ExprKind::Global(n) => Some(SlotHome::Global(*n)),
            _ => None,
        }
        .map(|home| (home, self.slot(home)))
        .filter(|&(_, slot)| self.cur[slot].is_none() && !self.heap_cur.contains_key(&slot));
        let r = match untouched {
            Some((home, slot)) => self.bound_var(home, slot)?,
            None => match self.value_expr(e)? {
                Val::Num(v) => self.boxed(v)?,
                Val::Obj(o) => o.r,
            },
        };
        dynamic.push(r);
        Ok(ArgSpec::Dyn(dynamic.len() as u32 - 1))
    }

    /// A variable's value as its slot holds it, guarded to be bound (whatever its type).
    fn bound_var(&mut self, home: SlotHome, slot: usize) -> Result<crate::ir::IrRef, Abort> {
        let name = self.slot_name(home);
        let r = self.emit(Op::LoadSlot(Slot::from_u32(slot as u32)))?;
        let tag = self.emit(Op::TagOf(r))?;
        let unbound = self.emit(Op::ConstInt(Tag::Unbound as i64))?;
        let bound = self.emit(Op::NeInt(tag, unbound))?;
        self.guard_dir(bound, true, ExitKind::Guard, &format!("`{name}` is assigned"))?;
        Ok(r)
    }

    /// The exit of a residual call: the state its statement started with, globals left out
    /// (the call's own stores put them in memory), resuming at the statement.
    fn call_exit(&mut self) -> Result<crate::ir::SnapshotId, Abort> {
        let entries = self.snapshot_entries_without_globals();
        let resume = self.exits.len() as u32;
        self.exits.push(ExitSite {
            line: self.line,
            kind: ExitKind::Raise,
            what: "the call returned".into(),
            resume_at: Some(BodyPath(self.path.clone().into())),
            inner_loop: None,
        });
        Ok(self.em.add_snapshot(Snapshot::new(resume, entries)))
    }

    /// Stores every slot the iteration assigned so far (only the globals, with
    /// `globals_only`) into the slot array, where a residual call's helper copies it to the
    /// module (and the frame).
    fn store_assigned_slots(&mut self, globals_only: bool) -> Result<(), Abort> {
        let dirty: Vec<(usize, Sym)> = (0..self.written_at.len())
            .filter(|&slot| {
                self.written_at[slot].is_some() && (!globals_only || matches!(self.homes[slot], SlotHome::Global(_)))
            })
            .filter_map(|slot| self.cur[slot].map(|sym| (slot, sym)))
            .collect();
        for (slot, sym) in dirty {
            let boxed = self.boxed(sym)?;
            self.em.emit(Op::StoreSlot(Slot::from_u32(slot as u32), boxed), None, &mut self.stats);
        }
        Ok(())
    }

    /// After Python code ran: globals and heap contents are read again when needed.
    fn forget_globals_and_heap(&mut self) {
        for slot in 0..self.homes.len() {
            if matches!(self.homes[slot], SlotHome::Global(_)) {
                self.cur[slot] = None;
                self.heap_cur.remove(&slot);
                self.loaded[slot] = None;
            }
        }
        self.heap_writes.clear();
    }
}

/// The variables (locals and globals) `stmt` assigns, for the statements the interpreter
/// may run from compiled code (`None` for the others: loops, `return`, `break`, `try`, …,
/// and assignments to closure variables or class names).
fn assigned_names(stmt: &Stmt) -> Option<Vec<SlotHome>> {
    fn target(t: &Target, out: &mut Vec<SlotHome>) -> bool {
        match t {
            Target::Local(n) => out.push(SlotHome::Local(*n)),
            Target::Global(n) => out.push(SlotHome::Global(*n)),
            Target::Attr(..) | Target::Subscript(..) => {}
            Target::Unpack { targets, .. } => return targets.iter().all(|t| target(t, out)),
            Target::Deref(_) | Target::ClassName(_) => return false,
        }
        true
    }
    let mut out = Vec::new();
    let ok = match &stmt.kind {
        StmtKind::Expr(_) | StmtKind::Pass | StmtKind::Assert { .. } => true,
        StmtKind::Assign { target: t, .. } | StmtKind::AugAssign { target: t, .. } => target(t, &mut out),
        StmtKind::AssignMulti { targets, .. } => targets.iter().all(|t| target(t, &mut out)),
        StmtKind::Del(targets) => targets.iter().all(|t| target(t, &mut out)),
        _ => false,
    };
    ok.then_some(out)
}
