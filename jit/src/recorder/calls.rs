//! Calls in the recorded iteration: user functions inlined (`inline.rs`), the builtins
//! compiled as operations (`len`, `abs`, `min`, `max`, `math.sqrt`, also by another name
//! such as `from math import sqrt`), and the reason a call
//! that is neither stops recording.

use super::*;

impl Recorder<'_, '_> {
    /// The name of the builtin function or type `func` denotes, guarding that a module global of
    /// that name stays unassigned.
    pub(super) fn builtin_name(&mut self, func: &Expr) -> Result<Option<Rc<str>>, Abort> {
        let builtin_name = |v: &Value| -> Option<Rc<str>> {
            match v {
                Value::Native(f) => Some(f.name.clone()),
                Value::Class(c) => Some(Rc::from(c.name.as_str())),
                _ => None,
            }
        };
        match &func.kind {
            ExprKind::Builtin(v) => Ok(builtin_name(v)),
            ExprKind::GlobalOrBuiltin(n, v) => {
                let Some(name) = builtin_name(v) else { return Ok(None) };
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
                let what = format!("no global `{name}` hides the builtin");
                self.emit_guarded(Op::GuardTag(r, TagImm(Tag::Unbound)), ExitKind::Guard, what)?;
                self.loaded[slot] = Some("unbound");
                Ok(Some(name))
            }
            _ => Ok(None),
        }
    }

    /// Calls of `len`, `abs`, `min`, `max` (two numbers) and `math.sqrt`.
    pub(super) fn call_expr(&mut self, e: &Expr, call: &runtime::code::Call) -> Result<Sym, Abort> {
        match self.inline_call(call)? {
            Some(Val::Num(v)) => return Ok(v),
            Some(Val::Obj(o)) => {
                let kind = crate::ir::tag_name(o.value.tag());
                return Err(self.abort(format!("a call returning {} where a number is needed", article(kind))));
            }
            None => {}
        }
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
        if let (Some(Value::Native(f)), [arg]) = (self.peek(&call.func), &args[..]) {
            if &*f.name == "math.sqrt" {
                return self.imported_sqrt(&call.func, arg);
            }
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
                Ok(Sym { r: self.emit(Op::ListLength(o.r))?, num: Num::Int(len) })
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
    pub(super) fn math_sqrt(&mut self, e: &Expr, base: &Expr, arg: &Expr) -> Result<Sym, Abort> {
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
        let function = Value::Native(function);
        let words = (trace_calls::payload_word(&o.value), trace_calls::payload_word(&function));
        let (Some(module_word), Some(function_word)) = words else { return Err(self.unsupported(e)) };
        let slots = &module.slots as *const _ as usize as i64;
        self.keep_alive.values.push(o.value.clone());
        self.keep_alive.values.push(function);
        let same = self.emit(Op::ModuleAttrIs(o.r, module_word, slots, i64::from(slot), function_word))?;
        self.guard_dir(same, true, ExitKind::Guard, "`math.sqrt` is still `math.sqrt`")?;
        self.sqrt_of(arg)
    }

    /// `sqrt(x)` where the variable `sqrt` (a global from `from math import sqrt`, or a local
    /// bound to `math.sqrt`) holds `math.sqrt` itself, guarded by identity like an inlined
    /// function.
    fn imported_sqrt(&mut self, func: &Expr, arg: &Expr) -> Result<Sym, Abort> {
        let f = self.heap_obj(func)?;
        let Some(address) = trace_calls::payload_word(&f.value) else {
            return Err(self.abort("internal: a builtin function without an address"));
        };
        let payload = self.emit(Op::Payload(f.r))?;
        let expected = self.emit(Op::ConstInt(address))?;
        let same = self.emit(Op::EqInt(payload, expected))?;
        let name = self.callee_name(func);
        self.guard_dir(same, true, ExitKind::Guard, &format!("{name} is still `math.sqrt`"))?;
        self.keep_alive.values.push(f.value.clone());
        self.sqrt_of(arg)
    }

    /// The square root of the number `arg` evaluates to; a negative one exits (the
    /// interpreter raises `ValueError`).
    fn sqrt_of(&mut self, arg: &Expr) -> Result<Sym, Abort> {
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
    pub(super) fn unsupported(&mut self, e: &Expr) -> Abort {
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

    pub(super) fn callee_name(&mut self, func: &Expr) -> String {
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
}
