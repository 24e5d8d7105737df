//! Statement execution: assignment, control flow, loops, `try`, `with`, definitions, imports.
//!
//! Invariant: `exec_block` returns `Flow::Normal` only when every statement of the block ran
//! to its end; `Break`/`Continue` never escape the loop that owns them (the compiler rejects
//! them outside loops) and `Return` leaves only through `run_frame`.

use crate::code::{Block, ClassDefNode, Elt, Expr, ExprKind, FunctionDefNode, Stmt, StmtKind, Target};
use crate::error::{ExcType, PResult, PyErr, TraceEntry};
use crate::interp::eval::peek_operand;
use crate::interp::inplace::grows;
use crate::interp::ops::fast_arith;
use crate::interp::{Flow, Frame, Interp};
use crate::object::class::{Class, ClassDict};
use crate::object::function::Function;
use crate::object::Other;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The traceback entry of a frame an exception leaves.
#[cold]
#[inline(never)]
pub(crate) fn leave_frame(mut e: PyErr, code: &crate::code::Code, line: u32) -> PyErr {
    e.push_frame(TraceEntry { file: code.file.clone(), line, name: code.name.clone() });
    e
}

impl Interp {
    /// Runs a frame's code to completion and returns its return value. An exception leaving
    /// the frame gets this frame's traceback entry here.
    pub fn run_frame(&self, f: &mut Frame) -> PResult<Value> {
        let code = f.code.clone();
        self.run_body(f, &code)
    }

    /// `run_frame` for a caller that holds the frame's code alive (`code` is `f.code`).
    #[inline(always)]
    pub fn run_body(&self, f: &mut Frame, code: &crate::code::Code) -> PResult<Value> {
        // `exec_block`, inline: a function body is short and runs once per call. A `return`
        // at the top level hands its value back directly instead of through `f.ret`.
        for s in &code.body {
            if let StmtKind::Return(Some(e)) = &s.kind {
                f.line = s.line;
                return match self.eval_operand(f, e) {
                    Ok(v) => Ok(v),
                    Err(e) => Err(leave_frame(e, code, f.line)),
                };
            }
            match self.exec_stmt(f, s) {
                Ok(Flow::Normal) => {}
                Ok(_) => break,
                Err(e) => return Err(leave_frame(e, code, f.line)),
            }
        }
        Ok(std::mem::take(&mut *f.ret))
    }

    pub fn exec_block(&self, f: &mut Frame, block: &[Stmt]) -> PResult<Flow> {
        for s in block {
            let flow = self.exec_stmt(f, s)?;
            if flow != Flow::Normal {
                return Ok(flow);
            }
        }
        Ok(Flow::Normal)
    }

    #[inline]
    pub fn exec_stmt(&self, f: &mut Frame, s: &Stmt) -> PResult<Flow> {
        f.line = s.line;
        match &s.kind {
            StmtKind::Expr(e) => {
                self.eval(f, e)?;
            }
            StmtKind::Assign { target, value } => match target {
                Target::Local(slot) => {
                    // `x = x + y`: only that shape goes on to `assign_grown`.
                    let grows = matches!(&value.kind, ExprKind::Binary(_, l, _) if matches!(l.kind, ExprKind::Local(s) if s == *slot));
                    if let Some(done) = grows.then(|| self.assign_grown(f, *slot, value)).flatten() {
                        done?;
                        return Ok(Flow::Normal);
                    }
                    let v = self.eval(f, value)?;
                    Value::store(&mut f.locals[*slot as usize], v);
                }
                Target::Unpack { targets, star: None, .. } => self.assign_unpack(f, target, targets, value)?,
                Target::Global(slot) => match self.global_grown(f, *slot, value) {
                    Some(done) => done?,
                    None => {
                        let v = self.eval(f, value)?;
                        self.assign(f, target, v)?;
                    }
                },
                _ => {
                    let v = self.eval(f, value)?;
                    self.assign(f, target, v)?;
                }
            },
            StmtKind::If { test, body, orelse } => {
                let branch = if self.eval_cond(f, test)? { body } else { orelse };
                // The common shapes (`if c: return x`, no `else`) skip `exec_block`.
                return match branch.as_slice() {
                    [] => Ok(Flow::Normal),
                    [only] => self.exec_stmt(f, only),
                    _ => self.exec_block(f, branch),
                };
            }
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.eval_operand(f, e)?,
                    None => Value::None,
                };
                Value::store(&mut f.ret, v);
                return Ok(Flow::Return);
            }
            StmtKind::AugAssign { target: Target::Local(slot), op, value } => {
                // `n -= 1` on an int: computed from the slot and the constant in place.
                let fast = match (&f.locals[*slot as usize], peek_operand(f, value)) {
                    (Value::Unbound, _) | (_, None) => None,
                    (cur, Some(rhs)) => fast_arith(*op, cur, rhs),
                };
                if let Some(v) = fast {
                    Value::store(&mut f.locals[*slot as usize], v);
                    return Ok(Flow::Normal);
                }
                let cur = self.load_local(f, *slot)?;
                let rhs = self.eval(f, value)?;
                if grows(*op, &cur, &rhs) {
                    // The slot's reference goes first, so that `cur` may be the only one.
                    f.locals[*slot as usize] = Value::Unbound;
                    f.locals[*slot as usize] = self.grow(cur, *op, &rhs)?;
                    return Ok(Flow::Normal);
                }
                let v = match crate::interp::ops::fast_arith(*op, &cur, &rhs) {
                    Some(v) => v,
                    None => self.inplace_op(*op, cur, &rhs)?,
                };
                Value::store(&mut f.locals[*slot as usize], v);
            }
            StmtKind::AugAssign { target: Target::Global(slot), op, value } => {
                let cur = self.load_global(f, *slot, None)?;
                let rhs = self.eval(f, value)?;
                if grows(*op, &cur, &rhs) {
                    f.module.store(*slot, Value::Unbound);
                    f.module.store(*slot, self.grow(cur, *op, &rhs)?);
                    return Ok(Flow::Normal);
                }
                let v = match crate::interp::ops::fast_arith(*op, &cur, &rhs) {
                    Some(v) => v,
                    None => self.inplace_op(*op, cur, &rhs)?,
                };
                f.module.store(*slot, v);
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Pass => {}
            _ => return self.exec_stmt_other(f, s),
        }
        Ok(Flow::Normal)
    }

    /// `a, b = value` (no starred target): a tuple display on the right builds no tuple, and
    /// a tuple of the right length unpacks straight into local slots.
    #[inline(never)]
    fn assign_unpack(&self, f: &mut Frame, target: &Target, targets: &[Target], value: &Expr) -> PResult<()> {
        if let ExprKind::Tuple(elts) = &value.kind {
            if let Some(done) = self.unpack_pair_in_place(f, targets, elts) {
                return done;
            }
            if let ([t0, t1], [Elt::One(x0), Elt::One(x1)]) = (targets, elts.as_slice()) {
                // `a, b = b, a + b`: both values first, then both stores, with no vector.
                let v0 = self.eval_operand(f, x0)?;
                let v1 = self.eval_operand(f, x1)?;
                self.assign(f, t0, v0)?;
                return self.assign(f, t1, v1);
            }
            if targets.len() == elts.len() && elts.iter().all(|e| matches!(e, Elt::One(_))) {
                let mut vals = crate::interp::Locals::new();
                for e in elts {
                    if let Elt::One(x) = e {
                        vals.push(self.eval_operand(f, x)?);
                    }
                }
                for (t, v) in targets.iter().zip(vals) {
                    self.assign(f, t, v)?;
                }
                return Ok(());
            }
        }
        let v = self.eval(f, value)?;
        if let Value::Tuple(t) = &v {
            if t.items.len() == targets.len() && targets.iter().all(|t| matches!(t, Target::Local(_))) {
                for (target, item) in targets.iter().zip(t.items.iter()) {
                    if let Target::Local(slot) = target {
                        Value::store(&mut f.locals[*slot as usize], item.clone());
                    }
                }
                return Ok(());
            }
        }
        self.assign(f, target, v)
    }

    /// The statements that are not on the hottest paths, kept out of `exec_stmt` so that
    /// function stays small.
    #[inline(never)]
    fn exec_stmt_other(&self, f: &mut Frame, s: &Stmt) -> PResult<Flow> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.eval(f, e)?;
            }
            StmtKind::Assign { target, value } => {
                let v = self.eval(f, value)?;
                self.assign(f, target, v)?;
            }
            StmtKind::AssignMulti { targets, value } => {
                let v = self.eval(f, value)?;
                for t in targets {
                    self.assign(f, t, v.clone())?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(f, target, *op, value)?,
            StmtKind::If { test, body, orelse } => {
                let branch = if self.eval_cond(f, test)? { body } else { orelse };
                return self.exec_block(f, branch);
            }
            StmtKind::While { test, body, orelse, loop_id } => {
                let hooked = self.has_hooks();
                loop {
                    let mut resume = None;
                    if hooked {
                        let outcome = self.loop_header(f, s, *loop_id, None);
                        resume = self.loop_outcome(f, outcome)?;
                    }
                    let flow = match resume {
                        Some(point) => self.resume_body(f, body, point)?,
                        None => {
                            // The test's errors are reported at the `while` line (as CPython
                            // does), whichever body statement ran last (or whether compiled
                            // code ran it).
                            f.line = s.line;
                            if !self.eval_cond(f, test)? {
                                return self.exec_block(f, orelse);
                            }
                            self.exec_block(f, body)?
                        }
                    };
                    match flow {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return => return Ok(Flow::Return),
                        Flow::Normal | Flow::Continue => {}
                    }
                    self.check_interrupt()?;
                }
            }
            StmtKind::For { target, iter, body, orelse, iter_slot, loop_id } => {
                let iterable = self.eval(f, iter)?;
                if let Value::Range(r) = &iterable {
                    let r = **r;
                    match self.range_loop(f, s, r, target, body, *iter_slot, *loop_id)? {
                        Flow::Normal => return self.exec_block(f, orelse),
                        Flow::Break => return Ok(Flow::Normal),
                        flow => return Ok(flow),
                    }
                }
                let it = self.get_iter(&iterable)?;
                f.locals[*iter_slot as usize] = it.clone();
                let res = self.for_loop(f, s, &it, target, body, *loop_id);
                f.locals[*iter_slot as usize] = Value::Unbound;
                match res? {
                    Flow::Normal => return self.exec_block(f, orelse),
                    Flow::Break => return Ok(Flow::Normal),
                    flow => return Ok(flow),
                }
            }
            StmtKind::Return(v) => {
                *f.ret = match v {
                    Some(e) => self.eval(f, e)?,
                    None => Value::None,
                };
                return Ok(Flow::Return);
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Pass => {}
            StmtKind::Raise { exc, cause } => return Err(self.raise(f, exc.as_ref(), cause.as_ref())),
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                return self.exec_try(f, body, handlers, orelse, finalbody)
            }
            StmtKind::Assert { test, msg } => {
                let t = self.eval(f, test)?;
                if !self.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(f, m)?],
                        None => Vec::new(),
                    };
                    return Err(PyErr::with_args(ExcType::AssertionError, args));
                }
            }
            StmtKind::With { context, target, body } => return self.exec_with(f, context, target.as_ref(), body),
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(f, t)?;
                }
            }
            StmtKind::Import { module, target, bind_top } => {
                let m = self.import_module(module)?;
                let bound = if *bind_top {
                    let top = module.split('.').next().unwrap_or(module);
                    self.import_module(top)?
                } else {
                    m
                };
                self.assign(f, target, bound)?;
            }
            StmtKind::ImportFrom { module, names } => {
                let m = self.import_module(module)?;
                for (name, target) in names {
                    let v = match self.get_attr(&m, name) {
                        Ok(v) => v,
                        Err(e) if self.err_is(&e, ExcType::AttributeError) => {
                            // `from collections import abc` may name a submodule.
                            match self.import_module(&format!("{module}.{name}")) {
                                Ok(v) => v,
                                Err(_) => {
                                    return Err(PyErr::new(
                                        ExcType::ImportError,
                                        format!("cannot import name '{name}' from '{module}' (unknown location)"),
                                    ))
                                }
                            }
                        }
                        Err(e) => return Err(e),
                    };
                    self.assign(f, target, v)?;
                }
            }
            StmtKind::FunctionDef(node) => {
                let func = self.make_function(f, node)?;
                let func = self.decorate(f, &node.decorators, func)?;
                self.assign(f, &node.target, func)?;
            }
            StmtKind::ClassDef(node) => {
                let class = self.make_class(f, node)?;
                let class = self.decorate(f, &node.decorators, class)?;
                self.assign(f, &node.target, class)?;
            }
        }
        Ok(Flow::Normal)
    }

    /// Evaluates decorators outermost first and applies them innermost first, as Python does.
    fn decorate(&self, f: &mut Frame, decorators: &[crate::code::Expr], value: Value) -> PResult<Value> {
        let mut decs = Vec::with_capacity(decorators.len());
        for d in decorators {
            decs.push(self.eval(f, d)?);
        }
        let mut v = value;
        for d in decs.iter().rev() {
            v = self.call_value(d, &[v], &[])?;
        }
        Ok(v)
    }

    pub fn make_function(&self, f: &mut Frame, node: &FunctionDefNode) -> PResult<Value> {
        let mut defaults = Vec::with_capacity(node.defaults.len());
        for d in &node.defaults {
            defaults.push(self.eval(f, d)?);
        }
        let mut kwdefaults = Vec::with_capacity(node.kwdefaults.len());
        for (name, d) in &node.kwdefaults {
            kwdefaults.push((name.clone(), self.eval(f, d)?));
        }
        let closure = node.closure.iter().map(|c| f.cells[c.0 as usize].clone()).collect();
        Ok(Value::Function(Rc::new(Function {
            name: RefCell::new(node.code.name.clone()),
            qualname: RefCell::new(node.code.qualname.clone()),
            code: node.code.clone(),
            module: f.module.clone(),
            defaults,
            kwdefaults,
            closure,
            attrs: RefCell::new(Vec::new()),
        })))
    }

    fn make_class(&self, f: &mut Frame, node: &ClassDefNode) -> PResult<Value> {
        let mut bases = Vec::new();
        for b in &node.bases {
            match self.eval(f, b)? {
                Value::Class(c) => bases.push(c),
                other => {
                    return Err(PyErr::new(
                        ExcType::TypeError,
                        format!("bases must be types, not {}", self.type_name(&other)),
                    ))
                }
            }
        }
        if let Some((k, _)) = node.keywords.first() {
            return Err(PyErr::new(
                ExcType::NotImplementedError,
                format!("hyper does not support the class keyword '{k}' yet"),
            ));
        }
        for b in &bases {
            if b.base_kind == crate::object::class::BaseKind::Final {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("type '{}' is not an acceptable base type", b.name),
                ));
            }
        }
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        let code = node.body.clone();
        let mut body = Frame::new(code.clone(), f.module.clone());
        *body.class_ns = Some(Box::new(RefCell::new(ClassDict::default())));
        body.cells.extend(node.closure.iter().map(|c| f.cells[c.0 as usize].clone()));
        {
            let ns = body.class_ns.as_ref().map(|n| n.borrow_mut());
            if let Some(mut ns) = ns {
                ns.insert("__module__".into(), Value::Str(Rc::new(crate::object::PyStr::new(&f.module.name))));
                ns.insert("__qualname__".into(), Value::str(&code.qualname));
                if let Some(doc) = &code.doc {
                    ns.insert("__doc__".into(), doc.clone());
                }
            }
        }
        self.enter_call()?;
        let r = self.run_frame(&mut body);
        self.leave_call();
        r?;
        let dict = body.class_ns.take().map(|d| d.into_inner()).unwrap_or_default();
        crate::object::other::set_property_names(&dict);
        let class = Class::new(&node.name, &f.module.name, bases, dict, false, None)
            .map_err(|m| PyErr::new(ExcType::TypeError, m))?;
        if let Some(i) = code.cell_names.iter().position(|n| &**n == "__class__") {
            *body.cells[i].borrow_mut() = Value::Class(class.clone());
        }
        Ok(Value::Class(class))
    }

    fn exec_try(
        &self,
        f: &mut Frame,
        body: &Block,
        handlers: &[crate::code::Handler],
        orelse: &Block,
        finalbody: &Block,
    ) -> PResult<Flow> {
        let mut result = match self.exec_block(f, body) {
            Ok(Flow::Normal) => self.exec_block(f, orelse),
            Ok(flow) => Ok(flow),
            Err(e) => self.handle_exception(f, e, handlers),
        };
        if !finalbody.is_empty() {
            let saved_ret = std::mem::take(&mut *f.ret);
            let pending = match &mut result {
                Err(e) => Some(self.exception_value(e)),
                _ => None,
            };
            if let Some(p) = &pending {
                f.handling.push(p.clone());
            }
            let fin = self.exec_block(f, finalbody);
            if pending.is_some() {
                f.handling.pop();
            }
            match fin {
                Ok(Flow::Normal) => *f.ret = saved_ret,
                // A `return`/`break`/`continue` in `finally` wins over the pending outcome.
                Ok(flow) => return Ok(flow),
                Err(e) => return Err(e),
            }
        }
        result
    }

    fn handle_exception(&self, f: &mut Frame, mut err: PyErr, handlers: &[crate::code::Handler]) -> PResult<Flow> {
        if handlers.is_empty() {
            return Err(err);
        }
        for h in handlers {
            let matches = match &h.typ {
                None => true,
                Some(t) => {
                    let t = self.eval(f, t)?;
                    self.exception_matches(&mut err, &t)?
                }
            };
            if !matches {
                continue;
            }
            let exc = self.exception_value(&mut err);
            if let Some(target) = &h.target {
                self.assign(f, target, exc.clone())?;
            }
            f.handling.push(exc.clone());
            let r = self.exec_block(f, &h.body);
            f.handling.pop();
            if let Some(target) = &h.target {
                // CPython deletes the name at the end of the handler.
                let _ = self.delete(f, target);
            }
            return match r {
                Err(mut e2) => {
                    if e2.0.context.is_none() && !self.same_exception(&mut e2, &exc) {
                        e2.0.context = Some(exc);
                    }
                    Err(e2)
                }
                ok => ok,
            };
        }
        Err(err)
    }

    fn exec_with(
        &self,
        f: &mut Frame,
        context: &crate::code::Expr,
        target: Option<&Target>,
        body: &Block,
    ) -> PResult<Flow> {
        let mgr = self.eval(f, context)?;
        let enter = self.special_method(&mgr, "__enter__")?;
        let exit = self.special_method(&mgr, "__exit__")?;
        let value = self.call_value(&enter, &[mgr.clone()], &[])?;
        if let Some(t) = target {
            self.assign(f, t, value)?;
        }
        match self.exec_block(f, body) {
            Ok(flow) => {
                self.call_value(&exit, &[mgr, Value::None, Value::None, Value::None], &[])?;
                Ok(flow)
            }
            Err(mut e) => {
                let exc = self.exception_value(&mut e);
                let typ = Value::Class(self.class_of(&exc));
                let suppress = self.call_value(&exit, &[mgr, typ, exc, Value::None], &[])?;
                if self.truthy(&suppress)? {
                    Ok(Flow::Normal)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Looks a dunder up on the object's class (as CPython does for `with`), unbound.
    fn special_method(&self, obj: &Value, name: &str) -> PResult<Value> {
        let class = self.class_of(obj);
        match class.lookup(name) {
            Some(m) => Ok(m),
            None => Err(PyErr::new(
                ExcType::TypeError,
                format!("'{}' object does not support the context manager protocol", class.name),
            )),
        }
    }

    fn raise(&self, f: &mut Frame, exc: Option<&crate::code::Expr>, cause: Option<&crate::code::Expr>) -> PyErr {
        let Some(exc) = exc else {
            return match f.handling.last() {
                Some(v) => PyErr::from_object(v.clone()),
                None => PyErr::new(ExcType::RuntimeError, "No active exception to reraise"),
            };
        };
        let v = match self.eval(f, exc) {
            Ok(v) => v,
            Err(e) => return e,
        };
        let exc_obj = match self.make_exception(&v) {
            Ok(o) => o,
            Err(e) => return e,
        };
        if let Some(c) = cause {
            let c = match self.eval(f, c) {
                Ok(c) => c,
                Err(e) => return e,
            };
            let cause_obj = if c.is_none() {
                None
            } else {
                match self.make_exception(&c) {
                    Ok(o) => Some(o),
                    Err(e) => return e,
                }
            };
            if let Value::Instance(inst) = &exc_obj {
                if let Some(data) = &inst.exception {
                    let mut d = data.borrow_mut();
                    d.cause = cause_obj;
                    d.suppress_context = true;
                }
            }
        }
        let mut err = PyErr::from_object(exc_obj.clone());
        if let Some(h) = f.handling.last() {
            if !h.is(&exc_obj) {
                err.0.context = Some(h.clone());
            }
        }
        err
    }

    pub fn assign(&self, f: &mut Frame, target: &Target, v: Value) -> PResult<()> {
        match target {
            Target::Local(slot) => Value::store(&mut f.locals[*slot as usize], v),
            Target::Deref(i) => *f.cells[*i as usize].borrow_mut() = v,
            Target::Global(slot) => f.module.store(*slot, v),
            Target::ClassName(name) => match &*f.class_ns {
                Some(ns) => {
                    ns.borrow_mut().insert(name.clone(), v);
                }
                None => f.module.set(name, v),
            },
            Target::Attr(obj, name) => {
                let o = self.eval(f, obj)?;
                self.set_attr(&o, name, v)?;
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                self.set_item(&o, &i, v)?;
            }
            Target::Unpack { targets, star, .. } => self.unpack(f, targets, *star, v)?,
        }
        Ok(())
    }

    fn unpack(&self, f: &mut Frame, targets: &[Target], star: Option<usize>, v: Value) -> PResult<()> {
        // A tuple of the right length (`a, b = b, a + b`, `for k, v in d.items()`) needs no copy.
        if let (Value::Tuple(t), None) = (&v, star) {
            if t.items.len() == targets.len() {
                for (target, item) in targets.iter().zip(t.items.iter()) {
                    match target {
                        Target::Local(slot) => Value::store(&mut f.locals[*slot as usize], item.clone()),
                        _ => self.assign(f, target, item.clone())?,
                    }
                }
                return Ok(());
            }
        }
        let n = targets.len();
        let items: Vec<Value> = match &v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            _ => {
                // Lazily, as CPython: `a, b = itertools.count()` stops after three items.
                let it = self.get_iter(&v).map_err(|e| match &e.0.raised {
                    crate::error::Raised::Lazy(ExcType::TypeError, m) if m.ends_with("object is not iterable") => {
                        PyErr::new(
                            ExcType::TypeError,
                            format!("cannot unpack non-iterable {} object", self.type_name(&v)),
                        )
                    }
                    _ => e,
                })?;
                let mut items = Vec::new();
                while star.is_some() || items.len() <= n {
                    match self.iter_next(&it)? {
                        Some(x) => items.push(x),
                        None => break,
                    }
                }
                items
            }
        };
        match star {
            None => {
                if items.len() != n {
                    return Err(if items.len() > n {
                        PyErr::new(ExcType::ValueError, format!("too many values to unpack (expected {n})"))
                    } else {
                        PyErr::new(
                            ExcType::ValueError,
                            format!("not enough values to unpack (expected {n}, got {})", items.len()),
                        )
                    });
                }
                for (t, item) in targets.iter().zip(items) {
                    self.assign(f, t, item)?;
                }
            }
            Some(s) => {
                if items.len() < n - 1 {
                    return Err(PyErr::new(
                        ExcType::ValueError,
                        format!("not enough values to unpack (expected at least {}, got {})", n - 1, items.len()),
                    ));
                }
                let after = n - 1 - s;
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(s);
                for (t, item) in targets[..s].iter().zip(items) {
                    self.assign(f, t, item)?;
                }
                self.assign(f, &targets[s], Value::list(middle))?;
                for (t, item) in targets[s + 1..].iter().zip(tail) {
                    self.assign(f, t, item)?;
                }
            }
        }
        Ok(())
    }

    fn aug_assign(
        &self,
        f: &mut Frame,
        target: &Target,
        op: lang::ast::BinOp,
        value: &crate::code::Expr,
    ) -> PResult<()> {
        match target {
            Target::Attr(obj, name) => {
                let o = self.eval(f, obj)?;
                let cur = self.get_attr(&o, name)?;
                let rhs = self.eval(f, value)?;
                let new = self.inplace_op(op, cur, &rhs)?;
                self.set_attr(&o, name, new)
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                let cur = self.get_item(&o, &i)?;
                let rhs = self.eval(f, value)?;
                let new = self.inplace_op(op, cur, &rhs)?;
                self.set_item(&o, &i, new)
            }
            Target::Local(slot) => {
                let cur = std::mem::replace(&mut f.locals[*slot as usize], Value::Unbound);
                if matches!(cur, Value::Unbound) {
                    return Err(self.unbound_local(f, *slot));
                }
                let rhs = match self.eval(f, value) {
                    Ok(r) => r,
                    Err(e) => {
                        f.locals[*slot as usize] = cur;
                        return Err(e);
                    }
                };
                // The slot is empty meanwhile, so an in-place list `+=` sees the only reference.
                match self.inplace_op(op, cur.clone(), &rhs) {
                    Ok(new) => {
                        f.locals[*slot as usize] = new;
                        Ok(())
                    }
                    Err(e) => {
                        f.locals[*slot as usize] = cur;
                        Err(e)
                    }
                }
            }
            _ => {
                let cur = self.load_target(f, target)?;
                let rhs = self.eval(f, value)?;
                let new = self.inplace_op(op, cur, &rhs)?;
                self.assign(f, target, new)
            }
        }
    }

    fn load_target(&self, f: &mut Frame, target: &Target) -> PResult<Value> {
        match target {
            Target::Local(slot) => self.load_local(f, *slot),
            Target::Deref(i) => self.load_deref(f, *i),
            Target::Global(slot) => self.load_global(f, *slot, None),
            Target::ClassName(name) => self.load_class_name(f, name, None),
            _ => Err(PyErr::new(ExcType::SyntaxError, "illegal expression for augmented assignment")),
        }
    }

    fn delete(&self, f: &mut Frame, target: &Target) -> PResult<()> {
        match target {
            Target::Local(slot) => {
                if matches!(f.locals[*slot as usize], Value::Unbound) {
                    return Err(self.unbound_local(f, *slot));
                }
                f.locals[*slot as usize] = Value::Unbound;
            }
            Target::Deref(i) => *f.cells[*i as usize].borrow_mut() = Value::Unbound,
            Target::Global(slot) => {
                if matches!(f.module.load(*slot), Value::Unbound) {
                    return Err(self.name_error_for_slot(f, *slot));
                }
                f.module.store(*slot, Value::Unbound);
            }
            Target::ClassName(name) => {
                if let Some(ns) = &*f.class_ns {
                    if ns.borrow_mut().remove(name).is_none() {
                        return Err(PyErr::new(ExcType::NameError, format!("name '{name}' is not defined")));
                    }
                }
            }
            Target::Attr(obj, name) => {
                let o = self.eval(f, obj)?;
                self.del_attr(&o, name)?;
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                self.del_item(&o, &i)?;
            }
            Target::Unpack { targets, .. } => {
                for t in targets {
                    self.delete(f, t)?;
                }
            }
        }
        Ok(())
    }

    /// A module object for `import name`, loading it on first use.
    pub fn import_module(&self, name: &str) -> PResult<Value> {
        if let Some(m) = self.modules.borrow().get(name) {
            return Ok(m.clone());
        }
        if let Some(m) = crate::modules::load_builtin_module(self, name)? {
            self.modules.borrow_mut().insert(name.to_string(), m.clone());
            return Ok(m);
        }
        if name.contains('.') {
            return Err(PyErr::new(ExcType::ModuleNotFoundError, format!("No module named '{name}'")));
        }
        let path = self.script_dir.borrow().join(format!("{name}.py"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            return Err(PyErr::new(ExcType::ModuleNotFoundError, format!("No module named '{name}'")));
        };
        if self.importing.borrow().iter().any(|n| n == name) {
            return Err(PyErr::new(
                ExcType::ImportError,
                format!("cannot import name from partially initialized module '{name}' (hyper does not support circular imports yet)"),
            ));
        }
        self.importing.borrow_mut().push(name.to_string());
        let r = self.exec_module_source(name, &path.to_string_lossy(), text);
        self.importing.borrow_mut().pop();
        let module = r?;
        let v = Value::Other(Rc::new(Other::Module(module)));
        self.modules.borrow_mut().insert(name.to_string(), v.clone());
        Ok(v)
    }

    /// Parses, compiles and runs a module's source; parse errors become `SyntaxError`s.
    pub fn exec_module_source(&self, name: &str, path: &str, text: String) -> PResult<Rc<crate::module::ModuleObj>> {
        let file = lang::SourceFile::new(path, text);
        let module = crate::module::ModuleObj::new(name, Some(file.clone()));
        module.set("__name__", Value::str(name));
        module.set("__file__", Value::str(path));
        let code = match lang::parse(&file)
            .and_then(|tree| crate::compile::compile_module(&tree, file.clone(), module.clone(), self))
        {
            Ok(c) => c,
            Err(d) => {
                let line = file.line_of(d.span.start);
                return Err(PyErr::new(ExcType::SyntaxError, format!("{} ({}, line {})", d.message, path, line)));
            }
        };
        let mut frame = Frame::new(code, module.clone());
        self.run_frame(&mut frame)?;
        Ok(module)
    }
}
