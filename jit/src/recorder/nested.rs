//! Nested loops: an outer loop's trace runs its inner loops' compiled traces in place
//! (`call_trace`), so neither loop returns to the interpreter between outer iterations.
//!
//! All traces of one code object number their slots alike (`LoopInput::layout`, only
//! ever extended), so an inner loop's trace runs on the outer trace's slot array as is:
//! its slots are among the outer's, at the same indices. At the inner loop statement the
//! outer trace evaluates the `range` bounds, stores every slot it assigned so far (the
//! inner trace reads the frame's state from the slots), sets the inner loop's position and
//! `RangeStop`, and calls the inner trace. When that trace ends through a loop-end exit, the
//! outer trace goes on, reloading what the inner loop may have written; through any other
//! exit, the outer trace leaves with an `InnerLoop` exit whose snapshot is empty (the slots
//! already hold the state) and the driver resumes the interpreter inside the inner loop
//! (`runtime::interp::InnerResume`).
//!
//! Invariant: a trace that runs an inner trace stays in recorded form (not peeled), so at
//!   every point the slots hold each variable the iteration did not change since its start.
//! Invariant: inner loops are `for` over `range(…)` with a literal step or over a list, or
//!   `while`, with no `else`.

use super::*;
use crate::ir::IrRef;
use runtime::code::Elt;

/// A compiled loop as an outer trace sees it (built by the driver for each trace).
pub struct InnerLoop {
    /// The driver's key of the loop (code address, loop id).
    pub key: (usize, u32),
    pub line: u32,
    /// The address of its compiled code (`extern "C" fn(slots, ctx) -> u32`).
    pub entry: usize,
    pub homes: Vec<SlotHome>,
    /// The slots it uses (sorted): an outer trace running it copies them in too.
    pub used: Vec<usize>,
    /// Slots it may write (raw or counted), and those of them that are counted (sorted).
    pub written: Vec<usize>,
    pub counted: Vec<usize>,
    /// Its exit ids that mean "the loop ended".
    pub loop_end_exits: Vec<u32>,
    /// For each exit id, the index of its site in `exits`.
    pub exit_sites: Vec<u32>,
    pub exits: Vec<ExitSite>,
    pub range_step: Option<i64>,
    /// The loops nested in it whose traces it runs (`ExitSite::inner_loop` indexes them).
    pub inners: Vec<Rc<InnerLoop>>,
    /// How deep inlined calls nest in it (`Recording::inline_depth`).
    pub inline_depth: u32,
    /// What its constants point at: alive while any trace may run its code.
    pub keep_alive: Rc<KeepAlive>,
    /// Its side traces (each an `InnerLoop` of the same loop, without sides of its own):
    /// exit number `side_base + k` means side trace `k` left through the exit the context
    /// noted (see `codegen::SideLink`).
    pub sides: Vec<Rc<InnerLoop>>,
    pub side_base: u32,
}

impl InnerLoop {
    /// The site of exit `exit` of this trace, and the trace (this one or a side trace) it
    /// belongs to; a side trace's own exit is popped from `chain` (noted innermost first).
    pub fn site_of<'a>(&'a self, exit: u32, chain: &mut Vec<u32>) -> Option<(&'a ExitSite, &'a InnerLoop)> {
        if let Some(side) = exit.checked_sub(self.side_base).and_then(|k| self.sides.get(k as usize)) {
            let inner = chain.pop()?;
            return side.site_of(inner, chain);
        }
        let site = self.exits.get(*self.exit_sites.get(exit as usize)? as usize)?;
        Some((site, self))
    }

    /// The trace slot of this loop's `range` stop, if it has one.
    pub fn range_stop_slot(&self) -> Option<usize> {
        self.homes.iter().position(|h| *h == SlotHome::RangeStop(self.key.1))
    }
}

/// The loop statements directly in `body` (inside `if`s, not inside other loops).
pub fn nested_loops(body: &Block) -> Vec<&Stmt> {
    let mut found = Vec::new();
    fn walk<'a>(block: &'a Block, found: &mut Vec<&'a Stmt>) {
        for stmt in block {
            match &stmt.kind {
                StmtKind::While { .. } | StmtKind::For { .. } => found.push(stmt),
                StmtKind::If { body, orelse, .. } => {
                    walk(body, found);
                    walk(orelse, found);
                }
                _ => {}
            }
        }
    }
    walk(body, &mut found);
    found
}

impl Recorder<'_, '_> {
    /// Before recording: finds the compiled traces of the loops nested in this one, whose
    /// slots are already this trace's (one numbering per code object), and marks the slots
    /// they use as used.
    pub(super) fn adopt_inner_loops(&mut self) -> Result<(), Abort> {
        let body = match &self.input.stmt.kind {
            StmtKind::While { body, .. } | StmtKind::For { body, .. } => body,
            _ => return Ok(()),
        };
        let mut inners = Vec::new();
        for stmt in nested_loops(body) {
            let found = self.input.inner_loops.iter().find(|(s, _)| std::ptr::eq(*s, stmt));
            let Some((_, inner)) = found else {
                self.line = stmt.line;
                return Err(self.abort("an inner loop that is not compiled (yet)"));
            };
            if inner.homes.len() > self.homes.len() || inner.homes[..] != self.homes[..inner.homes.len()] {
                return Err(self.abort("internal: an inner loop numbers its slots differently"));
            }
            for &slot in &inner.used {
                self.used[slot] = true;
            }
            inners.push((stmt as *const Stmt, inner.clone()));
        }
        self.inners = inners;
        Ok(())
    }

    /// The inner loop statement: set up its `range`, store the iteration's state, run its
    /// trace, and continue after it (see the module doc).
    pub(super) fn inner_loop_stmt(&mut self, stmt: &Stmt) -> Result<Flow, Abort> {
        let Some(index) = self.inners.iter().position(|(s, _)| std::ptr::eq(*s, stmt)) else {
            return Err(self.abort("internal: an inner loop that was not adopted"));
        };
        let inner = self.inners[index].1.clone();
        match &stmt.kind {
            StmtKind::While { orelse, .. } => {
                if !orelse.is_empty() {
                    return Err(self.abort("`else` on the inner loop"));
                }
                if inner.range_step.is_some() || inner.range_stop_slot().is_some() {
                    return Err(self.abort("internal: a `while` compiled as a range loop"));
                }
            }
            StmtKind::For { iter, iter_slot, orelse, .. } => {
                if !orelse.is_empty() {
                    return Err(self.abort("`else` on the inner loop"));
                }
                if inner.range_stop_slot().is_some() {
                    self.inner_range(iter, *iter_slot, &inner)?;
                } else {
                    self.inner_list(iter, *iter_slot)?;
                }
            }
            _ => return Err(self.abort("internal: not a loop")),
        }
        // Every slot the iteration assigned so far goes to memory, where the inner trace
        // and the exits find it.
        let dirty: Vec<(usize, Sym)> = (0..self.written_at.len())
            .filter(|&slot| self.written_at[slot].is_some())
            .filter_map(|slot| self.cur[slot].map(|sym| (slot, sym)))
            .collect();
        for &slot in &inner.counted {
            if self.written_at.get(slot).is_some_and(|w| w.is_some()) {
                let name = self.slot_name(self.homes[slot]);
                return Err(self.abort(format!("`{name}` is a number here and an object in the inner loop")));
            }
        }
        let mut stores = Vec::with_capacity(dirty.len());
        for &(slot, sym) in &dirty {
            stores.push((slot, self.boxed(sym)?));
        }
        for (slot, boxed) in stores {
            self.em.emit(Op::StoreSlot(Slot::from_u32(slot as u32), boxed), None, &mut self.stats);
        }
        let mut ends: Vec<IrRef> = Vec::with_capacity(inner.loop_end_exits.len());
        for &id in &inner.loop_end_exits {
            ends.push(self.emit(Op::ConstInt(i64::from(id)))?);
        }
        let ended = self.emit(Op::CallTrace(inner.entry as i64, ends.into()))?;
        let resume = self.exits.len() as u32;
        self.exits.push(ExitSite {
            line: stmt.line,
            kind: ExitKind::InnerLoop,
            what: format!("the inner loop at line {} left compiled code", inner.line),
            resume_at: Some(BodyPath(self.path.clone().into())),
            inner_loop: Some(index as u32),
        });
        let snap = self.em.add_snapshot(Snapshot::new(resume, Vec::new()));
        self.em.emit(Op::GuardTrue(ended), Some(snap), &mut self.stats);
        // What the inner loop may have changed is read again from memory when needed.
        for &slot in &inner.written {
            if let Some(cur) = self.cur.get_mut(slot) {
                *cur = None;
            }
            self.heap_cur.remove(&slot);
            self.loaded[slot] = None;
        }
        self.heap_writes.clear();
        self.stmt_effect = true;
        self.effect_done = true;
        Ok(Flow::Normal)
    }

    /// `for … in a_list` (or a str) of the inner loop: a fresh iterator in its hidden slot,
    /// as the interpreter's `for` statement makes.
    fn inner_list(&mut self, iter: &Expr, iter_slot: u32) -> Result<(), Abort> {
        if let Some((dict, part)) = self.dict_part(iter)? {
            let slot = self.slot(SlotHome::Local(iter_slot));
            if self.cur[slot].is_some() || self.heap_cur.contains_key(&slot) {
                return Err(self.abort("internal: the inner loop's iterator slot"));
            }
            let op = Op::StoreDictIter(Slot::from_u32(slot as u32), dict.r, trace_calls::part_code(part));
            self.em.emit(op, None, &mut self.stats);
            return Ok(());
        }
        let list = match self.value_expr(iter)? {
            Val::Obj(o) if matches!(o.value, Value::List(_) | Value::Str(_)) => o,
            _ => return Err(self.abort("an inner loop over something other than `range(…)`, a list or a str")),
        };
        let slot = self.slot(SlotHome::Local(iter_slot));
        if self.cur[slot].is_some() || self.heap_cur.contains_key(&slot) {
            return Err(self.abort("internal: the inner loop's iterator slot"));
        }
        self.em.emit(Op::StoreListIter(Slot::from_u32(slot as u32), list.r), None, &mut self.stats);
        Ok(())
    }

    /// `d`, `d.keys()`, `d.values()` or `d.items()` for a dict `d` (loaded and guarded), with
    /// the part its iterator yields; `None` for anything else.
    fn dict_part(&mut self, iter: &Expr) -> Result<Option<(ObjSym, runtime::iter::DictPart)>, Abort> {
        use runtime::iter::DictPart;
        let (obj, part) = match &iter.kind {
            ExprKind::CallMethod(obj, name, call) if call.simple && call.args.is_empty() => match &**name {
                "keys" => (&**obj, DictPart::Keys),
                "values" => (&**obj, DictPart::Values),
                "items" => (&**obj, DictPart::Items),
                _ => return Ok(None),
            },
            _ => (iter, DictPart::Keys),
        };
        if !matches!(self.peek(obj), Some(Value::Dict(_))) {
            return Ok(None);
        }
        let d = self.heap_obj(obj)?;
        Ok(matches!(d.value, Value::Dict(_)).then_some((d, part)))
    }

    /// `for … in range(a, b, c)` of the inner loop: its position and stop, as the
    /// interpreter's `range_loop` would set them.
    fn inner_range(&mut self, iter: &Expr, iter_slot: u32, inner: &InnerLoop) -> Result<(), Abort> {
        let ExprKind::Call(call) = &iter.kind else {
            return Err(self.abort("an inner loop over something other than `range(…)`"));
        };
        let is_range = self.builtin_name(&call.func)?.is_some_and(|name| &*name == "range");
        if !is_range || !call.simple || call.args.is_empty() || call.args.len() > 3 {
            return Err(self.abort("an inner loop over something other than `range(…)`"));
        }
        let mut bounds = Vec::with_capacity(call.args.len());
        for arg in &call.args {
            let Elt::One(arg) = arg else { return Err(self.abort("a starred argument")) };
            let v = self.expr(arg)?;
            if !matches!(v.num, Num::Int(_)) {
                return Err(self.abort(format!("`range` of {}", article(v.num.kind()))));
            }
            bounds.push(v);
        }
        let step_home = SlotHome::RangeStep(inner.key.1);
        match (call.args.get(2), inner.range_step) {
            (None, Some(1)) => {}
            (Some(Elt::One(Expr { kind: ExprKind::Const(Value::Int(step)), .. })), Some(recorded))
                if *step == recorded => {}
            // A step that is not a literal: the inner trace reads it from its `RangeStep`
            // slot (and guards its sign); `range` refuses 0, which the interpreter raises.
            (Some(_), None) if inner.homes.contains(&step_home) => {
                let step = bounds[2];
                let zero = self.emit(Op::ConstInt(0))?;
                let nonzero = self.emit(Op::NeInt(step.r, zero))?;
                if step.num == Num::Int(0) {
                    return Err(self.abort("`range` with a step of 0"));
                }
                self.guard_dir(nonzero, true, ExitKind::Guard, "the range's step is not 0")?;
                self.write(step_home, step)?;
            }
            _ => return Err(self.abort("internal: the inner loop's step")),
        }
        let (start, stop) = match bounds[..] {
            [stop] => (Sym { r: self.emit(Op::ConstInt(0))?, num: Num::Int(0) }, stop),
            [start, stop, ..] => (start, stop),
            _ => return Err(self.abort("internal: range bounds")),
        };
        if inner.range_stop_slot().is_none() {
            return Err(self.abort("internal: the inner loop has no range stop"));
        }
        self.write(SlotHome::Local(iter_slot), start)?;
        self.write(SlotHome::RangeStop(inner.key.1), stop)?;
        Ok(())
    }
}
