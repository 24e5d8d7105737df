//! Strings and dicts in the recorded iteration: str literals (and constant tuples), `s[i]`
//! on a str, `name += t` on a local str, `d.get(k, default)` and `d[k] = number` with a str
//! or int key.
//!
//! `s[i]` returns the shared one-character string (`trace_calls::STR_CHAR`), so the trace
//! holds no new reference. `name += t` appends in the slot itself (`str_append`, an effect
//! of its statement: the string is extended in place while the slot holds its only
//! reference, as the interpreter does). A dict's value is read with `DICT_GET` and guarded
//! to be a number; `d[k] = v` stores a number with `DICT_SET` (an effect).
//!
//! Invariant: the recorder's guesses (which character, which value a key holds) only pick
//! the guards; the helpers compute every result at run time, and a helper that cannot (an
//! index out of range, a key that is not a str or an int, a dict in use) makes its guard
//! exit before the statement has any effect, so the interpreter runs it and raises what
//! Python raises.

use super::*;
use runtime::interp::mapping::{contains_plain, find_plain};

impl Recorder<'_, '_> {
    /// A str literal or a constant tuple: a constant the trace keeps alive.
    pub(super) fn const_obj(&mut self, v: &Value) -> Result<ObjSym, Abort> {
        let Some(word) = trace_calls::payload_word(v) else {
            return Err(self.abort("internal: a constant object without a payload"));
        };
        self.keep_alive.values.push(v.clone());
        let r = self.emit(Op::ConstRef(word, TagImm(v.tag())))?;
        Ok(ObjSym { r, value: v.clone() })
    }

    /// `s[i]` for a str `s`: the shared string of that character.
    pub(super) fn str_char(&mut self, s: &ObjSym, i: Sym) -> Result<ObjSym, Abort> {
        let (Value::Str(text), Num::Int(index)) = (&s.value, i.num) else {
            return Err(self.abort(format!("`s[i]` with an index that is {}", i.num.kind())));
        };
        let c = trace_calls::list_position(text.len(), index).and_then(|pos| text.char_at(pos));
        let Some(c) = c.filter(|c| (*c as u32) < 256) else {
            return Err(self.abort("`s[i]` out of range, or a character above U+00FF"));
        };
        let r = self.call(trace_calls::STR_CHAR, &[s.r, i.r])?;
        let what = "the str index is in range (a character below U+0100)";
        self.emit_guarded(Op::GuardTag(r, TagImm(Tag::Str)), ExitKind::Guard, what)?;
        Ok(ObjSym { r, value: Value::Str(runtime::object::str::char_str(c)) })
    }

    /// `a == b` or `a != b` when an operand is a str now (a str literal, a variable holding
    /// one, or `s[i]` of one): both are recorded as objects guarded on their types, and
    /// two strs are compared by the `str_eq` helper. `None` when neither operand is a str,
    /// or for another operator (the numeric comparison handles those).
    pub(super) fn str_compare(&mut self, op: CmpOp, a: &Expr, b: &Expr) -> Option<Result<Sym, Abort>> {
        if !self.str_compare_applies(a, &(op, b)) {
            return None;
        }
        Some((|| {
            let (Val::Obj(x), Val::Obj(y)) = (self.value_expr(a)?, self.value_expr(b)?) else {
                return Err(self.abort("`==` between a str and a number"));
            };
            let (Value::Str(sx), Value::Str(sy)) = (&x.value, &y.value) else {
                return Err(self.abort("`==` between a str and another object"));
            };
            let equal = sx.as_str() == sy.as_str();
            let r = self.call(trace_calls::STR_EQ, &[x.r, y.r])?;
            let expect = self.emit(Op::ConstInt(i64::from(op == CmpOp::Eq)))?;
            let r = self.emit(Op::EqInt(r, expect))?;
            Ok(Sym { r, num: Num::Bool(equal == (op == CmpOp::Eq)) })
        })())
    }

    /// A comparison of objects the trace compiles: `==`/`!=` of strs (`str_compare`), or
    /// `key in d`/`key not in d` for a dict or set `d` and a str or int key. `None` for the
    /// comparisons of numbers (and the ones nobody compiles, which then abort there).
    pub(super) fn object_compare(&mut self, op: CmpOp, a: &Expr, b: &Expr) -> Option<Result<Sym, Abort>> {
        if let Some(c) = self.str_compare(op, a, b) {
            return Some(c);
        }
        if self.seq_contains_applies(a, &(op, b)) {
            return Some(self.seq_contains(op, a, b));
        }
        if !self.dict_contains_applies(a, &(op, b)) {
            return None;
        }
        Some((|| {
            let (key_r, key_now) = self.plain_key(a)?;
            let d = self.heap_obj(b)?;
            let table = match &d.value {
                Value::Dict(dict) => &dict.table,
                Value::Set(set) => &set.table,
                _ => return Err(self.abort("internal: `in` neither a dict nor a set")),
            };
            let Some(found) = table.try_borrow().ok().and_then(|table| find_plain(&table, &key_now)) else {
                return Err(self.abort("`in` a dict or set with a key that is not a str or an int"));
            };
            let r = self.call(trace_calls::DICT_CONTAINS, &[d.r, key_r])?;
            self.membership(r, op, found.is_some(), "the dict answered `in` (a str or int key)")
        })())
    }

    /// `x in a_list` (ints, floats, bools, strs, None) or `sub in s` (strs): `seq_contains`,
    /// guarded on answering (a value of another type makes the interpreter compare).
    fn seq_contains(&mut self, op: CmpOp, a: &Expr, b: &Expr) -> Result<Sym, Abort> {
        let item = match self.value_expr(a)? {
            Val::Num(v) => ObjSym { r: self.boxed(v)?, value: num_value(v.num) },
            Val::Obj(o) => o,
        };
        let container = self.heap_obj(b)?;
        let found = match (&container.value, &item.value) {
            (Value::Str(hay), Value::Str(needle)) => Some(hay.as_str().contains(needle.as_str())),
            (Value::Str(_), _) => None,
            (Value::List(l), _) => l.items.try_borrow().ok().and_then(|items| contains_plain(&items, &item.value)),
            _ => None,
        };
        let Some(found) = found else {
            return Err(self.abort(match container.value {
                Value::Str(_) => "`in` a str with a left operand that is not a str",
                _ => "`in` a list with elements other than numbers, strs and None",
            }));
        };
        let r = self.call(trace_calls::SEQ_CONTAINS, &[container.r, item.r])?;
        self.membership(r, op, found, "`in` compared numbers, strs and None only")
    }

    /// The truth of `in` (or `not in`) from a helper's answer `r` (1 found, 0 not, 2 it
    /// could not tell, which exits): `found` is what it answers now.
    fn membership(&mut self, r: crate::ir::IrRef, op: CmpOp, found: bool, what: &str) -> Result<Sym, Abort> {
        let two = self.emit(Op::ConstInt(2))?;
        let answered = self.emit(Op::LtInt(r, two))?;
        self.guard_dir(answered, true, ExitKind::Guard, what)?;
        let expect = self.emit(Op::ConstInt(i64::from(op == CmpOp::In)))?;
        let r = self.emit(Op::EqInt(r, expect))?;
        Ok(Sym { r, num: Num::Bool(found == (op == CmpOp::In)) })
    }

    fn seq_contains_applies(&self, _item: &Expr, (op, seq): &(CmpOp, impl std::borrow::Borrow<Expr>)) -> bool {
        let seq = seq.borrow();
        matches!(op, CmpOp::In | CmpOp::NotIn)
            && (matches!(self.peek(seq), Some(Value::List(_) | Value::Str(_)))
                || matches!(seq.kind, ExprKind::Const(Value::Str(_))))
    }

    /// Whether `first op second` is one `object_compare` records.
    pub(super) fn object_compare_applies(&self, first: &Expr, cmp: &(CmpOp, impl std::borrow::Borrow<Expr>)) -> bool {
        self.str_compare_applies(first, cmp)
            || self.seq_contains_applies(first, cmp)
            || self.dict_contains_applies(first, cmp)
    }

    fn dict_contains_applies(&self, _key: &Expr, (op, d): &(CmpOp, impl std::borrow::Borrow<Expr>)) -> bool {
        matches!(op, CmpOp::In | CmpOp::NotIn) && matches!(self.peek(d.borrow()), Some(Value::Dict(_) | Value::Set(_)))
    }

    /// Whether `first op second` is one `str_compare` records.
    pub(super) fn str_compare_applies(
        &self,
        first: &Expr,
        (op, second): &(CmpOp, impl std::borrow::Borrow<Expr>),
    ) -> bool {
        matches!(op, CmpOp::Eq | CmpOp::NotEq) && (self.is_str_now(first) || self.is_str_now(second.borrow()))
    }

    /// Whether `e` is a str literal, a variable holding a str, or `s[i]` of such a variable.
    fn is_str_now(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Const(v) => matches!(v, Value::Str(_)),
            ExprKind::Subscript(obj, _) => matches!(self.peek(obj), Some(Value::Str(_))),
            _ => matches!(self.peek(e), Some(Value::Str(_))),
        }
    }

    /// Whether `target += …` appends to a str: a local holding one now.
    pub(super) fn appends_str(&self, target: &Target) -> bool {
        let Target::Local(n) = target else { return false };
        if !self.inline.is_empty() {
            return false;
        }
        matches!(self.peek_home(SlotHome::Local(*n)), Some(Value::Str(_)))
    }

    /// `name += value` on a local str (`appends_str`): the effect of its statement.
    pub(super) fn str_append(&mut self, target: &Target, value: &Expr) -> Result<(), Abort> {
        let home = self.home_of(target)?;
        let tail = match self.value_expr(value)? {
            Val::Obj(o) if matches!(o.value, Value::Str(_)) => o,
            _ => return Err(self.abort("`s += x` where `x` is not a str")),
        };
        if self.stmt_effect {
            return Err(self.abort("two stores in one statement"));
        }
        let slot = self.slot(home);
        self.used[slot] = true;
        let done = self.emit(Op::StrAppend(Slot::from_u32(slot as u32), tail.r))?;
        let name = self.slot_name(home);
        self.guard_dir(done, true, ExitKind::Guard, &format!("`{name}` and what is appended are strs"))?;
        self.stmt_effect = true;
        self.effect_done = true;
        self.reload_after_store(slot);
        Ok(())
    }

    /// Whether `e` is `d.get(key, default)` on a dict (compiled with `DICT_GET`).
    pub(super) fn is_dict_get(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::CallMethod(obj, name, call) => {
                &**name == "get"
                    && call.simple
                    && call.args.len() == 2
                    && call.kwargs.is_empty()
                    && matches!(self.peek(obj), Some(Value::Dict(_)))
            }
            _ => false,
        }
    }

    /// `d.get(key, default)` holding a number: the dict's value or the default, guarded on
    /// the type found now.
    pub(super) fn dict_get(&mut self, e: &Expr) -> Result<Sym, Abort> {
        let ExprKind::CallMethod(obj, _, call) = &e.kind else { return Err(self.unsupported(e)) };
        let [runtime::code::Elt::One(key), runtime::code::Elt::One(default)] = &call.args[..] else {
            return Err(self.abort("a starred argument to `d.get()`"));
        };
        let d = self.heap_obj(obj)?;
        let (key_r, key_now) = self.plain_key(key)?;
        let default = self.expr(default)?;
        let default_r = self.boxed(default)?;
        let Value::Dict(dict) = &d.value else { return Err(self.abort("internal: `d.get()` on a non-dict")) };
        let found = dict.table.try_borrow().ok().and_then(|table| {
            find_plain(&table, &key_now).map(|pos| pos.and_then(|p| table.get_at(p).map(|e| e.value.clone())))
        });
        let num = match found {
            Some(None) => default.num,
            Some(Some(Value::Int(i))) => Num::Int(i),
            Some(Some(Value::Float(x))) => Num::Float(x),
            Some(Some(Value::Bool(b))) => Num::Bool(b),
            Some(Some(v)) => {
                return Err(self.abort(format!("`d.get()` found {}", article(crate::ir::tag_name(v.tag())))));
            }
            None => return Err(self.abort("`d.get()` with a key that is not a str or an int")),
        };
        let r = self.call(trace_calls::DICT_GET, &[d.r, key_r, default_r])?;
        let what = format!("the value `d.get()` found is {}", num.kind());
        self.unbox_result(r, num, what)
    }

    /// `s.add(key)` for a set `s` (the statement's effect) and a str or int key.
    pub(super) fn set_add(&mut self, s: &ObjSym, key: &Expr) -> Result<(), Abort> {
        let (key_r, _) = self.plain_key(key)?;
        self.effect(trace_calls::SET_ADD, &[s.r, key_r], "the set took the key (a str or an int)")
    }

    /// `d[key] = v` for a dict `d` (the statement's effect): `v` is a number.
    pub(super) fn dict_store(&mut self, d: &ObjSym, key: &Expr, v: Sym) -> Result<(), Abort> {
        let (key_r, _) = self.plain_key(key)?;
        let boxed = self.boxed(v)?;
        self.effect(trace_calls::DICT_SET, &[d.r, key_r, boxed], "the dict took the key (a str or an int)")
    }

    /// A dict key the helpers look up without Python code: a str object or an int, as a
    /// value ref, with the value the recorder sees now.
    fn plain_key(&mut self, key: &Expr) -> Result<(crate::ir::IrRef, Value), Abort> {
        match self.value_expr(key)? {
            Val::Obj(o) if matches!(o.value, Value::Str(_)) => Ok((o.r, o.value)),
            Val::Num(v @ Sym { num: Num::Int(i), .. }) => Ok((self.boxed(v)?, Value::Int(i))),
            _ => Err(self.abort("a dict key that is not a str or an int")),
        }
    }
}

/// The Python value of a recorded number.
fn num_value(n: Num) -> Value {
    match n {
        Num::Int(i) => Value::Int(i),
        Num::Float(x) => Value::Float(x),
        Num::Bool(b) => Value::Bool(b),
    }
}
