//! Expression evaluation.
//!
//! Invariant: operands are evaluated left to right, each exactly once (chained comparisons
//! evaluate each middle operand once; `a.b += c` evaluates `a` once).

use crate::code::{Call, Comprehension, ComprehensionKind, Elt, Expr, ExprKind, FPart};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::ops::{fast_arith, fast_compare_or_is};
use crate::interp::{Frame, Interp};
use crate::object::dict::Table;
use crate::object::{PyDict, PySet, PyTuple, TupleItems};
use crate::value::Value;
use lang::ast::{CmpOp, UnaryOp};
use std::rc::Rc;

/// Call arguments gathered for `call_value` (a plain function's call evaluates its arguments
/// straight into the callee's slots instead: `Interp::call_plain`).
pub type ArgVec = crate::interp::Locals;

/// A local (when bound) or a constant, read in place: the operand of a fast path that
/// needs no clone. Anything else is `None` (evaluate it).
#[inline(always)]
pub(crate) fn peek_operand<'a>(f: &'a Frame, e: &'a Expr) -> Option<&'a Value> {
    match &e.kind {
        ExprKind::Local(slot) => match &f.locals[*slot as usize] {
            Value::Unbound => None,
            v => Some(v),
        },
        ExprKind::Const(v) => Some(v),
        _ => None,
    }
}

impl Interp {
    #[inline]
    pub fn load_local(&self, f: &Frame, slot: u32) -> PResult<Value> {
        match &f.locals[slot as usize] {
            Value::Unbound => Err(self.unbound_local(f, slot)),
            v => Ok(v.clone()),
        }
    }

    #[cold]
    pub fn unbound_local(&self, f: &Frame, slot: u32) -> PyErr {
        let name = f.code.local_names.get(slot as usize).cloned().unwrap_or_else(|| "".into());
        if f.code.params.positional.is_empty() && &*f.code.name == "<module>" {
            return PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"));
        }
        PyErr::new(
            ExcType::UnboundLocalError,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    }

    pub fn load_deref(&self, f: &Frame, i: u32) -> PResult<Value> {
        let v = f.cells[i as usize].borrow().clone();
        if matches!(v, Value::Unbound) {
            let n_cells = f.code.cell_names.len();
            let name = if (i as usize) < n_cells {
                f.code.cell_names[i as usize].clone()
            } else {
                f.code.free_names.get(i as usize - n_cells).cloned().unwrap_or_else(|| "".into())
            };
            return Err(if (i as usize) < n_cells {
                PyErr::new(
                    ExcType::UnboundLocalError,
                    format!("cannot access local variable '{name}' where it is not associated with a value"),
                )
            } else {
                PyErr::new(
                    ExcType::NameError,
                    format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                )
            });
        }
        Ok(v)
    }

    #[inline]
    pub fn load_global(&self, f: &Frame, slot: u32, builtin: Option<&Value>) -> PResult<Value> {
        match f.module.load(slot) {
            Value::Unbound => match builtin {
                Some(b) => Ok(b.clone()),
                None => Err(self.name_error_for_slot(f, slot)),
            },
            v => Ok(v),
        }
    }

    #[cold]
    pub fn name_error_for_slot(&self, f: &Frame, slot: u32) -> PyErr {
        let name =
            f.module.slot_names().into_iter().find(|(_, s)| *s == slot).map(|(n, _)| n).unwrap_or_else(|| "".into());
        PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"))
    }

    pub fn load_class_name(&self, f: &Frame, name: &str, fallback: Option<u32>) -> PResult<Value> {
        if let Some(ns) = &*f.class_ns {
            if let Some(v) = ns.borrow().get(name) {
                return Ok(v.clone());
            }
        }
        if let Some(slot) = fallback {
            let v = f.module.load(slot);
            if !matches!(v, Value::Unbound) {
                return Ok(v);
            }
        }
        match self.builtin(name) {
            Some(b) => Ok(b),
            None => Err(PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"))),
        }
    }

    /// Evaluates a condition straight to a bool (no `Value::Bool` for comparisons). A
    /// comparison of locals and constants that needs no dispatch is answered inline.
    #[inline(always)]
    pub fn eval_cond(&self, f: &mut Frame, e: &Expr) -> PResult<bool> {
        if let ExprKind::Compare(left, rest) = &e.kind {
            if let [(op, r)] = rest.as_slice() {
                if let (Some(a), Some(b)) = (peek_operand(f, left), peek_operand(f, r)) {
                    if let Some(x) = fast_compare_or_is(*op, a, b) {
                        return Ok(x);
                    }
                }
            }
        }
        self.eval_cond_general(f, e)
    }

    #[inline(never)]
    fn eval_cond_general(&self, f: &mut Frame, e: &Expr) -> PResult<bool> {
        match &e.kind {
            ExprKind::Compare(left, rest) if rest.len() == 1 => {
                let (op, r) = &rest[0];
                let a = self.eval_operand(f, left)?;
                let b = self.eval_operand(f, r)?;
                if let Some(x) = fast_compare_or_is(*op, &a, &b) {
                    a.discard();
                    b.discard();
                    return Ok(x);
                }
                let v = self.compare_op(*op, &a, &b)?;
                self.truthy(&v)
            }
            ExprKind::Unary(UnaryOp::Not, operand) => Ok(!self.eval_cond(f, operand)?),
            _ => {
                let v = self.eval(f, e)?;
                match v {
                    Value::Bool(b) => Ok(b),
                    _ => self.truthy(&v),
                }
            }
        }
    }

    /// `eval` with the leaves (locals and constants) and int/float arithmetic on them done
    /// inline, and calls and other binary operations dispatched without going through
    /// `eval`, for operands.
    #[inline(always)]
    pub fn eval_operand(&self, f: &mut Frame, e: &Expr) -> PResult<Value> {
        match &e.kind {
            ExprKind::Local(slot) => match &f.locals[*slot as usize] {
                Value::Unbound => Err(self.unbound_local(f, *slot)),
                v => Ok(v.clone()),
            },
            ExprKind::Const(v) => Ok(v.clone()),
            ExprKind::Call(..) => self.eval_call(f, e),
            ExprKind::Binary(op, l, r) => {
                if let (Some(a), Some(b)) = (peek_operand(f, l), peek_operand(f, r)) {
                    if let Some(v) = fast_arith(*op, a, b) {
                        return Ok(v);
                    }
                }
                self.eval_binary(f, e)
            }
            _ => self.eval(f, e),
        }
    }

    pub fn eval(&self, f: &mut Frame, e: &Expr) -> PResult<Value> {
        // A thin dispatcher: leaves inline, everything else in its own function with the
        // same signature, so this stays small and the calls become jumps.
        match &e.kind {
            ExprKind::Const(v) => Ok(v.clone()),
            ExprKind::Local(slot) => self.load_local(f, *slot),
            ExprKind::GlobalOrBuiltin(slot, b) => self.load_global(f, *slot, Some(b)),
            ExprKind::Global(slot) => self.load_global(f, *slot, None),
            ExprKind::Binary(..) => self.eval_binary(f, e),
            ExprKind::Compare(..) => self.eval_compare(f, e),
            ExprKind::Call(..) => self.eval_call(f, e),
            ExprKind::CallMethod(..) => self.eval_call_method(f, e),
            ExprKind::Attr(..) => self.eval_attr(f, e),
            ExprKind::Subscript(..) => self.eval_subscript(f, e),
            ExprKind::Tuple(..) => self.eval_tuple(f, e),
            _ => self.eval_other(f, e),
        }
    }

    /// A tuple display; a pair (or less) without `*x` is built with no `Vec`.
    #[inline(never)]
    fn eval_tuple(&self, f: &mut Frame, e: &Expr) -> PResult<Value> {
        let ExprKind::Tuple(elts) = &e.kind else { return self.eval_other(f, e) };
        if elts.len() <= 2 && elts.iter().all(|x| matches!(x, Elt::One(_))) {
            let mut items = TupleItems::new();
            for x in elts {
                if let Elt::One(x) = x {
                    items.push(self.eval_operand(f, x)?);
                }
            }
            return Ok(Value::Tuple(Rc::new(PyTuple::from_items(items))));
        }
        Ok(Value::tuple(self.eval_elts(f, elts)?))
    }

    #[inline(never)]
    fn eval_subscript(&self, f: &mut Frame, e: &Expr) -> PResult<Value> {
        let ExprKind::Subscript(obj, index) = &e.kind else { return self.eval_other(f, e) };
        let o = self.eval(f, obj)?;
        let i = self.eval_operand(f, index)?;
        self.get_item(&o, &i)
    }

    #[inline(never)]
    fn eval_binary(&self, f: &mut Frame, e: &Expr) -> PResult<Value> {
        let ExprKind::Binary(op, l, r) = &e.kind else { return self.eval_other(f, e) };
        if let (Some(a), Some(b)) = (peek_operand(f, l), peek_operand(f, r)) {
            if let Some(v) = fast_arith(*op, a, b) {
                return Ok(v);
            }
        }
        let a = self.eval_operand(f, l)?;
        let b = self.eval_operand(f, r)?;
        if let Some(v) = fast_arith(*op, &a, &b) {
            a.discard();
            b.discard();
            return Ok(v);
        }
        self.binary_op(*op, &a, &b)
    }

    #[inline(never)]
    fn eval_compare(&self, f: &mut Frame, e: &Expr) -> PResult<Value> {
        let ExprKind::Compare(left, rest) = &e.kind else { return self.eval_other(f, e) };
        if rest.len() == 1 {
            let (op, r) = &rest[0];
            if let (Some(a), Some(b)) = (peek_operand(f, left), peek_operand(f, r)) {
                if let Some(x) = fast_compare_or_is(*op, a, b) {
                    return Ok(Value::Bool(x));
                }
            }
            let a = self.eval_operand(f, left)?;
            let b = self.eval_operand(f, r)?;
            if let Some(x) = fast_compare_or_is(*op, &a, &b) {
                a.discard();
                b.discard();
                return Ok(Value::Bool(x));
            }
            return self.compare_op(*op, &a, &b);
        }
        let mut a = self.eval(f, left)?;
        let n = rest.len();
        for (i, (op, e)) in rest.iter().enumerate() {
            let b = self.eval(f, e)?;
            let r = self.compare_op(*op, &a, &b)?;
            if i + 1 == n {
                return Ok(r);
            }
            if !self.truthy(&r)? {
                return Ok(r);
            }
            a = b;
        }
        Ok(Value::Bool(true))
    }

    #[inline(never)]
    fn eval_call(&self, f: &mut Frame, e: &Expr) -> PResult<Value> {
        let ExprKind::Call(call) = &e.kind else { return self.eval_other(f, e) };
        if call.simple {
            // A module-level function called by name: take it from its global slot without
            // a `Value` round trip.
            if let ExprKind::GlobalOrBuiltin(slot, _) | ExprKind::Global(slot) = &call.func.kind {
                let global = match f.module.slots.borrow().get(*slot as usize) {
                    Some(Value::Function(fun)) => Some(fun.clone()),
                    _ => None,
                };
                if let Some(fun) = global {
                    if fun.code.plain_positional && fun.code.params.positional.len() == call.args.len() {
                        return self.call_plain(f, &fun, &call.args);
                    }
                }
            }
        }
        let func = self.eval(f, &call.func)?;
        if call.simple {
            if let Value::Function(fun) = &func {
                if fun.code.plain_positional && fun.code.params.positional.len() == call.args.len() {
                    return self.call_plain(f, fun, &call.args);
                }
            }
            let mut args = ArgVec::new();
            for a in &call.args {
                if let Elt::One(a) = a {
                    args.push(self.eval_operand(f, a)?);
                }
            }
            // `str(x)`, the commonest conversion, without `str.__new__`'s argument vector:
            // what `str_new` computes for the exact `str` class.
            if let (Value::Class(class), [x]) = (&func, &args[..]) {
                if Rc::ptr_eq(class, &self.types.str) {
                    return match x {
                        Value::Str(_) => Ok(x.clone()),
                        _ => Ok(Value::string(self.str_of(x)?)),
                    };
                }
            }
            return self.call_value(&func, &args, &[]);
        }
        let (args, kwargs) = self.eval_args(f, call, None)?;
        self.call_value(&func, &args, &kwargs)
    }

    #[inline(never)]
    fn eval_call_method(&self, f: &mut Frame, e: &Expr) -> PResult<Value> {
        let ExprKind::CallMethod(obj, name, call) = &e.kind else { return self.eval_other(f, e) };
        let o = self.eval(f, obj)?;
        if call.simple {
            let mut args = ArgVec::new();
            args.push(o);
            for a in &call.args {
                if let Elt::One(a) = a {
                    args.push(self.eval_operand(f, a)?);
                }
            }
            let cache = &call.method;
            if let Some(method) = cache.func.get() {
                if cache.tag.get() == args[0].tag() as u8 && cache.epoch.get() == crate::object::class::class_epoch() {
                    return method(self, &args, &[]);
                }
            }
            return self.call_method_caching(name, &args, cache);
        }
        let (args, kwargs) = self.eval_args(f, call, Some(o))?;
        self.call_method(name, &args, &kwargs)
    }

    #[inline(never)]
    fn eval_attr(&self, f: &mut Frame, e: &Expr) -> PResult<Value> {
        let ExprKind::Attr(obj, name, cache) = &e.kind else { return self.eval_other(f, e) };
        let o = self.eval(f, obj)?;
        if let Value::Instance(inst) = &o {
            // Inline cache: the same shape as last time means the same slot.
            let shape_ptr = Rc::as_ptr(&inst.shape.borrow()) as usize;
            if cache.shape.get() == shape_ptr && cache.epoch.get() == crate::object::class::class_epoch() {
                if let Some(v) = inst.slots.borrow().get(cache.index.get() as usize) {
                    return Ok(v.clone());
                }
            }
            let idx = inst.shape.borrow().index_of(name);
            // A property takes precedence over instance attributes: classes with data
            // descriptors are not cached.
            if let (Some(idx), true) = (idx, inst.class.is_plain()) {
                cache.epoch.set(crate::object::class::class_epoch());
                cache.shape.set(shape_ptr);
                cache.index.set(idx as u32);
            }
        }
        self.get_attr(&o, name)
    }

    /// The expressions off the hottest paths, kept out of `eval` so it stays small.
    #[inline(never)]
    fn eval_other(&self, f: &mut Frame, e: &Expr) -> PResult<Value> {
        match &e.kind {
            ExprKind::Deref(i) => self.load_deref(f, *i),
            ExprKind::Builtin(v) => Ok(v.clone()),
            ExprKind::ClassName(name, fallback) => self.load_class_name(f, name, *fallback),
            ExprKind::Unresolved(name) => Err(PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"))),
            ExprKind::Unary(op, operand) => {
                let v = self.eval(f, operand)?;
                match op {
                    UnaryOp::Not => Ok(Value::Bool(!self.truthy(&v)?)),
                    _ => self.unary_op(*op, &v),
                }
            }
            ExprKind::And(l, r) => {
                let a = self.eval(f, l)?;
                if !self.truthy(&a)? {
                    return Ok(a);
                }
                self.eval(f, r)
            }
            ExprKind::Or(l, r) => {
                let a = self.eval(f, l)?;
                if self.truthy(&a)? {
                    return Ok(a);
                }
                self.eval(f, r)
            }
            ExprKind::IfExp(test, body, orelse) => {
                if self.eval_cond(f, test)? {
                    self.eval(f, body)
                } else {
                    self.eval(f, orelse)
                }
            }
            ExprKind::Slice(lo, hi, step) => {
                let mut part = |p: &Option<Box<Expr>>| -> PResult<Value> {
                    match p {
                        Some(x) => self.eval(f, x),
                        None => Ok(Value::None),
                    }
                };
                let start = part(lo)?;
                let stop = part(hi)?;
                let step = part(step)?;
                Ok(Value::Other(Rc::new(crate::object::Other::Slice { start, stop, step })))
            }
            ExprKind::Tuple(elts) => Ok(Value::tuple(self.eval_elts(f, elts)?)),
            ExprKind::List(elts) => Ok(Value::list(self.eval_elts(f, elts)?)),
            ExprKind::Set(elts) => {
                let items = self.eval_elts(f, elts)?;
                let set = PySet::new(Table::new(), false);
                for it in items {
                    self.set_add(&set, it)?;
                }
                Ok(Value::Set(Rc::new(set)))
            }
            ExprKind::Dict(items) => {
                let d = PyDict::new();
                for (k, v) in items {
                    match k {
                        Some(k) => {
                            let key = self.eval(f, k)?;
                            let val = self.eval(f, v)?;
                            self.dict_set(&d, key, val)?;
                        }
                        None => {
                            let m = self.eval(f, v)?;
                            self.dict_update(&d, &m)?;
                        }
                    }
                }
                Ok(Value::Dict(Rc::new(d)))
            }
            ExprKind::Comprehension(c) => self.comprehension(f, c),
            ExprKind::MakeFunction(node, is_genexp) => {
                if *is_genexp {
                    let iterable = match node.defaults.first() {
                        Some(e) => self.eval(f, e)?,
                        None => Value::None,
                    };
                    let it = self.get_iter(&iterable)?;
                    let closure = node.closure.iter().map(|c| f.cells[c.0 as usize].clone()).collect();
                    let func = crate::object::Function {
                        name: std::cell::RefCell::new(node.code.name.clone()),
                        qualname: std::cell::RefCell::new(node.code.qualname.clone()),
                        code: node.code.clone(),
                        module: f.module.clone(),
                        defaults: Vec::new(),
                        kwdefaults: Vec::new(),
                        closure,
                        attrs: std::cell::RefCell::new(Vec::new()),
                    };
                    return self.call_function(&Rc::new(func), &[it], &[]);
                }
                self.make_function(f, node)
            }
            ExprKind::Yield(v) => {
                let value = match v {
                    Some(x) => self.eval(f, x)?,
                    None => Value::None,
                };
                self.yield_value(f, value)
            }
            ExprKind::YieldFrom(v) => {
                let iterable = self.eval(f, v)?;
                self.yield_from(f, iterable)
            }
            ExprKind::FString(parts) => Ok(Value::string(self.fstring(f, parts)?)),
            _ => Err(PyErr::new(
                ExcType::SystemError,
                "hyper internal error: expression kind dispatched to the wrong evaluator",
            )),
        }
    }

    fn eval_elts(&self, f: &mut Frame, elts: &[Elt]) -> PResult<Vec<Value>> {
        let mut out = Vec::with_capacity(elts.len());
        for e in elts {
            match e {
                Elt::One(x) => out.push(self.eval(f, x)?),
                Elt::Star(x) => {
                    let v = self.eval(f, x)?;
                    out.extend(self.collect_iter(&v)?);
                }
            }
        }
        Ok(out)
    }

    /// Evaluates a call's arguments, with `*args` and `**kwargs` spread out.
    fn eval_args(&self, f: &mut Frame, call: &Call, first: Option<Value>) -> PResult<(ArgVec, Vec<(Rc<str>, Value)>)> {
        let mut args = ArgVec::new();
        if let Some(v) = first {
            args.push(v);
        }
        for a in &call.args {
            match a {
                Elt::One(x) => args.push(self.eval(f, x)?),
                Elt::Star(x) => {
                    let v = self.eval(f, x)?;
                    args.extend(self.collect_iter(&v)?);
                }
            }
        }
        let mut kwargs: Vec<(Rc<str>, Value)> = Vec::new();
        for (name, x) in &call.kwargs {
            let v = self.eval(f, x)?;
            match name {
                Some(n) => kwargs.push((n.clone(), v)),
                None => {
                    let Value::Dict(d) = &v else {
                        return Err(PyErr::new(
                            ExcType::TypeError,
                            format!("argument after ** must be a mapping, not {}", self.type_name(&v)),
                        ));
                    };
                    let entries: Vec<(Value, Value)> =
                        d.table.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                    for (k, val) in entries {
                        let Value::Str(s) = &k else {
                            return Err(PyErr::new(ExcType::TypeError, "keywords must be strings"));
                        };
                        kwargs.push((s.as_str().into(), val));
                    }
                }
            }
        }
        Ok((args, kwargs))
    }

    fn comprehension(&self, f: &mut Frame, c: &Comprehension) -> PResult<Value> {
        enum Acc {
            List(Vec<Value>),
            Set(PySet),
            Dict(PyDict),
        }
        let mut acc = match &c.kind {
            ComprehensionKind::List(_) => Acc::List(Vec::new()),
            ComprehensionKind::Set(_) => Acc::Set(PySet::new(Table::new(), false)),
            ComprehensionKind::Dict(..) => Acc::Dict(PyDict::new()),
        };
        self.comp_level(f, c, 0, &mut |interp, f| {
            match (&c.kind, &mut acc) {
                (ComprehensionKind::List(e), Acc::List(v)) => v.push(interp.eval(f, e)?),
                (ComprehensionKind::Set(e), Acc::Set(s)) => {
                    let x = interp.eval(f, e)?;
                    interp.set_add(s, x)?;
                }
                (ComprehensionKind::Dict(k, v), Acc::Dict(d)) => {
                    let key = interp.eval(f, k)?;
                    let val = interp.eval(f, v)?;
                    interp.dict_set(d, key, val)?;
                }
                _ => {}
            }
            Ok(())
        })?;
        Ok(match acc {
            Acc::List(v) => Value::list(v),
            Acc::Set(s) => Value::Set(Rc::new(s)),
            Acc::Dict(d) => Value::Dict(Rc::new(d)),
        })
    }

    fn comp_level(
        &self,
        f: &mut Frame,
        c: &Comprehension,
        level: usize,
        inner: &mut dyn FnMut(&Interp, &mut Frame) -> PResult<()>,
    ) -> PResult<()> {
        let g = &c.generators[level];
        let iterable = self.eval(f, &g.iter)?;
        // One item: bind the target, apply the tests, run the next level or the element.
        let mut item = |interp: &Interp, f: &mut Frame, v: Value| -> PResult<()> {
            interp.assign(f, &g.target, v)?;
            for cond in &g.ifs {
                let t = interp.eval(f, cond)?;
                if !interp.truthy(&t)? {
                    return Ok(());
                }
            }
            if level + 1 < c.generators.len() {
                interp.comp_level(f, c, level + 1, inner)
            } else {
                inner(interp, f)
            }
        };
        // `for j in range(…)`, the common case: counted, without an iterator object.
        if let Value::Range(r) = &iterable {
            let (mut i, stop, step) = (r.start, r.stop, r.step);
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                item(self, f, Value::Int(i))?;
                let Some(next) = i.checked_add(step) else { break };
                i = next;
            }
            return Ok(());
        }
        let it = self.get_iter(&iterable)?;
        f.locals[g.iter_slot as usize] = it.clone();
        while let Some(v) = self.iter_next(&it)? {
            item(self, f, v)?;
        }
        f.locals[g.iter_slot as usize] = Value::Unbound;
        Ok(())
    }

    fn fstring(&self, f: &mut Frame, parts: &[FPart]) -> PResult<String> {
        let mut out = String::new();
        for p in parts {
            match p {
                FPart::Lit(s) => out.push_str(s),
                FPart::Expr { expr, conversion, spec } => {
                    let v = self.eval(f, expr)?;
                    let v = match conversion {
                        Some('r') => Value::string(self.repr(&v)?),
                        Some('s') => Value::string(self.str_of(&v)?),
                        Some('a') => Value::string(crate::builtins::repr::ascii_escape(&self.repr(&v)?)),
                        _ => v,
                    };
                    let spec = match spec {
                        Some(s) => self.fstring(f, s)?,
                        None => String::new(),
                    };
                    if spec.is_empty() {
                        out.push_str(&self.str_of(&v)?);
                    } else {
                        out.push_str(&self.format_value(&v, &spec)?);
                    }
                }
            }
        }
        Ok(out)
    }

    /// Runs a comparison operator (`compare_op` in ops.rs does the work; this keeps `in`
    /// and `is` with it).
    pub fn compare_op(&self, op: CmpOp, a: &Value, b: &Value) -> PResult<Value> {
        Ok(Value::Bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            _ => return self.rich_compare(op, a, b),
        }))
    }
}
