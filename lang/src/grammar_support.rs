//! Helpers called by the actions of `grammar.lalrpop`: node construction that needs more than
//! one line, and the checks CPython's parser makes (targets, argument and parameter order,
//! starred expressions), with CPython's messages.
//!
//! Invariant: every function here is total: a bad input gives `Err(ParseError::User)` carrying
//! a `Diagnostic` at the offending node's span, never a panic.
//! Invariant: recursion here (target checks) follows only tuple/list/starred nesting, which
//! brackets bound (`lexer::MAX_BRACKET_DEPTH`); everything else is iterative.

mod arguments;
mod targets;

pub use arguments::{call, class_def, function_def, lambda, Arg, ParamItem};
pub use targets::{ann_assign, assign, aug_assign, del_stmt, expr_name};

use crate::ast::*;
use crate::diagnostics::Diagnostic;
use crate::source::Span;
use crate::token::{StringLiteral, Tok};
use crate::unsupported;
use lalrpop_util::ParseError;
use targets::{check_target, TargetContext};

/// What a grammar action returns when it can fail.
pub type Res<T> = Result<T, ParseError<usize, Tok, Diagnostic>>;

/// What the single entry point of the grammar parsed.
pub enum Top {
    Module(Vec<Stmt>),
    Hole(Expr),
}

/// A syntax error at `span`.
#[cold]
pub fn fail<T>(span: Span, message: impl Into<String>) -> Res<T> {
    Err(ParseError::User { error: Diagnostic::syntax(span, message) })
}

/// Lifts a diagnostic into the parser's error type.
pub fn user<T>(error: Diagnostic) -> Res<T> {
    Err(ParseError::User { error })
}

pub fn prepend<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut items = Vec::with_capacity(rest.len() + 1);
    items.push(first);
    items.extend(rest);
    items
}

pub fn dotted(mut left: String, right: String) -> String {
    left.push('.');
    left.push_str(&right);
    left
}

/// The end of a block: the end of its last statement.
fn end_of(body: &[Stmt], fallback: usize) -> usize {
    body.last().map_or(fallback, |s| s.span.end as usize)
}

// ---- Expressions ----

pub fn bin_op(left: Expr, op: BinOp, right: Expr, span: Span) -> Expr {
    Expr::new(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, span)
}

pub fn unary(op: UnaryOp, operand: Expr, span: Span) -> Expr {
    Expr::new(ExprKind::UnaryOp { op, operand: Box::new(operand) }, span)
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, span: Span) -> Expr {
    Expr::new(ExprKind::BoolOp { op, values: prepend(first, rest) }, span)
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, span: Span) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    Expr::new(ExprKind::Compare { left: Box::new(left), ops, comparators }, span)
}

pub fn tuple(items: Vec<Expr>, span: Span) -> Expr {
    Expr::new(ExprKind::Tuple(items), span)
}

pub fn subscript(value: Expr, index: Expr, span: Span) -> Expr {
    // `a[*b]` means `a[(*b,)]`, as in CPython 3.11.
    let index = match index.kind {
        ExprKind::Starred(_) => {
            let span = index.span;
            Expr::new(ExprKind::Tuple(vec![index]), span)
        }
        _ => index,
    };
    Expr::new(ExprKind::Subscript { value: Box::new(value), index: Box::new(index) }, span)
}

pub fn slice(lower: Option<Expr>, upper: Option<Expr>, step: Option<Expr>, span: Span) -> Expr {
    Expr::new(
        ExprKind::Slice { lower: lower.map(Box::new), upper: upper.map(Box::new), step: step.map(Box::new) },
        span,
    )
}

/// A parenthesized expression (or an f-string hole): a bare `*x` is not allowed there.
pub fn group(e: Expr) -> Res<Expr> {
    if matches!(e.kind, ExprKind::Starred(_)) {
        return fail(e.span, "cannot use starred expression here");
    }
    Ok(e)
}

/// Adjacent string literals: one `str` constant, or one f-string if any part is formatted.
pub fn strings(parts: Vec<StringLiteral>, span: Span) -> Expr {
    if parts.iter().all(|p| matches!(p, StringLiteral::Plain(_))) {
        let mut text = String::new();
        for part in parts {
            if let StringLiteral::Plain(s) = part {
                text.push_str(&s);
            }
        }
        return Expr::new(ExprKind::Constant(Constant::Str(text)), span);
    }
    let mut out: Vec<FStringPart> = Vec::new();
    for part in parts {
        match part {
            StringLiteral::Plain(s) => push_literal(&mut out, s),
            StringLiteral::Formatted(pieces) => {
                for piece in pieces {
                    match piece {
                        FStringPart::Literal(s) => push_literal(&mut out, s),
                        hole => out.push(hole),
                    }
                }
            }
        }
    }
    Expr::new(ExprKind::FString(out), span)
}

/// Appends literal text to f-string parts, merging with a literal before it; CPython drops
/// empty literal parts.
fn push_literal(out: &mut Vec<FStringPart>, s: String) {
    if s.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(FStringPart::Literal(prev)) => prev.push_str(&s),
        _ => out.push(FStringPart::Literal(s)),
    }
}

pub fn yield_expr(value: Expr, span: Span) -> Res<Expr> {
    no_bare_starred(&value)?;
    Ok(Expr::new(ExprKind::Yield(Some(Box::new(value))), span))
}

/// A bare `*x` where a value is expected (`x = *a`, `return *a`): CPython's compiler message.
pub(crate) fn no_bare_starred(value: &Expr) -> Res<()> {
    if matches!(value.kind, ExprKind::Starred(_)) {
        return fail(value.span, "can't use starred expression here");
    }
    Ok(())
}

fn no_unpacking_in_comprehension(elt: &Expr) -> Res<()> {
    if matches!(elt.kind, ExprKind::Starred(_)) {
        return fail(elt.span, "iterable unpacking cannot be used in comprehension");
    }
    Ok(())
}

pub fn comprehension(target: Expr, iter: Expr, ifs: Vec<Expr>) -> Res<Comprehension> {
    check_target(&target, TargetContext::Assign).or_else(user)?;
    Ok(Comprehension { target, iter, ifs })
}

pub fn generator(elt: Expr, generators: Vec<Comprehension>, span: Span) -> Res<Expr> {
    no_unpacking_in_comprehension(&elt)?;
    Ok(Expr::new(ExprKind::GeneratorExp { elt: Box::new(elt), generators }, span))
}

pub fn list_comp(elt: Expr, generators: Vec<Comprehension>, span: Span) -> Res<Expr> {
    no_unpacking_in_comprehension(&elt)?;
    Ok(Expr::new(ExprKind::ListComp { elt: Box::new(elt), generators }, span))
}

pub fn set_comp(elt: Expr, generators: Vec<Comprehension>, span: Span) -> Res<Expr> {
    no_unpacking_in_comprehension(&elt)?;
    Ok(Expr::new(ExprKind::SetComp { elt: Box::new(elt), generators }, span))
}

pub fn dict_comp(key: Expr, value: Expr, generators: Vec<Comprehension>, span: Span) -> Expr {
    Expr::new(ExprKind::DictComp { key: Box::new(key), value: Box::new(value), generators }, span)
}

// ---- Statements ----

pub fn expr_stmt(e: Expr, span: Span) -> Res<Stmt> {
    no_bare_starred(&e)?;
    Ok(Stmt::new(StmtKind::Expr(e), span))
}

pub fn return_stmt(value: Option<Expr>, span: Span) -> Res<Stmt> {
    if let Some(value) = &value {
        no_bare_starred(value)?;
    }
    Ok(Stmt::new(StmtKind::Return(value), span))
}

pub fn import_from(dots: Vec<u32>, module: Option<String>, names: Option<Vec<Alias>>, span: Span) -> Res<Stmt> {
    let level = dots.iter().sum::<u32>();
    let Some(names) = names else {
        return user(unsupported::import_star(span));
    };
    if level == 0 && module.is_none() {
        return fail(span, "invalid syntax");
    }
    Ok(Stmt::new(StmtKind::ImportFrom { module: module.unwrap_or_default(), names, level }, span))
}

/// Decorators go on the definition; the statement's span then starts at the first `@`.
pub fn decorate(decorators: Vec<Expr>, mut def: Stmt, start: usize) -> Stmt {
    match &mut def.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    def.span = Span::new(start, def.span.end as usize);
    def
}

/// `if`/`elif`/`else`: each `elif` becomes an `If` alone in its parent's `orelse`.
pub fn if_stmt(
    start: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut orelse = orelse.unwrap_or_default();
    let mut end = end_of(&orelse, 0);
    for (elif_start, elif_test, elif_body) in elifs.into_iter().rev() {
        end = end.max(end_of(&elif_body, elif_start));
        let kind = StmtKind::If { test: elif_test, body: elif_body, orelse };
        orelse = vec![Stmt::new(kind, Span::new(elif_start, end))];
    }
    let end = end.max(end_of(&body, start));
    Stmt::new(StmtKind::If { test, body, orelse }, Span::new(start, end))
}

pub fn while_stmt(start: usize, test: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = end_of(&orelse, end_of(&body, start));
    Stmt::new(StmtKind::While { test, body, orelse }, Span::new(start, end))
}

pub fn for_stmt(start: usize, target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>) -> Res<Stmt> {
    check_target(&target, TargetContext::Assign).or_else(user)?;
    no_bare_starred(&iter)?;
    let orelse = orelse.unwrap_or_default();
    let end = end_of(&orelse, end_of(&body, start));
    Ok(Stmt::new(StmtKind::For { target, iter, body, orelse }, Span::new(start, end)))
}

pub fn except_handler(start: usize, typ: Option<(Expr, Option<String>)>, body: Vec<Stmt>) -> ExceptHandler {
    let (typ, name) = match typ {
        Some((typ, name)) => (Some(typ), name),
        None => (None, None),
    };
    let span = Span::new(start, end_of(&body, start));
    ExceptHandler { typ, name, body, span }
}

pub fn try_stmt(
    start: usize,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let mut end = end_of(&body, start);
    end = handlers.last().map_or(end, |h| h.span.end as usize);
    end = end_of(&orelse, end);
    end = end_of(&finalbody, end);
    Stmt::new(StmtKind::Try { body, handlers, orelse, finalbody }, Span::new(start, end))
}

/// `with` items. `with (a, b):` is two items, as in CPython 3.9+ (a parenthesized list of
/// items), so a lone parenthesized tuple without `as` is split.
pub fn with_stmt(start: usize, items: Vec<(Expr, Option<Expr>)>, body: Vec<Stmt>) -> Res<Stmt> {
    let items = match <[_; 1]>::try_from(items) {
        Ok([(Expr { kind: ExprKind::Tuple(elts), .. }, None)])
            if !elts.is_empty() && !elts.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) =>
        {
            elts.into_iter().map(|context| WithItem { context, target: None }).collect()
        }
        Ok([(context, target)]) => vec![WithItem { context, target }],
        Err(items) => items.into_iter().map(|(context, target)| WithItem { context, target }).collect::<Vec<_>>(),
    };
    for item in &items {
        if let Some(target) = &item.target {
            check_target(target, TargetContext::Assign).or_else(user)?;
        }
    }
    let span = Span::new(start, end_of(&body, start));
    Ok(Stmt::new(StmtKind::With { items, body }, span))
}
