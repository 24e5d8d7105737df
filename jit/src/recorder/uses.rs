//! The names expressions and assignment targets use, walked once for the recorder's two
//! questions: which frame locals and module globals a statement left to the interpreter
//! names (`names_used`, so that running it from compiled code, `residual::exec_python`,
//! moves only those between the trace's slots and the frame or module), and which locals
//! an expression reads (`dead.rs`).
//!
//! Invariant: the walk matches every `ExprKind` and `Target` without a catch-all, so a new
//! node kind is a compile error here rather than a name silently missed; a `yield` is
//! reported as `Name::Yield` (a statement holding one may touch any local: move them all).

use runtime::code::{ComprehensionKind, Elt, Expr, ExprKind, FPart, Stmt, StmtKind, Target};

/// One use of a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Name {
    /// A frame local read.
    Local(u32),
    /// A frame local assigned (a target, or a comprehension's hidden iterator slot).
    LocalStore(u32),
    /// A module global, read or assigned.
    Global(u32),
    /// A `yield`: the frame is suspended there.
    Yield,
}

/// The local and the global slots `stmt` names (for an `if`, its test only), sorted.
#[derive(Default)]
pub(crate) struct Names {
    pub locals: Vec<u32>,
    pub globals: Vec<u32>,
}

/// What `stmt` names; `None` for "anything".
pub(crate) fn names_used(stmt: &Stmt) -> Option<Names> {
    let mut out = Names::default();
    let mut any = false;
    let mut note = |name: Name| match name {
        Name::Local(n) | Name::LocalStore(n) => out.locals.push(n),
        Name::Global(n) => out.globals.push(n),
        Name::Yield => any = true,
    };
    let known = match &stmt.kind {
        StmtKind::Expr(e) => {
            expr_names(e, &mut note);
            true
        }
        StmtKind::Assign { target: t, value } | StmtKind::AugAssign { target: t, value, .. } => {
            target_names(t, &mut note);
            expr_names(value, &mut note);
            true
        }
        StmtKind::AssignMulti { targets, value } => {
            targets.iter().for_each(|t| target_names(t, &mut note));
            expr_names(value, &mut note);
            true
        }
        StmtKind::If { test, .. } => {
            expr_names(test, &mut note);
            true
        }
        StmtKind::Del(targets) => {
            targets.iter().for_each(|t| target_names(t, &mut note));
            true
        }
        StmtKind::Assert { test, msg } => {
            expr_names(test, &mut note);
            msg.iter().for_each(|m| expr_names(m, &mut note));
            true
        }
        StmtKind::Pass => true,
        _ => false,
    };
    if !known || any {
        return None;
    }
    for v in [&mut out.locals, &mut out.globals] {
        v.sort_unstable();
        v.dedup();
    }
    Some(out)
}

/// The names assigning to `t` uses: the store itself and what it evaluates (`obj` of
/// `obj.attr = …`, `obj` and the index of `obj[i] = …`).
pub(crate) fn target_names(t: &Target, f: &mut impl FnMut(Name)) {
    match t {
        Target::Local(n) => f(Name::LocalStore(*n)),
        Target::Global(n) => f(Name::Global(*n)),
        Target::Deref(_) | Target::ClassName(_) => {}
        Target::Attr(obj, _) => expr_names(obj, f),
        Target::Subscript(obj, index) => {
            expr_names(obj, f);
            expr_names(index, f);
        }
        Target::Unpack { targets, .. } => targets.iter().for_each(|t| target_names(t, f)),
    }
}

fn elts(items: &[Elt], f: &mut impl FnMut(Name)) {
    for e in items {
        match e {
            Elt::One(x) | Elt::Star(x) => expr_names(x, f),
        }
    }
}

fn parts(ps: &[FPart], f: &mut impl FnMut(Name)) {
    for p in ps {
        match p {
            FPart::Lit(_) => {}
            FPart::Expr { expr: e, spec, .. } => {
                expr_names(e, f);
                spec.iter().for_each(|s| parts(s, f));
            }
        }
    }
}

/// The names evaluating `e` uses, in no particular order.
pub(crate) fn expr_names(e: &Expr, f: &mut impl FnMut(Name)) {
    match &e.kind {
        ExprKind::Local(n) => f(Name::Local(*n)),
        ExprKind::Global(n) | ExprKind::GlobalOrBuiltin(n, _) => f(Name::Global(*n)),
        ExprKind::Const(_)
        | ExprKind::Deref(_)
        | ExprKind::Builtin(_)
        | ExprKind::ClassName(..)
        | ExprKind::Unresolved(_) => {}
        ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) | ExprKind::Subscript(a, b) => {
            expr_names(a, f);
            expr_names(b, f);
        }
        ExprKind::Unary(_, a) | ExprKind::Attr(a, _, _) => expr_names(a, f),
        ExprKind::Compare(a, rest) => {
            expr_names(a, f);
            rest.iter().for_each(|(_, b)| expr_names(b, f));
        }
        ExprKind::IfExp(c, a, b) => {
            expr_names(c, f);
            expr_names(a, f);
            expr_names(b, f);
        }
        ExprKind::Call(call) => {
            expr_names(&call.func, f);
            elts(&call.args, f);
            call.kwargs.iter().for_each(|(_, v)| expr_names(v, f));
        }
        ExprKind::CallMethod(obj, _, call) => {
            expr_names(obj, f);
            elts(&call.args, f);
            call.kwargs.iter().for_each(|(_, v)| expr_names(v, f));
        }
        ExprKind::Slice(a, b, c) => [a, b, c].into_iter().flatten().for_each(|x| expr_names(x, f)),
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => elts(items, f),
        ExprKind::Dict(pairs) => {
            for (k, v) in pairs {
                k.iter().for_each(|k| expr_names(k, f));
                expr_names(v, f);
            }
        }
        ExprKind::Comprehension(c) => {
            match &c.kind {
                ComprehensionKind::List(x) | ComprehensionKind::Set(x) => expr_names(x, f),
                ComprehensionKind::Dict(k, v) => {
                    expr_names(k, f);
                    expr_names(v, f);
                }
            }
            for g in &c.generators {
                f(Name::LocalStore(g.iter_slot));
                target_names(&g.target, f);
                expr_names(&g.iter, f);
                g.ifs.iter().for_each(|i| expr_names(i, f));
            }
        }
        // A lambda's body runs in its own frame; the defaults are evaluated here.
        ExprKind::MakeFunction(node, _) => {
            node.defaults.iter().for_each(|d| expr_names(d, f));
            node.kwdefaults.iter().for_each(|(_, d)| expr_names(d, f));
        }
        ExprKind::FString(ps) => parts(ps, f),
        ExprKind::Yield(e) => {
            f(Name::Yield);
            e.iter().for_each(|e| expr_names(e, f));
        }
        ExprKind::YieldFrom(e) => {
            f(Name::Yield);
            expr_names(e, f);
        }
    }
}
