//! Calls in the recorded iteration: user functions inlined (`inline.rs`), the builtins
//! compiled as operations (`len`, `abs`, `min`, `max`, `int` and `float` of numbers, and
//! the `math` functions of one float, also by another name such as `from math import sqrt`), and the reason a call
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

    /// `len(a)` of a tuple, a str or a list (the list read inline).
    pub(super) fn len_of(&mut self, a: &Expr) -> Result<Sym, Abort> {
        let o = self.heap_obj(a)?;
        if matches!(o.value, Value::Tuple(_)) {
            return self.tuple_len(&o);
        }
        if let Value::Str(text) = &o.value {
            let len = text.len() as i64;
            return Ok(Sym { r: self.call(trace_calls::STR_LEN, &[o.r])?, num: Num::Int(len) });
        }
        let Value::List(list) = &o.value else {
            return Err(self.abort(format!("`len` of {}", article(crate::ir::tag_name(o.value.tag())))));
        };
        if self.appended.contains(&(Rc::as_ptr(list) as usize)) {
            return Err(self.abort("a list used again after `.append()` in the same iteration"));
        }
        let len = list.items.try_borrow().map_or(0, |items| items.len()) as i64;
        Ok(Sym { r: self.emit(Op::ListLength(o.r))?, num: Num::Int(len) })
    }

    /// Calls of `len`, `abs`, `min`, `max` (two numbers), `int` and `float` (of a number) and
    /// the `math` functions of one float.
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
            if math_function(name) && args.len() == 1 {
                return self.math_attr(e, base, name, args[0]);
            }
            return Err(self.unsupported(e));
        }
        if let (Some(Value::Native(f)), [arg]) = (self.peek(&call.func), &args[..]) {
            if let Some(name) = f.name.strip_prefix("math.").filter(|name| math_function(name)) {
                return self.imported_math(&call.func, name, arg);
            }
        }
        let Some(name) = self.builtin_name(&call.func)? else { return Err(self.unsupported(e)) };
        match (&*name, &args[..]) {
            ("len", [a]) => self.len_of(a),
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
            ("int", [a]) => {
                let x = self.expr(a)?;
                match x.num {
                    Num::Int(_) => Ok(x),
                    Num::Float(f) => {
                        if !(-9.223372036854775808e18..9.223372036854775808e18).contains(&f) {
                            return Err(self.abort("`int` of a float beyond 64-bit ints"));
                        }
                        let r = self.emit_checked(Op::FloatToInt(x.r), "`int` of the float fits a 64-bit int")?;
                        Ok(Sym { r, num: Num::Int(f as i64) })
                    }
                    Num::Bool(_) => Err(self.abort("`int` of a bool")),
                }
            }
            ("float", [a]) => {
                let x = self.expr(a)?;
                match x.num {
                    Num::Float(_) => Ok(x),
                    Num::Int(i) => Ok(Sym { r: self.emit(Op::IntToFloat(x.r))?, num: Num::Float(i as f64) }),
                    Num::Bool(_) => Err(self.abort("`float` of a bool")),
                }
            }
            ("isinstance", [a, b]) => {
                // The value's type is fixed by the guard that loaded it: the answer is a
                // constant of the trace.
                let Some(type_name) = self.builtin_name(b)?.filter(|t| plain_type(t)) else {
                    return Err(self.unsupported(e));
                };
                let answer = match self.value_expr(a)? {
                    Val::Num(x) => match (&*type_name, x.num) {
                        ("int", Num::Int(_) | Num::Bool(_)) | ("float", Num::Float(_)) | ("bool", Num::Bool(_)) => true,
                        _ => false,
                    },
                    Val::Obj(o) => match &o.value {
                        Value::Instance(_) => return Err(self.abort("`isinstance` of an instance")),
                        v => crate::ir::tag_name(v.tag()) == &*type_name,
                    },
                };
                Ok(Sym { r: self.emit(Op::ConstBool(answer))?, num: Num::Bool(answer) })
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

    /// `math.name(x)` where `math` is the real module and `name` its own function (guarded
    /// by identity).
    pub(super) fn math_attr(&mut self, e: &Expr, base: &Expr, name: &str, arg: &Expr) -> Result<Sym, Abort> {
        let o = self.heap_obj(base)?;
        let module = match &o.value {
            Value::Other(other) => match &**other {
                Other::Module(m) if &*m.name == "math" => m.clone(),
                _ => return Err(self.unsupported(e)),
            },
            _ => return Err(self.unsupported(e)),
        };
        let Some(slot) = module.existing_slot(name) else { return Err(self.unsupported(e)) };
        let qualified = format!("math.{name}");
        let function = match module.slots.try_borrow().ok().and_then(|s| s.get(slot as usize).cloned()) {
            Some(Value::Native(f)) if *f.name == *qualified => f,
            _ => return Err(self.unsupported(e)),
        };
        let function = Value::Native(function);
        let words = (trace_calls::payload_word(&o.value), trace_calls::payload_word(&function));
        let (Some(module_word), Some(function_word)) = words else { return Err(self.unsupported(e)) };
        let slots = &module.slots as *const _ as usize as i64;
        self.keep_alive.values.push(o.value.clone());
        self.keep_alive.values.push(function);
        let same = self.emit(Op::ModuleAttrIs(o.r, module_word, slots, i64::from(slot), function_word))?;
        self.guard_dir(same, true, ExitKind::Guard, &format!("`{qualified}` is still `{qualified}`"))?;
        self.math_of(name, arg)
    }

    /// `f(x)` where the variable `f` (a global from `from math import sin`, or a local
    /// bound to `math.sin`) holds the `math` module's function `name` itself, guarded by
    /// identity like an inlined function.
    fn imported_math(&mut self, func: &Expr, name: &str, arg: &Expr) -> Result<Sym, Abort> {
        let f = self.heap_obj(func)?;
        let Some(address) = trace_calls::payload_word(&f.value) else {
            return Err(self.abort("internal: a builtin function without an address"));
        };
        let payload = self.emit(Op::Payload(f.r))?;
        let expected = self.emit(Op::ConstInt(address))?;
        let same = self.emit(Op::EqInt(payload, expected))?;
        let callee = self.callee_name(func);
        self.guard_dir(same, true, ExitKind::Guard, &format!("{callee} is still `math.{name}`"))?;
        self.keep_alive.values.push(f.value.clone());
        self.math_of(name, arg)
    }

    /// `math.name` (a `math_function`) of the number `arg` evaluates to. `sqrt` of a
    /// negative number exits (ValueError); `floor` and `ceil` of a float give an int, exiting
    /// where it would not fit 64 bits; the rest call the module's own function
    /// (`math_float`), exiting where the argument or the result is not finite.
    fn math_of(&mut self, name: &str, arg: &Expr) -> Result<Sym, Abort> {
        let x = self.expr(arg)?;
        if let ("floor" | "ceil", Num::Int(_)) = (name, x.num) {
            return Ok(x);
        }
        let (r, v) = self.float_of(x)?;
        match name {
            "sqrt" => {
                if v < 0.0 {
                    return Err(self.abort("`math.sqrt` of a negative number"));
                }
                Ok(Sym {
                    r: self.emit_checked(Op::SqrtFloat(r), "`math.sqrt` of a negative number")?,
                    num: Num::Float(v.sqrt()),
                })
            }
            "fabs" => Ok(Sym { r: self.emit(Op::AbsFloat(r))?, num: Num::Float(v.abs()) }),
            "floor" | "ceil" => {
                let rounded = if name == "floor" { v.floor() } else { v.ceil() };
                if !(-9.223372036854775808e18..9.223372036854775808e18).contains(&rounded) {
                    return Err(self.abort(format!("`math.{name}` of a float beyond 64-bit ints")));
                }
                // ceil(x) is -floor(-x), exactly.
                let f = if name == "floor" {
                    self.emit(Op::FloorFloat(r))?
                } else {
                    let minus = self.emit(Op::NegFloat(r))?;
                    let floor = self.emit(Op::FloorFloat(minus))?;
                    self.emit(Op::NegFloat(floor))?
                };
                let what = format!("`math.{name}` fits a 64-bit int");
                Ok(Sym { r: self.emit_checked(Op::FloatToInt(f), what)?, num: Num::Int(rounded as i64) })
            }
            _ => {
                let Some(function) = runtime::modules::math::compiled_float_function(name) else {
                    return Err(self.abort(format!("internal: `math.{name}`")));
                };
                let value = function(v);
                if !v.is_finite() || !value.is_finite() {
                    return Err(self.abort(format!("`math.{name}` of {v} (not a finite float result)")));
                }
                let what = format!("`math.{name}` of a finite float is finite");
                let r = self.emit_checked(Op::MathFloat(r, function as usize as i64), what)?;
                Ok(Sym { r, num: Num::Float(value) })
            }
        }
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

/// The `math` functions of one float a trace computes itself (`Recorder::math_of`).
pub(super) fn math_function(name: &str) -> bool {
    matches!(name, "sqrt" | "fabs" | "floor" | "ceil")
        || runtime::modules::math::compiled_float_function(name).is_some()
}

/// The builtin types whose instances a trace tells apart by their tag alone (`isinstance`).
pub(super) fn plain_type(name: &str) -> bool {
    matches!(name, "int" | "float" | "bool" | "str" | "list" | "tuple" | "dict")
}
