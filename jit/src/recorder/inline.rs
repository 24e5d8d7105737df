//! Inlined calls of small user functions. A call `f(a, b)` whose callee is a plain function
//! of the same module (positional parameters, no closure, not a generator) with a body of
//! pure statements (assignments to its own locals, `if`/`else`, `return`) is recorded in
//! place: its parameters are bound to the argument values and its body is walked with
//! them, so the trace holds its arithmetic with no call, no frame and no boxing.
//!
//! Invariant: an inlined body has no effect, so an exit inside it resumes where the
//!   caller's statement starts (or at the loop header): the interpreter then makes the
//!   real call, and any exception it raises has the interpreter's own traceback.
//! Invariant: the callee is guarded by identity (the payload of the global it is read from
//!   equals the function's address; the trace keeps the function alive), so rebinding the
//!   name exits instead of running the old body.
//!
//! The recursion limit: an inlined call is not a frame, so the trace records how deep its
//! inlined calls nest (`Recording::inline_depth`) and the driver does not enter it when the
//! interpreter's depth plus that would pass the limit: the interpreter runs the loop and
//! raises `RecursionError` where Python does. (The native-stack check the interpreter also
//! makes has no counterpart: inlined calls use no stack.)

use super::*;
use runtime::code::{Call, Elt};
use runtime::object::{Class, Function};

/// The most calls inlined inside each other: deeper (recursion) stops recording.
const MAX_INLINE_DEPTH: usize = 6;

/// The locals of a call being inlined.
pub(super) struct InlineFrame {
    code: Rc<Code>,
    locals: Vec<Option<Val>>,
}

impl Recorder<'_, '_> {
    /// `f(args)` where the global `f` holds a user function now: recorded inline. `None`
    /// when it holds something else (a builtin, a class): the caller deals with those.
    pub(super) fn inline_call(&mut self, call: &Call) -> Result<Option<Val>, Abort> {
        let ExprKind::Global(n) = &call.func.kind else { return Ok(None) };
        let now = self.input.module.slots.try_borrow().ok().and_then(|s| s.get(*n as usize).cloned());
        let Some(Value::Function(func)) = now else { return Ok(None) };
        let name = func.name.borrow().clone();
        self.check_inlinable(&func, call, 0)?;
        let f = self.heap_obj(&call.func)?;
        let Some(address) = trace_calls::payload_word(&f.value) else {
            return Err(self.abort("internal: a function without an address"));
        };
        let payload = self.emit(Op::Payload(f.r))?;
        let expected = self.emit(Op::ConstInt(address))?;
        let same = self.emit(Op::EqInt(payload, expected))?;
        self.guard_dir(same, true, ExitKind::Guard, &format!("`{name}` is still the same function"))?;
        self.keep_alive.values.push(f.value.clone());
        self.inline_body(&func, Vec::new(), call).map(Some)
    }

    /// Stops recording unless `func` can be inlined for `call` given `bound` arguments
    /// before the call's own (`self` for a method).
    pub(super) fn check_inlinable(&mut self, func: &Function, call: &Call, bound: usize) -> Result<(), Abort> {
        let name = func.name.borrow().clone();
        if let Some(why) = refusal(func, call, bound, self.input.module) {
            return Err(self.abort(format!("call to `{name}` ({why})")));
        }
        if !nested::nested_loops(&func.code.body).is_empty() {
            return Err(self.abort(format!("call to `{name}`, a function with a loop (not inlined)")));
        }
        if self.inline.len() >= MAX_INLINE_DEPTH {
            return Err(self.abort(format!("call to `{name}` inside {MAX_INLINE_DEPTH} inlined calls (recursion)")));
        }
        Ok(())
    }

    /// Records the body of `func` in place, its parameters bound to `bound` (values already
    /// recorded) and then to `call`'s arguments and the defaults: the value it returns.
    pub(super) fn inline_body(&mut self, func: &Function, bound: Vec<Val>, call: &Call) -> Result<Val, Abort> {
        let code = func.code.clone();
        let mut locals: Vec<Option<Val>> = vec![None; code.n_locals as usize];
        let first_arg = bound.len();
        for (index, v) in bound.into_iter().enumerate() {
            locals[index] = Some(v);
        }
        for (index, arg) in call.args.iter().enumerate() {
            let Elt::One(arg) = arg else { return Err(self.abort("internal: a starred argument")) };
            locals[first_arg + index] = Some(self.value_expr(arg)?);
        }
        // The parameters not given take their defaults (the last `defaults.len()` ones).
        let first_default = code.params.positional.len() - func.defaults.len();
        let missing = first_arg + call.args.len()..code.params.positional.len();
        for (index, default) in missing.clone().zip(&func.defaults[missing.start - first_default..]) {
            locals[index] = Some(Val::Num(self.constant(default)?));
        }
        let line = self.line;
        self.inline.push(InlineFrame { code: code.clone(), locals });
        self.inline_depth = self.inline_depth.max(self.inline.len() as u32);
        let result = self.inline_block(&code.body)?;
        self.inline.pop();
        self.line = line;
        match result {
            Some(v) => Ok(v),
            None => Err(self.abort(format!("call to `{}`, which returns `None`", func.name.borrow()))),
        }
    }

    /// Inside an inlined body, the value of its local `n` (`None` outside one).
    pub(super) fn inline_local(&self, n: u32) -> Option<Result<Val, Abort>> {
        let frame = self.inline.last()?;
        Some(match frame.locals.get(n as usize).cloned().flatten() {
            Some(v) => Ok(v),
            None => {
                let name = frame.code.local_names.get(n as usize).cloned().unwrap_or_else(|| "?".into());
                Err(self.abort(format!("`{name}` is not assigned yet in `{}`", frame.code.name)))
            }
        })
    }

    /// A default argument value as a trace constant (numbers only).
    fn constant(&mut self, v: &Value) -> Result<Sym, Abort> {
        Ok(match v {
            Value::Int(i) => Sym { r: self.emit(Op::ConstInt(*i))?, num: Num::Int(*i) },
            Value::Float(x) => Sym { r: self.emit(Op::ConstFloat(F64::new(*x)))?, num: Num::Float(*x) },
            Value::Bool(b) => Sym { r: self.emit(Op::ConstBool(*b))?, num: Num::Bool(*b) },
            other => {
                let kind = crate::ir::tag_name(other.tag());
                return Err(self.abort(format!("a default argument that is {}", article(kind))));
            }
        })
    }

    fn set_inline_local(&mut self, n: u32, v: Val) -> Result<(), Abort> {
        match self.inline.last_mut().and_then(|frame| frame.locals.get_mut(n as usize)) {
            Some(local) => {
                *local = Some(v);
                Ok(())
            }
            None => Err(self.abort("internal: an inlined local out of range")),
        }
    }

    /// Walks an inlined body: `Some(value)` once it returns, `None` when it falls off the
    /// end of `block`. Guards resume where the caller's statement starts (nothing in an
    /// inlined body is an effect).
    fn inline_block(&mut self, block: &Block) -> Result<Option<Val>, Abort> {
        for stmt in block {
            self.line = stmt.line;
            match &stmt.kind {
                StmtKind::Return(Some(e)) => return Ok(Some(self.value_expr(e)?)),
                StmtKind::Assign { target: Target::Local(n), value } => {
                    let v = self.value_expr(value)?;
                    self.set_inline_local(*n, v)?;
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
                        let Elt::One(e) = elt else { return Err(self.abort("a starred element")) };
                        values.push(self.value_expr(e)?);
                    }
                    for (target, v) in targets.iter().zip(values) {
                        let Target::Local(n) = target else { return Err(self.inline_refusal("an assignment")) };
                        self.set_inline_local(*n, v)?;
                    }
                }
                StmtKind::AugAssign { target: Target::Local(n), op, value } => {
                    let cur = match self.inline_local(*n) {
                        Some(Ok(Val::Num(sym))) => sym,
                        Some(Ok(Val::Obj(_))) => return Err(self.inline_refusal("augmented assignment to an object")),
                        Some(Err(abort)) => return Err(abort),
                        None => return Err(self.abort("internal: not inlining")),
                    };
                    let rhs = self.expr(value)?;
                    let v = self.binop(*op, cur, rhs)?;
                    self.set_inline_local(*n, Val::Num(v))?;
                }
                StmtKind::If { test, body, orelse } => {
                    let taken = self.cond(test, ExitKind::Guard)?;
                    if let Some(v) = self.inline_block(if taken { body } else { orelse })? {
                        return Ok(Some(v));
                    }
                }
                StmtKind::Pass | StmtKind::Expr(Expr { kind: ExprKind::Const(_), .. }) => {}
                StmtKind::Return(None) => return Err(self.inline_refusal("`return` without a value")),
                StmtKind::While { .. } | StmtKind::For { .. } => return Err(self.inline_refusal("a loop")),
                StmtKind::AssignMulti { .. } => return Err(self.inline_refusal("a chained assignment `a = b = …`")),
                StmtKind::Expr(_) => return Err(self.inline_refusal("an expression statement")),
                StmtKind::Try { .. } => return Err(self.inline_refusal("`try`")),
                StmtKind::Raise { .. } => return Err(self.inline_refusal("`raise`")),
                StmtKind::Assign { .. } | StmtKind::AugAssign { .. } => {
                    return Err(self.inline_refusal("an assignment to something other than a local variable"))
                }
                _ => return Err(self.inline_refusal("a statement other than an assignment, `if` or `return`")),
            }
        }
        Ok(None)
    }

    fn inline_refusal(&self, what: &str) -> Abort {
        let name = self.inline.last().map_or_else(|| "?".into(), |frame| frame.code.name.clone());
        self.abort(format!("{what} in `{name}`, which is called from the loop (only pure functions are inlined)"))
    }
}

/// True when `call` of `func` would be inlined: no refusal, no loop, and a body of the
/// statements and expressions `inline_block` records (checked before recording it, so that
/// a call that cannot be inlined becomes a residual call instead of stopping recording).
/// `self_class` is the class of the receiver when `func` is called as its method.
pub(super) fn inlinable(
    func: &Function,
    call: &Call,
    bound: usize,
    module: &ModuleObj,
    self_class: Option<&Rc<Class>>,
) -> bool {
    let pure = Purity { module, self_class, depth: 1 };
    pure.function(func, call, bound)
}

/// What a body may call and stay inlinable: functions of `module`, and methods of `self`
/// (the first parameter) found on `self_class`, up to `MAX_INLINE_DEPTH` calls deep.
struct Purity<'a> {
    module: &'a ModuleObj,
    self_class: Option<&'a Rc<Class>>,
    depth: usize,
}

impl Purity<'_> {
    fn function(&self, func: &Function, call: &Call, bound: usize) -> bool {
        refusal(func, call, bound, self.module).is_none()
            && nested::nested_loops(&func.code.body).is_empty()
            && self.block(&func.code.body)
    }

    fn block(&self, block: &Block) -> bool {
        block.iter().all(|stmt| match &stmt.kind {
            StmtKind::Return(Some(e)) | StmtKind::Assign { target: Target::Local(_), value: e } => self.expr(e),
            StmtKind::AugAssign { target: Target::Local(_), value, .. } => self.expr(value),
            StmtKind::Assign { target: Target::Unpack { targets, star: None, .. }, value } => {
                targets.iter().all(|t| matches!(t, Target::Local(_))) && self.expr(value)
            }
            StmtKind::If { test, body, orelse } => self.expr(test) && self.block(body) && self.block(orelse),
            StmtKind::Pass | StmtKind::Expr(Expr { kind: ExprKind::Const(_), .. }) => true,
            _ => false,
        })
    }

    /// An expression an inlined body may hold: arithmetic, comparisons, names, attributes,
    /// subscripts, calls of functions by name (builtins, or module functions that are
    /// inlined in turn), `math.sqrt`, and inlinable methods of `self`.
    fn expr(&self, e: &Expr) -> bool {
        let args = |call: &Call| call.args.iter().all(|e| matches!(e, Elt::One(x) if self.expr(x)));
        match &e.kind {
            ExprKind::Const(_)
            | ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::GlobalOrBuiltin(..)
            | ExprKind::Builtin(_) => true,
            ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => self.expr(a) && self.expr(b),
            ExprKind::Unary(_, a) | ExprKind::Attr(a, _, _) => self.expr(a),
            ExprKind::Subscript(a, i) => self.expr(a) && self.expr(i),
            ExprKind::Compare(a, rest) => self.expr(a) && rest.iter().all(|(_, b)| self.expr(b)),
            ExprKind::IfExp(c, a, b) => self.expr(c) && self.expr(a) && self.expr(b),
            ExprKind::Call(call) => {
                call.simple
                    && matches!(
                        call.func.kind,
                        ExprKind::Global(_) | ExprKind::GlobalOrBuiltin(..) | ExprKind::Builtin(_)
                    )
                    && args(call)
            }
            ExprKind::CallMethod(obj, name, call)
                if calls::math_function(name) && !matches!(obj.kind, ExprKind::Local(0)) =>
            {
                args(call) && self.expr(obj)
            }
            ExprKind::CallMethod(obj, name, call) => {
                let Some(class) = self.self_class else { return false };
                if !matches!(obj.kind, ExprKind::Local(0)) || !call.simple || self.depth >= MAX_INLINE_DEPTH {
                    return false;
                }
                let Some(Value::Function(method)) = class.lookup(name) else { return false };
                let inner = Purity { module: self.module, self_class: Some(class), depth: self.depth + 1 };
                args(call) && inner.function(&method, call, 1)
            }
            _ => false,
        }
    }
}

/// Why `func` cannot be inlined for `call` given `bound` arguments before the call's own,
/// if it cannot.
fn refusal(func: &Function, call: &Call, bound: usize, module: &ModuleObj) -> Option<String> {
    let code = &func.code;
    let params = &code.params;
    if !call.simple {
        return Some("keyword or starred arguments".into());
    }
    if !std::ptr::eq(Rc::as_ptr(&func.module), module) {
        return Some("a function of another module".into());
    }
    if code.is_generator {
        return Some("a generator function".into());
    }
    if !func.closure.is_empty() || !code.free_names.is_empty() || !code.cell_names.is_empty() {
        return Some("a function with closure variables".into());
    }
    if !params.kwonly.is_empty() || params.vararg.is_some() || params.kwarg.is_some() {
        return Some("keyword-only or variadic parameters".into());
    }
    let (given, takes) = (bound + call.args.len(), params.positional.len());
    if given > takes || given + func.defaults.len() < takes {
        return Some(format!("{given} arguments for {takes} parameters"));
    }
    if block_calls(&code.body, module, code) {
        // Inlined, it would unroll to the depth limit; called, it runs as a compiled
        // function (`func`) where it is pure.
        return Some("a recursive function".into());
    }
    None
}

/// True when `block` calls (by a global name) the function whose code is `code`.
fn block_calls(block: &Block, module: &ModuleObj, code: &Code) -> bool {
    block.iter().any(|stmt| match &stmt.kind {
        StmtKind::Return(Some(e)) | StmtKind::Assign { value: e, .. } | StmtKind::AugAssign { value: e, .. } => {
            expr_calls(e, module, code)
        }
        StmtKind::Expr(e) => expr_calls(e, module, code),
        StmtKind::If { test, body, orelse } => {
            expr_calls(test, module, code) || block_calls(body, module, code) || block_calls(orelse, module, code)
        }
        _ => false,
    })
}

fn expr_calls(e: &Expr, module: &ModuleObj, code: &Code) -> bool {
    let calls = |x: &Expr| expr_calls(x, module, code);
    match &e.kind {
        ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) | ExprKind::Subscript(a, b) => {
            calls(a) || calls(b)
        }
        ExprKind::Unary(_, a) | ExprKind::Attr(a, _, _) => calls(a),
        ExprKind::Compare(a, rest) => calls(a) || rest.iter().any(|(_, b)| calls(b)),
        ExprKind::IfExp(c, a, b) => calls(c) || calls(a) || calls(b),
        ExprKind::Call(call) => {
            let target = match call.func.kind {
                ExprKind::Global(slot) | ExprKind::GlobalOrBuiltin(slot, _) => {
                    module.slots.try_borrow().ok().and_then(|g| g.get(slot as usize).cloned())
                }
                _ => None,
            };
            matches!(target, Some(Value::Function(f)) if std::ptr::eq(Rc::as_ptr(&f.code), code))
                || call.args.iter().any(|a| matches!(a, Elt::One(x) | Elt::Star(x) if calls(x)))
        }
        ExprKind::CallMethod(obj, _, call) => {
            calls(obj) || call.args.iter().any(|a| matches!(a, Elt::One(x) | Elt::Star(x) if calls(x)))
        }
        _ => false,
    }
}
