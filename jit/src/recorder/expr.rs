//! Expressions of numbers: constants, variables, operators, comparisons, conditions.
//!
//! Invariant: each op computes Python's operation for the operand types its guards
//! establish (ints overflow-checked, int/float mixing as CPython converts).

use super::*;

impl Recorder<'_, '_> {
    /// Records `e` as a condition (its truth value), guards the direction it takes now and
    /// returns that direction. `and`/`or`/`not` and comparison chains short-circuit as Python.
    /// With `force_direction`, every guard expects that direction instead (a guard that then
    /// fails sends the interpreter to evaluate the whole test).
    pub(super) fn cond(&mut self, e: &Expr, kind: ExitKind) -> Result<bool, Abort> {
        match &e.kind {
            ExprKind::Compare(first, rest) if rest.len() == 1 && is_none_test(first, &rest[0]) => {
                let (op, second) = &rest[0];
                let subject = if matches!(first.kind, ExprKind::Const(Value::None)) { second } else { first };
                let is_none = self.is_none(subject, kind)?;
                let value = if *op == CmpOp::Is { is_none } else { !is_none };
                if self.force_direction.is_some_and(|d| d != value) {
                    return Err(self.abort("an `is None` test forced the other way"));
                }
                Ok(value)
            }
            ExprKind::Compare(first, rest) if rest.len() == 1 && self.object_compare_applies(first, &rest[0]) => {
                let (op, second) = &rest[0];
                let c = self
                    .object_compare(*op, first, second)
                    .unwrap_or_else(|| Err(self.abort("internal: object comparison")))?;
                let Num::Bool(value) = c.num else { return Err(self.abort("internal: comparison")) };
                let value = self.force_direction.unwrap_or(value);
                self.guard_dir(c.r, value, kind, "the comparison went the other way")?;
                Ok(value)
            }
            ExprKind::Compare(first, rest) => {
                let mut a = self.expr(first)?;
                for (op, b) in rest {
                    let b = self.expr(b)?;
                    let c = self.compare(*op, a, b)?;
                    let Num::Bool(value) = c.num else { return Err(self.abort("internal: comparison")) };
                    let value = self.force_direction.unwrap_or(value);
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
            ExprKind::Unary(UnaryOp::Not, x) => {
                // A forced direction is the opposite one for the operand.
                self.force_direction = self.force_direction.map(|d| !d);
                let value = self.cond(x, kind);
                self.force_direction = self.force_direction.map(|d| !d);
                Ok(!value?)
            }
            _ => {
                // A list, tuple or str as a test (`while stack:`, `if line:`): its length.
                let v = if self.is_sized_now(e) { self.len_of(e)? } else { self.expr(e)? };
                let t = self.truth(v)?;
                let Num::Bool(value) = t.num else { return Err(self.abort("internal: truth")) };
                let value = self.force_direction.unwrap_or(value);
                self.guard_dir(t.r, value, kind, "the condition went the other way")?;
                Ok(value)
            }
        }
    }

    /// Whether `subject` is None now, guarded on its type: a variable the iteration has not
    /// assigned gets a tag guard (of the test's exit kind, so that `while node is not None`
    /// ends its loop through a loop-end exit) that it still holds None, or still an object;
    /// any other value is loaded as usual, and its own type guard says whether it is None.
    fn is_none(&mut self, subject: &Expr, kind: ExitKind) -> Result<bool, Abort> {
        let home = match &subject.kind {
            ExprKind::Local(n) if self.inline.is_empty() => Some(SlotHome::Local(*n)),
            ExprKind::Global(n) => Some(SlotHome::Global(*n)),
            _ => None,
        };
        if let Some(home) = home {
            let slot = self.slot(home);
            let unassigned = self.cur[slot].is_none() && !self.heap_cur.contains_key(&slot);
            match self.header_value(home) {
                Some(v) if unassigned && is_value_object(&v) => {
                    return Ok(matches!(self.load_object(home, v, kind)?.value, Value::None));
                }
                _ => {}
            }
        }
        match self.value_expr(subject)? {
            // An object's type is known here: its guard, or a `None` assigned in the iteration.
            Val::Obj(o) => Ok(matches!(o.value, Value::None)),
            Val::Num(_) => Ok(false),
        }
    }

    /// Python's truth value of a number, as a bool.
    /// Whether `e` is a variable holding a list, a tuple or a str now.
    pub(super) fn is_sized_now(&self, e: &Expr) -> bool {
        matches!(self.peek(e), Some(Value::List(_) | Value::Tuple(_) | Value::Str(_)))
    }

    pub(super) fn truth(&mut self, v: Sym) -> Result<Sym, Abort> {
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

    pub(super) fn expr(&mut self, e: &Expr) -> Result<Sym, Abort> {
        match &e.kind {
            ExprKind::Const(Value::Int(i)) => Ok(Sym { r: self.emit(Op::ConstInt(*i))?, num: Num::Int(*i) }),
            ExprKind::Const(Value::Float(x)) => {
                Ok(Sym { r: self.emit(Op::ConstFloat(F64::new(*x)))?, num: Num::Float(*x) })
            }
            ExprKind::Const(Value::Bool(b)) => Ok(Sym { r: self.emit(Op::ConstBool(*b))?, num: Num::Bool(*b) }),
            ExprKind::Const(v) => Err(self.abort(format!("a constant of type {}", crate::ir::tag_name(v.tag())))),
            ExprKind::Local(n) => match self.inline_local(*n) {
                None => self.read(SlotHome::Local(*n)),
                Some(Ok(Val::Num(sym))) => Ok(sym),
                Some(Ok(Val::Obj(_))) => Err(self.abort("a local holding an object where a number is needed")),
                Some(Err(abort)) => Err(abort),
            },
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
                if matches!(o.value, Value::Tuple(_)) {
                    return match self.tuple_load(&o, i)? {
                        Val::Num(v) => Ok(v),
                        Val::Obj(item) => {
                            let kind = crate::ir::tag_name(item.value.tag());
                            Err(self.abort(format!("a tuple item that is {} where a number is needed", article(kind))))
                        }
                    };
                }
                self.list_load(&o, i)
            }
            ExprKind::Call(call) => self.call_expr(e, call),
            ExprKind::CallMethod(..) if self.is_dict_get(e) => self.dict_get(e),
            ExprKind::CallMethod(obj, name, call)
                if calls::math_function(name) && call.simple && call.args.len() == 1 && self.is_math_module(obj) =>
            {
                match &call.args[0] {
                    runtime::code::Elt::One(arg) => self.math_attr(e, obj, name, arg),
                    runtime::code::Elt::Star(_) => Err(self.unsupported(e)),
                }
            }
            ExprKind::CallMethod(obj, name, call) if call.simple => match self.inline_method(obj, name, call)? {
                Some(Val::Num(v)) => Ok(v),
                Some(Val::Obj(o)) => {
                    let kind = crate::ir::tag_name(o.value.tag());
                    Err(self.abort(format!("a method returning {} where a number is needed", article(kind))))
                }
                None => Err(self.unsupported(e)),
            },
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
                if let Some(c) = self.object_compare(rest[0].0, first, &rest[0].1) {
                    return c;
                }
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

    pub(super) fn unary(&mut self, op: UnaryOp, x: Sym) -> Result<Sym, Abort> {
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

    pub(super) fn float_of(&mut self, v: Sym) -> Result<(crate::ir::IrRef, f64), Abort> {
        match v.num {
            Num::Float(x) => Ok((v.r, x)),
            Num::Int(i) => Ok((self.emit(Op::IntToFloat(v.r))?, i as f64)),
            Num::Bool(_) => Err(self.abort("arithmetic on a bool")),
        }
    }

    /// Guards `|v| <= 2**53` (so it converts to float exactly) and converts it.
    pub(super) fn exact_float_of(&mut self, v: Sym) -> Result<(crate::ir::IrRef, f64), Abort> {
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

    pub(super) fn binop(&mut self, op: BinOp, a: Sym, b: Sym) -> Result<Sym, Abort> {
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

    pub(super) fn float_binop(
        &mut self,
        op: BinOp,
        ra: crate::ir::IrRef,
        rb: crate::ir::IrRef,
        x: f64,
        y: f64,
    ) -> Result<Sym, Abort> {
        if op == BinOp::Pow {
            if let Some(sym) = self.pow_by_constant(ra, rb, x)? {
                return Ok(sym);
            }
        }
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

    /// `a ** c` for a constant `c` (finite, nonzero), as libm's `pow` directly, where
    /// CPython's `float_pow` reduces to that call: `pow(|a|, c)` for an even integer `c`,
    /// `±pow(|a|, c)` for an odd one on the side of zero `a` is on, `pow(a, c)` for `a > 0`
    /// otherwise. `pow_float` exits on an infinite result: CPython raises `OverflowError`
    /// for a finite base, or `ZeroDivisionError` for a zero base and a negative `c` (where
    /// `pow` gives an infinity); a zero base and a positive even `c` give 0.0 both ways.
    /// `None`: use the `float_pow` helper.
    fn pow_by_constant(&mut self, ra: crate::ir::IrRef, rb: crate::ir::IrRef, x: f64) -> Result<Option<Sym>, Abort> {
        let Some(Op::ConstFloat(c)) = self.em.trace().insts.get(rb).map(|inst| inst.op.clone()) else {
            return Ok(None);
        };
        let c = c.get();
        let value = match arith::float_pow(x, c) {
            Ok(v) if v.is_finite() && c.is_finite() && c != 0.0 && x != 0.0 && x.is_finite() => v,
            _ => return Ok(None),
        };
        let integer = c == c.floor();
        let even = integer && (c / 2.0) == (c / 2.0).floor();
        let zero = self.emit(Op::ConstFloat(F64::new(0.0)))?;
        let what = "the base of `**` is on the same side of zero";
        let overflow = "`**` did not overflow";
        let r = if even {
            let base = self.emit(Op::AbsFloat(ra))?;
            self.emit_checked(Op::PowFloat(base, rb), overflow)?
        } else if x > 0.0 {
            let positive = self.emit(Op::GtFloat(ra, zero))?;
            self.guard_dir(positive, true, ExitKind::Guard, what)?;
            self.emit_checked(Op::PowFloat(ra, rb), overflow)?
        } else if integer {
            let negative = self.emit(Op::LtFloat(ra, zero))?;
            self.guard_dir(negative, true, ExitKind::Guard, what)?;
            let base = self.emit(Op::AbsFloat(ra))?;
            let p = self.emit_checked(Op::PowFloat(base, rb), overflow)?;
            self.emit(Op::NegFloat(p))?
        } else {
            return Ok(None);
        };
        Ok(Some(Sym { r, num: Num::Float(value) }))
    }

    pub(super) fn int_binop(&mut self, op: BinOp, a: Sym, b: Sym, x: i64, y: i64) -> Result<Sym, Abort> {
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

    pub(super) fn compare(&mut self, op: CmpOp, a: Sym, b: Sym) -> Result<Sym, Abort> {
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

/// `x is None`, `x is not None` (either way round).
fn is_none_test(first: &Expr, (op, second): &(CmpOp, Expr)) -> bool {
    let none = |e: &Expr| matches!(e.kind, ExprKind::Const(Value::None));
    matches!(op, CmpOp::Is | CmpOp::IsNot) && (none(first) != none(second))
}
