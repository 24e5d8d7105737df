//! Statements of the recorded iteration: the `range` loop header (iterators' headers are
//! `iter_headers.rs`'), blocks, assignments, `if`, `append`, and the resume path each
//! statement is at.
//!
//! Invariant: `block` pushes each statement's index onto `path` and calls `begin_stmt`
//! before it, so every exit inside names the statement it resumes at.

use super::*;

impl Recorder<'_, '_> {
    /// `for target in range(…)`: the test on the hidden slot, the step, the target.
    pub(super) fn range_header(
        &mut self,
        target: &Target,
        iter_slot: u32,
        range: RangeHeader,
        constant_step: bool,
    ) -> Result<(), Abort> {
        let home = SlotHome::Local(iter_slot);
        let i = self.read(home)?;
        let stop = self.read(SlotHome::RangeStop(self.input.loop_id))?;
        let (Num::Int(iv), Num::Int(stopv)) = (i.num, stop.num) else {
            return Err(self.abort("the loop position is not an int"));
        };
        let (op, go) =
            if range.step > 0 { (Op::LtInt(i.r, stop.r), iv < stopv) } else { (Op::GtInt(i.r, stop.r), iv > stopv) };
        if !go {
            return Err(self.loop_ended());
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
            let step = self.read(SlotHome::RangeStep(self.input.loop_id))?.r;
            let zero = self.emit(Op::ConstInt(0))?;
            let positive = self.emit(Op::GtInt(step, zero))?;
            self.guard_dir(positive, range.step > 0, ExitKind::Guard, "the range's step changed sign")?;
            step
        };
        let r = self.emit_checked(Op::AddIntOvf(i.r, step), "the range counter overflows")?;
        self.write(home, Sym { r, num: Num::Int(next) })?;
        self.assign(target, i)
    }

    /// The loop body; `Break` aborts, `Continue` ends the iteration early.
    pub(super) fn body(&mut self, body: &Block) -> Result<(), Abort> {
        match self.block(body)? {
            Flow::Normal | Flow::Continue => Ok(()),
            Flow::Break => Err(self.abort("`break` was taken while the loop was being recorded")),
        }
    }

    pub(super) fn block(&mut self, block: &Block) -> Result<Flow, Abort> {
        self.block_at(block, 0)
    }

    /// The statements of `block` from the one `path` names (a `BodyPath` inside it): the
    /// rest of each enclosing `if` branch, then what follows (as `exec_body_from` runs them).
    pub(super) fn block_from(&mut self, block: &Block, path: &[u32]) -> Result<Flow, Abort> {
        let Some((&first, rest)) = path.split_first() else { return Err(self.abort("internal: an empty path")) };
        match rest {
            [] => self.block_at(block, first as usize),
            [branch, deeper @ ..] => {
                let Some(Stmt { kind: StmtKind::If { body, orelse, .. }, .. }) = block.get(first as usize) else {
                    return Err(self.abort("internal: a path through something other than `if`"));
                };
                self.path.extend([first, *branch]);
                let flow = self.block_from(if *branch == 0 { body } else { orelse }, deeper);
                self.path.truncate(self.path.len() - 2);
                match flow? {
                    Flow::Normal => self.block_at(block, first as usize + 1),
                    flow => Ok(flow),
                }
            }
        }
    }

    /// The statements of `block` from index `from` on.
    fn block_at(&mut self, block: &Block, from: usize) -> Result<Flow, Abort> {
        for (index, stmt) in block.iter().enumerate().skip(from) {
            self.path.push(index as u32);
            self.begin_stmt();
            // A generator's statements stay compiled or stop recording: one left to the
            // interpreter could `yield`, which must not suspend inside compiled code.
            let residual = residual_candidate(stmt) && !self.input.code.is_generator;
            let checkpoint = residual.then(|| self.checkpoint());
            let residual_before = self.residual_count;
            let flow = match (self.stmt(stmt), checkpoint) {
                (Ok(flow), _) => {
                    let control = matches!(stmt.kind, StmtKind::Pass | StmtKind::Break | StmtKind::Continue);
                    if self.residual_count == residual_before && !control {
                        self.compiled_count += 1;
                    }
                    flow
                }
                (Err(why), Some(checkpoint)) if !why.at_loop_end => {
                    // Left to the interpreter, run from the trace.
                    self.rollback(checkpoint);
                    self.residual_stmt(stmt, why)?;
                    Flow::Normal
                }
                (Err(why), _) => return Err(why),
            };
            self.path.pop();
            if flow != Flow::Normal {
                return Ok(flow);
            }
        }
        Ok(Flow::Normal)
    }

    pub(super) fn stmt(&mut self, stmt: &Stmt) -> Result<Flow, Abort> {
        self.line = stmt.line;
        match &stmt.kind {
            StmtKind::Assign { target: Target::Unpack { targets, star: None, .. }, value }
                if targets.len() == 2 && self.is_divmod(value)? =>
            {
                // `q, r = divmod(a, b)`: CPython's divmod of numbers is `(a // b, a % b)`
                // (its float quotient is the one `//` computes); no tuple is built. A zero
                // divisor exits, and the interpreter raises divmod's own message.
                let ExprKind::Call(call) = &value.kind else { return Err(self.abort("internal: divmod")) };
                let [runtime::code::Elt::One(a), runtime::code::Elt::One(b)] = &call.args[..] else {
                    return Err(self.abort("a starred argument"));
                };
                let (a, b) = (self.expr(a)?, self.expr(b)?);
                let q = self.binop(BinOp::FloorDiv, a, b)?;
                let r = self.binop(BinOp::Mod, a, b)?;
                self.assign(&targets[0], q)?;
                self.assign(&targets[1], r)?;
            }
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
            StmtKind::Assign { target: target @ (Target::Local(_) | Target::Global(_)), value }
                if self.is_str_call(value)? =>
            {
                self.int_str(target, value)?;
            }
            StmtKind::Assign { target: target @ (Target::Local(_) | Target::Global(_)), value }
                if is_call(value) && !self.compiles_call(value) =>
            {
                let home = self.home_of(target)?;
                self.residual_call(value, Some(home))?;
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
            StmtKind::AugAssign { target, op: BinOp::Add, value } if self.appends_str(target) => {
                self.str_append(target, value)?;
            }
            StmtKind::AugAssign { target, op, value } => {
                let home = self.home_of(target)?;
                let cur = self.read(home)?;
                let rhs = self.expr(value)?;
                let v = self.binop(*op, cur, rhs)?;
                self.write(home, v)?;
            }
            StmtKind::If { test, body, orelse } => {
                if self.try_if_convert(test, body, orelse)? {
                    return Ok(Flow::Normal);
                }
                // A branch that leaves the loop (`return`, `break`) is how the loop ends, not a
                // guess gone wrong: its exits do not count towards re-recording.
                let leaves = |block: &Block| {
                    matches!(block.last().map(|s| &s.kind), Some(StmtKind::Return(_) | StmtKind::Break))
                };
                // Every guard of the test leads to the leaving branch when it fails: a plain
                // test, `a or b` leaving by its body, `a and b` leaving by its `else`.
                let simple = match test.kind {
                    ExprKind::Or(..) => leaves(body),
                    ExprKind::And(..) => leaves(orelse),
                    _ => true,
                };
                let leaving = if leaves(body) { body } else { orelse };
                let bare_break = leaving.len() == 1 && matches!(leaving[0].kind, StmtKind::Break);
                let kind = match (simple && leaves(body) != leaves(orelse), bare_break) {
                    // The exit resumes at this `if` with the state written (`branch_exits`):
                    // taking a bare `break` from there is the loop's end, as is.
                    (true, true) => ExitKind::Break,
                    (true, false) => ExitKind::Leave,
                    _ => ExitKind::Guard,
                };
                let first_exit = self.exits.len();
                self.branch_exits = matches!(kind, ExitKind::Guard | ExitKind::Break);
                // The trace follows the branch that stays in the loop, even when this
                // iteration leaves it (a loop that usually breaks after a few iterations):
                // the guard then exits here, and the interpreter leaves the loop.
                if matches!(kind, ExitKind::Leave | ExitKind::Break) {
                    self.force_direction = Some(!leaves(body));
                }
                // A test the trace cannot compile is left to the interpreter.
                let checkpoint = (!self.input.code.is_generator && self.inline.is_empty()).then(|| self.checkpoint());
                let taken = self.cond(test, kind);
                self.branch_exits = false;
                self.force_direction = None;
                let (taken, kind) = match (taken, checkpoint) {
                    (Ok(taken), _) => (taken, kind),
                    (Err(why), Some(checkpoint)) if !why.at_loop_end => {
                        self.rollback(checkpoint);
                        (self.residual_test(stmt, why)?, ExitKind::Guard)
                    }
                    (Err(why), _) => return Err(why),
                };
                if matches!(kind, ExitKind::Leave | ExitKind::Break) {
                    let (line, how) = match (if taken { orelse } else { body }).last().map(|s| (&s.kind, s.line)) {
                        Some((StmtKind::Return(_), line)) => (line, "return"),
                        Some((_, line)) => (line, "break"),
                        None => (self.line, "break"),
                    };
                    for site in &mut self.exits[first_exit..] {
                        site.what = format!("the loop is left by `{how}` at line {line}");
                    }
                }
                self.path.push(u32::from(!taken));
                let flow = self.block(if taken { body } else { orelse });
                self.path.pop();
                return flow;
            }
            StmtKind::Pass => {}
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Break => {
                self.break_at.get_or_insert((stmt.line, self.path.clone()));
                return Ok(Flow::Break);
            }
            StmtKind::Expr(Expr { kind: ExprKind::CallMethod(obj, name, call), .. })
                if &**name == "append"
                    && call.simple
                    && call.args.len() == 1
                    && matches!(self.peek(obj), Some(Value::List(_))) =>
            {
                let runtime::code::Elt::One(arg) = &call.args[0] else {
                    return Err(self.abort("a starred argument"));
                };
                let o = self.heap_obj(obj)?;
                let Value::List(list) = &o.value else {
                    return Err(self.abort(format!("`.append()` on a {}", crate::ir::tag_name(o.value.tag()))));
                };
                let key = Rc::as_ptr(list) as usize;
                // The helper clones what it appends: an object is passed as loaded.
                let boxed = match self.value_expr(arg)? {
                    Val::Num(v) => self.boxed(v)?,
                    Val::Obj(o) => o.r,
                };
                self.effect(trace_calls::LIST_APPEND, &[o.r, boxed], "the list is a list")?;
                self.appended.insert(key);
            }
            StmtKind::Expr(Expr { kind: ExprKind::CallMethod(obj, name, call), .. })
                if &**name == "add"
                    && call.simple
                    && call.args.len() == 1
                    && matches!(self.peek(obj), Some(Value::Set(s)) if !s.frozen) =>
            {
                let runtime::code::Elt::One(key) = &call.args[0] else {
                    return Err(self.abort("a starred argument"));
                };
                let s = self.heap_obj(obj)?;
                self.set_add(&s, key)?;
            }
            StmtKind::Expr(e) if is_call(e) && self.compiles_call(e) => {
                // A pure call whose value is dropped: recorded for its guards only.
                self.value_expr(e)?;
            }
            StmtKind::Expr(e) if is_call(e) => self.residual_call(e, None)?,
            StmtKind::Expr(_) => return Err(self.abort("an expression statement")),
            StmtKind::While { .. } | StmtKind::For { .. } => return self.inner_loop_stmt(stmt),
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

    pub(super) fn home_of(&self, target: &Target) -> Result<SlotHome, Abort> {
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

    pub(super) fn assign(&mut self, target: &Target, value: Sym) -> Result<(), Abort> {
        match target {
            Target::Attr(obj, name) => {
                let o = self.heap_obj(obj)?;
                self.attr_store(&o, name, value)
            }
            Target::Subscript(obj, index) => {
                let o = self.heap_obj(obj)?;
                if matches!(o.value, Value::Dict(_)) {
                    return self.dict_store(&o, index, value);
                }
                let i = self.expr(index)?;
                self.list_store(&o, i, value)
            }
            _ => {
                let home = self.home_of(target)?;
                self.write(home, value)
            }
        }
    }
}

impl Recorder<'_, '_> {
    /// Whether `e` is `str(x)` of the builtin `str` with `x` a variable holding an int now.
    fn is_str_call(&mut self, e: &Expr) -> Result<bool, Abort> {
        let ExprKind::Call(call) = &e.kind else { return Ok(false) };
        let [runtime::code::Elt::One(arg)] = &call.args[..] else { return Ok(false) };
        if !self.is_int_now(arg) {
            return Ok(false);
        }
        self.calls_builtin(e, "str", 1)
    }

    /// Whether `e` is a variable holding an int now (assigned in this iteration, or at the
    /// header).
    fn is_int_now(&self, e: &Expr) -> bool {
        let home = match &e.kind {
            ExprKind::Local(n) if self.inline.is_empty() => SlotHome::Local(*n),
            ExprKind::Global(n) | ExprKind::GlobalOrBuiltin(n, _) => SlotHome::Global(*n),
            _ => return false,
        };
        match self.slot_of.get(&home).and_then(|&slot| self.cur[slot]) {
            Some(sym) => matches!(sym.num, Num::Int(_)),
            None => matches!(self.peek(e), Some(Value::Int(_))),
        }
    }

    /// `name = str(n)` for an int `n`: the new str goes straight into the slot (the
    /// statement's effect); later reads load it again, guarded (a residual result's rule).
    fn int_str(&mut self, target: &Target, value: &Expr) -> Result<(), Abort> {
        let ExprKind::Call(call) = &value.kind else { return Err(self.abort("internal: str()")) };
        let [runtime::code::Elt::One(arg)] = &call.args[..] else { return Err(self.abort("internal: str()")) };
        let n = self.expr(arg)?;
        if !matches!(n.num, Num::Int(_)) {
            return Err(self.abort("`str()` of a number that is not an int"));
        }
        let boxed = self.boxed(n)?;
        let home = self.home_of(target)?;
        if self.stmt_effect {
            return Err(self.abort("two stores in one statement"));
        }
        let slot = self.slot(home);
        if self.cur[slot].is_some() {
            let name = self.slot_name(home);
            return Err(self.abort(format!("`{name}` is a number and an object in one iteration")));
        }
        self.used[slot] = true;
        self.em.emit(Op::StoreIntStr(Slot::from_u32(slot as u32), boxed), None, &mut self.stats);
        self.stmt_effect = true;
        self.effect_done = true;
        self.reload_after_store(slot);
        Ok(())
    }

    /// Whether `e` is a call of the builtin `divmod` with two positional arguments.
    fn is_divmod(&mut self, e: &Expr) -> Result<bool, Abort> {
        self.calls_builtin(e, "divmod", 2)
    }

    /// Whether `e` calls the builtin function or type `name` with `n_args` positional
    /// arguments. The guard that no global hides the builtin is emitted only when the
    /// callee is that builtin now.
    fn calls_builtin(&mut self, e: &Expr, name: &str, n_args: usize) -> Result<bool, Abort> {
        let ExprKind::Call(call) = &e.kind else { return Ok(false) };
        let named = match &call.func.kind {
            ExprKind::Builtin(v) | ExprKind::GlobalOrBuiltin(_, v) => match v {
                Value::Native(f) => &*f.name == name,
                Value::Class(c) => c.name == name,
                _ => false,
            },
            _ => false,
        };
        if !named || !call.simple || call.args.len() != n_args {
            return Ok(false);
        }
        Ok(self.builtin_name(&call.func)?.is_some_and(|found| &*found == name))
    }
}

/// A call expression (`f(…)` or `obj.m(…)`).
fn is_call(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Call(_) | ExprKind::CallMethod(..))
}

/// A statement that may be left to the interpreter when it cannot be recorded: one that
/// neither loops nor changes control flow (see `residual::assigned_names`).
fn residual_candidate(stmt: &Stmt) -> bool {
    matches!(
        stmt.kind,
        StmtKind::Expr(_)
            | StmtKind::Assign { .. }
            | StmtKind::AugAssign { .. }
            | StmtKind::AssignMulti { .. }
            | StmtKind::Del(_)
            | StmtKind::Assert { .. }
    )
}
