//! The frame locals and module globals a statement left to the interpreter names, so that
//! running it from compiled code (`residual::exec_python`) moves only those between the
//! trace's slots and the frame or module instead of every variable the trace uses.
//!
//! Invariant: the walk matches every `ExprKind` and `Target` without a catch-all, so a new
//! node kind is a compile error here rather than a local silently left stale; a node whose
//! locals cannot be listed (a `yield`) makes the answer `None`: move them all.

use runtime::code::{CompFor, ComprehensionKind, Elt, Expr, ExprKind, FPart, Stmt, StmtKind, Target};

/// The local and the global slots `stmt` names (for an `if`, its test only), sorted.
#[derive(Default)]
pub(crate) struct Names {
    pub locals: Vec<u32>,
    pub globals: Vec<u32>,
}

/// What `stmt` names; `None` for "anything".
pub(crate) fn names_used(stmt: &Stmt) -> Option<Names> {
    let mut out = Names::default();
    let ok = match &stmt.kind {
        StmtKind::Expr(e) => expr(e, &mut out),
        StmtKind::Assign { target: t, value } | StmtKind::AugAssign { target: t, value, .. } => {
            target(t, &mut out) && expr(value, &mut out)
        }
        StmtKind::AssignMulti { targets, value } => {
            targets.iter().all(|t| target(t, &mut out)) && expr(value, &mut out)
        }
        StmtKind::If { test, .. } => expr(test, &mut out),
        StmtKind::Del(targets) => targets.iter().all(|t| target(t, &mut out)),
        StmtKind::Assert { test, msg } => expr(test, &mut out) && msg.as_ref().is_none_or(|m| expr(m, &mut out)),
        StmtKind::Pass => true,
        _ => false,
    };
    for v in [&mut out.locals, &mut out.globals] {
        v.sort_unstable();
        v.dedup();
    }
    ok.then_some(out)
}

fn target(t: &Target, out: &mut Names) -> bool {
    match t {
        Target::Local(n) => {
            out.locals.push(*n);
            true
        }
        Target::Global(n) => {
            out.globals.push(*n);
            true
        }
        Target::Deref(_) | Target::ClassName(_) => true,
        Target::Attr(obj, _) => expr(obj, out),
        Target::Subscript(obj, index) => expr(obj, out) && expr(index, out),
        Target::Unpack { targets, .. } => targets.iter().all(|t| target(t, out)),
    }
}

fn elts(items: &[Elt], out: &mut Names) -> bool {
    items.iter().all(|e| match e {
        Elt::One(x) | Elt::Star(x) => expr(x, out),
    })
}

fn opt(e: &Option<Box<Expr>>, out: &mut Names) -> bool {
    e.as_ref().is_none_or(|x| expr(x, out))
}

fn parts(ps: &[FPart], out: &mut Names) -> bool {
    ps.iter().all(|p| match p {
        FPart::Lit(_) => true,
        FPart::Expr { expr: e, spec, .. } => expr(e, out) && spec.as_ref().is_none_or(|s| parts(s, out)),
    })
}

fn expr(e: &Expr, out: &mut Names) -> bool {
    match &e.kind {
        ExprKind::Local(n) => {
            out.locals.push(*n);
            true
        }
        ExprKind::Global(n) | ExprKind::GlobalOrBuiltin(n, _) => {
            out.globals.push(*n);
            true
        }
        ExprKind::Const(_)
        | ExprKind::Deref(_)
        | ExprKind::Builtin(_)
        | ExprKind::ClassName(..)
        | ExprKind::Unresolved(_) => true,
        ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) | ExprKind::Subscript(a, b) => {
            expr(a, out) && expr(b, out)
        }
        ExprKind::Unary(_, a) | ExprKind::Attr(a, _, _) => expr(a, out),
        ExprKind::Compare(a, rest) => expr(a, out) && rest.iter().all(|(_, b)| expr(b, out)),
        ExprKind::IfExp(c, a, b) => expr(c, out) && expr(a, out) && expr(b, out),
        ExprKind::Call(call) => {
            expr(&call.func, out) && elts(&call.args, out) && call.kwargs.iter().all(|(_, v)| expr(v, out))
        }
        ExprKind::CallMethod(obj, _, call) => {
            expr(obj, out) && elts(&call.args, out) && call.kwargs.iter().all(|(_, v)| expr(v, out))
        }
        ExprKind::Slice(a, b, c) => opt(a, out) && opt(b, out) && opt(c, out),
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => elts(items, out),
        ExprKind::Dict(pairs) => pairs.iter().all(|(k, v)| k.as_ref().is_none_or(|k| expr(k, out)) && expr(v, out)),
        ExprKind::Comprehension(c) => {
            let kind = match &c.kind {
                ComprehensionKind::List(x) | ComprehensionKind::Set(x) => expr(x, out),
                ComprehensionKind::Dict(k, v) => expr(k, out) && expr(v, out),
            };
            kind && c.generators.iter().all(|g: &CompFor| {
                out.locals.push(g.iter_slot);
                target(&g.target, out) && expr(&g.iter, out) && g.ifs.iter().all(|i| expr(i, out))
            })
        }
        // A lambda's body runs in its own frame; the defaults are evaluated here.
        ExprKind::MakeFunction(node, _) => {
            node.defaults.iter().all(|d| expr(d, out)) && node.kwdefaults.iter().all(|(_, d)| expr(d, out))
        }
        ExprKind::FString(ps) => parts(ps, out),
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => false,
    }
}
