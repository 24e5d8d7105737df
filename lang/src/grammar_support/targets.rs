//! Assignment targets: the checks that make an expression a valid target of `=`, `+=`, `:`,
//! `for`, `with`, `del` and comprehensions, with CPython's messages.
//!
//! Invariant: a statement built here only holds targets that are Name, Attribute, Subscript,
//! or Tuple/List of targets with at most one Starred target per level (see `ast`'s invariant).

use super::{fail, user, Res};
use crate::ast::*;
use crate::diagnostics::Diagnostic;
use crate::source::Span;

/// Where a target appears: the verb of CPython's messages differs for `del`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetContext {
    Assign,
    Del,
}

/// CPython's `_PyPegen_get_expr_name`: how messages name a kind of expression.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Checks that `e` can be assigned to (or deleted); the error names the first part that cannot.
pub fn check_target(e: &Expr, context: TargetContext) -> Result<(), Diagnostic> {
    let verb = match context {
        TargetContext::Assign => "assign to",
        TargetContext::Del => "delete",
    };
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            let mut n_starred = 0;
            for elt in elts {
                match &elt.kind {
                    ExprKind::Starred(inner) if context == TargetContext::Assign => {
                        n_starred += 1;
                        check_target(inner, context)?;
                    }
                    _ => check_target(elt, context)?,
                }
            }
            if n_starred > 1 {
                return Err(Diagnostic::syntax(e.span, "multiple starred expressions in assignment"));
            }
            Ok(())
        }
        ExprKind::Starred(_) if context == TargetContext::Assign => {
            Err(Diagnostic::syntax(e.span, "starred assignment target must be in a list or tuple"))
        }
        _ => Err(Diagnostic::syntax(e.span, format!("cannot {verb} {}", expr_name(e)))),
    }
}

/// `a = b = value`: every piece but the last is a target.
pub fn assign(first: Expr, rest: Vec<Expr>, span: Span) -> Res<Stmt> {
    let mut pieces = super::prepend(first, rest);
    let Some(value) = pieces.pop() else {
        return fail(span, "invalid syntax");
    };
    super::no_bare_starred(&value)?;
    for (i, target) in pieces.iter().enumerate() {
        if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return fail(target.span, "assignment to yield expression not possible");
        }
        if let Err(error) = check_target(target, TargetContext::Assign) {
            // CPython's `invalid_named_expression` fires first for `f() = 1` alone on a line.
            if i == 0 && pieces.len() == 1 && takes_equals_hint(target) && starts_with_bitwise_or(&value) {
                let message =
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(target));
                return fail(target.span, message);
            }
            return user(error);
        }
    }
    Ok(Stmt::new(StmtKind::Assign { targets: pieces, value }, span))
}

/// Targets CPython's `invalid_named_expression` rule can match: a `bitwise_or` that is not a
/// list, tuple, generator expression, `True`, `False` or `None`.
fn takes_equals_hint(target: &Expr) -> bool {
    !matches!(
        target.kind,
        ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::Bool(_) | Constant::None)
            | ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    )
}

/// Whether `value` begins with a `bitwise_or` operand (rather than `not`, `lambda`, `yield`
/// or `*`), following its leftmost operand down without recursion.
fn starts_with_bitwise_or(value: &Expr) -> bool {
    let mut e = value;
    loop {
        e = match &e.kind {
            ExprKind::BoolOp { values, .. } => match values.first() {
                Some(first) => first,
                None => return true,
            },
            ExprKind::Compare { left, .. } => left,
            ExprKind::IfExp { body, .. } => body,
            ExprKind::Tuple(elts) => match elts.first() {
                Some(first) => first,
                None => return true,
            },
            ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::Starred(_) => return false,
            _ => return true,
        };
    }
}

/// `target op= value`: only a single name, attribute or subscript.
pub fn aug_assign(target: Expr, op: BinOp, value: Expr, span: Span) -> Res<Stmt> {
    if !matches!(target.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
        let message = format!("'{}' is an illegal expression for augmented assignment", expr_name(&target));
        return fail(target.span, message);
    }
    super::no_bare_starred(&value)?;
    Ok(Stmt::new(StmtKind::AugAssign { target, op, value }, span))
}

/// `target: annotation [= value]`.
pub fn ann_assign(target: Expr, annotation: Expr, value: Option<Expr>, span: Span) -> Res<Stmt> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) => return fail(target.span, "only single target (not tuple) can be annotated"),
        ExprKind::List(_) => return fail(target.span, "only single target (not list) can be annotated"),
        _ => return fail(target.span, "illegal target for annotation"),
    }
    if let Some(value) = &value {
        super::no_bare_starred(value)?;
    }
    Ok(Stmt::new(StmtKind::AnnAssign { target, annotation, value }, span))
}

/// `del a, b[0], c.x`.
pub fn del_stmt(targets: Vec<Expr>, span: Span) -> Res<Stmt> {
    for target in &targets {
        check_target(target, TargetContext::Del).or_else(user)?;
    }
    Ok(Stmt::new(StmtKind::Del(targets), span))
}
