//! Inlined method calls: `obj.name(args)` where `obj` is an instance of a plain class whose
//! class (not the instance) holds `name` as a plain function that `inline.rs` can inline.
//! The body is recorded in place with `self` bound to the receiver, like a function's.
//!
//! Invariant: the method is guarded, not assumed: the receiver's shape and class (the
//!   shape has no attribute `name`, so the instance does not shadow the method) and the
//!   versions of the classes of its MRO up to the one defining `name` (none of them
//!   rebound or added `name` since recording, so the lookup still finds the same function;
//!   the classes outlive the trace through the receiver's class, which it keeps alive).
//!   An exit resumes where the caller's statement starts, and the interpreter then makes
//!   the real call.

use super::*;
use runtime::code::Call;
use runtime::object::Function;

impl Recorder<'_, '_> {
    /// The value `obj` holds now, when the recorder knows it as an object: a variable, or
    /// a local of the inlined body being recorded (`self` in a method).
    fn receiver(&self, obj: &Expr) -> Option<Value> {
        if let ExprKind::Local(n) = &obj.kind {
            if let Some(local) = self.inline_local(*n) {
                return match local {
                    Ok(Val::Obj(o)) => Some(o.value),
                    _ => None,
                };
            }
        }
        self.peek(obj)
    }

    /// The function `value.name` would call: a plain function found on the class of an
    /// instance of a plain class, which the instance itself does not shadow.
    fn method_of(value: &Value, name: &str) -> Option<(Rc<Instance>, Rc<Shape>, Rc<Function>)> {
        let Value::Instance(inst) = value else { return None };
        if !inst.dict.try_borrow().is_ok_and(|d| d.is_none()) || !inst.class.is_plain() {
            return None;
        }
        let shape = inst.shape.try_borrow().ok()?.clone();
        if shape.index_of(name).is_some() {
            return None;
        }
        match inst.class.lookup(name)? {
            Value::Function(f) => Some((inst.clone(), shape, f)),
            _ => None,
        }
    }

    /// True when `obj.name(call)` would be inlined (checked before recording a statement,
    /// so that a method that cannot be becomes a residual call instead).
    pub(super) fn compiles_method(&self, obj: &Expr, name: &str, call: &Call) -> bool {
        let Some(value) = self.receiver(obj) else { return false };
        match Self::method_of(&value, name) {
            Some((inst, _, func)) => inline::inlinable(&func, call, 1, self.input.module, Some(&inst.class)),
            None => false,
        }
    }

    /// `obj.name(args)` recorded inline when `obj` holds an instance whose class gives a
    /// method `inline.rs` can inline; `None` when it holds anything else.
    pub(super) fn inline_method(&mut self, obj: &Expr, name: &str, call: &Call) -> Result<Option<Val>, Abort> {
        let Some(value) = self.receiver(obj) else { return Ok(None) };
        let Some((inst, shape, func)) = Self::method_of(&value, name) else { return Ok(None) };
        self.check_inlinable(&func, call, 1)?;
        let o = self.heap_obj(obj)?;
        let class = inst.class.name.clone();
        self.shape_guard(o.r, &inst, shape, &format!("the receiver of `.{name}()` kept its class and shape"))?;
        // The lookup went through the MRO up to the class defining `name`: none of those
        // may change that name (a version moves with any such change).
        let what = format!("`{class}.{name}` is still the same method");
        for c in inst.class.mro_iter() {
            let version = self.emit(Op::ClassVersion(Rc::as_ptr(c) as usize as i64))?;
            let seen = self.emit(Op::ConstInt(c.version.get() as i64))?;
            let same = self.emit(Op::EqInt(version, seen))?;
            self.guard_dir(same, true, ExitKind::Guard, &what)?;
            if c.dict.borrow().get(name).is_some() {
                break;
            }
        }
        self.keep_alive.values.push(Value::Function(func.clone()));
        self.inline_body(&func, vec![Val::Obj(o)], call).map(Some)
    }
}
