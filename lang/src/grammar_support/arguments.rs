//! Call arguments and parameter lists: the grammar parses both as flat lists of items, and
//! the order rules (and CPython's messages for breaking them) live here.
//!
//! Invariant: a `Call` built here has positional arguments (possibly `Starred`) in `args` and
//! `name=value`/`**value` in `keywords`, in source order within each; a `Parameters` built
//! here has no duplicate names and respects `/`, `*`, `**` and default ordering.

use super::{fail, Res};
use crate::ast::*;
use crate::source::Span;
use std::collections::HashSet;

/// One item of a call's argument list, as parsed.
pub enum Arg {
    Positional(Expr),
    /// `f(x for x in y)`: allowed only as the sole argument.
    Generator(Expr),
    /// `*value`, already wrapped in `Starred`.
    Star(Expr),
    /// `name=value`; the name was parsed as an expression and is checked here.
    Keyword(Expr, Expr, Span),
    /// `**value`.
    DoubleStar(Expr, Span),
}

/// One item of a parameter list, as parsed.
pub enum ParamItem {
    Plain(Param),
    /// `*` alone (`None`) or `*args`.
    Star(Option<Param>, Span),
    DoubleStar(Param),
    Slash(Span),
}

/// Splits call arguments into positional ones and keywords, checking CPython's order rules.
fn arguments(items: Vec<Arg>) -> Res<(Vec<Expr>, Vec<Keyword>)> {
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut keyword_names: HashSet<String> = HashSet::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            Arg::Positional(e) | Arg::Generator(e) => {
                if seen_double_star {
                    return fail(e.span, "positional argument follows keyword argument unpacking");
                }
                if seen_keyword {
                    return fail(e.span, "positional argument follows keyword argument");
                }
                args.push(e);
            }
            Arg::Star(e) => {
                if seen_double_star {
                    return fail(e.span, "iterable argument unpacking follows keyword argument unpacking");
                }
                args.push(e);
            }
            Arg::Keyword(name, value, span) => {
                let arg = match name.kind {
                    ExprKind::Name(n) => n,
                    ExprKind::Constant(Constant::Bool(_) | Constant::None) => {
                        let message = format!("cannot assign to {}", super::expr_name(&name));
                        return fail(name.span, message);
                    }
                    _ => return fail(span, "expression cannot contain assignment, perhaps you meant \"==\"?"),
                };
                if !keyword_names.insert(arg.clone()) {
                    return fail(span, format!("keyword argument repeated: {arg}"));
                }
                seen_keyword = true;
                keywords.push(Keyword { arg: Some(arg), value, span });
            }
            Arg::DoubleStar(value, span) => {
                seen_double_star = true;
                keywords.push(Keyword { arg: None, value, span });
            }
        }
    }
    Ok((args, keywords))
}

pub fn call(func: Expr, (items, has_trailing_comma): (Vec<Arg>, bool), span: Span) -> Res<Expr> {
    if items.len() > 1 || has_trailing_comma {
        if let Some(Arg::Generator(e)) = items.iter().find(|a| matches!(a, Arg::Generator(_))) {
            return fail(e.span, "Generator expression must be parenthesized");
        }
    }
    let (args, keywords) = arguments(items)?;
    Ok(Expr::new(ExprKind::Call { func: Box::new(func), args, keywords }, span))
}

pub fn class_def(name: String, (items, _): (Vec<Arg>, bool), body: Vec<Stmt>, header_span: Span) -> Res<Stmt> {
    if let Some(Arg::Generator(e)) = items.iter().find(|a| matches!(a, Arg::Generator(_))) {
        return fail(e.span, "invalid syntax");
    }
    let (bases, keywords) = arguments(items)?;
    let end = body.last().map_or(header_span.end, |s| s.span.end);
    let span = Span { start: header_span.start, end };
    let def = ClassDef { name, bases, keywords, body, decorators: Vec::new(), header_span };
    Ok(Stmt::new(StmtKind::ClassDef(Box::new(def)), span))
}

pub fn function_def(
    name: String,
    items: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
    header_span: Span,
) -> Res<Stmt> {
    let params = parameters(items)?;
    let end = body.last().map_or(header_span.end, |s| s.span.end);
    let span = Span { start: header_span.start, end };
    let def = FunctionDef { name, params, body, decorators: Vec::new(), returns, header_span };
    Ok(Stmt::new(StmtKind::FunctionDef(Box::new(def)), span))
}

pub fn lambda(items: Vec<ParamItem>, body: Expr, span: Span) -> Res<Expr> {
    let params = parameters(items)?;
    Ok(Expr::new(ExprKind::Lambda { params: Box::new(params), body: Box::new(body) }, span))
}

/// Groups parameter items as CPython's `arguments` node, with CPython's messages for items out
/// of order.
fn parameters(items: Vec<ParamItem>) -> Res<Parameters> {
    let mut params = Parameters::default();
    let mut seen_slash = false;
    let mut star: Option<Span> = None;
    let mut seen_default = false;
    let mut after_double_star = false;
    for item in items {
        if after_double_star {
            return fail(item_span(&item), "arguments cannot follow var-keyword argument");
        }
        match item {
            ParamItem::Slash(span) => {
                if seen_slash {
                    return fail(span, "/ may appear only once");
                }
                if star.is_some() {
                    return fail(span, "/ must be ahead of *");
                }
                if params.args.is_empty() {
                    return fail(span, "at least one argument must precede /");
                }
                seen_slash = true;
                params.posonly = std::mem::take(&mut params.args);
            }
            ParamItem::Star(vararg, span) => {
                if star.is_some() {
                    return fail(span, "* argument may appear only once");
                }
                star = Some(span);
                params.vararg = vararg;
            }
            ParamItem::Plain(param) => {
                if star.is_some() {
                    params.kwonly.push(param);
                    continue;
                }
                if param.default.is_some() {
                    seen_default = true;
                } else if seen_default {
                    return fail(param.span, "non-default argument follows default argument");
                }
                params.args.push(param);
            }
            ParamItem::DoubleStar(param) => {
                after_double_star = true;
                params.kwarg = Some(param);
            }
        }
    }
    if let Some(span) = star {
        if params.vararg.is_none() && params.kwonly.is_empty() {
            return fail(span, "named arguments must follow bare *");
        }
    }
    check_duplicates(&params)?;
    Ok(params)
}

fn item_span(item: &ParamItem) -> Span {
    match item {
        ParamItem::Plain(p) | ParamItem::DoubleStar(p) => p.span,
        ParamItem::Star(_, span) | ParamItem::Slash(span) => *span,
    }
}

fn check_duplicates(params: &Parameters) -> Res<()> {
    let all =
        params.posonly.iter().chain(&params.args).chain(&params.vararg).chain(&params.kwonly).chain(&params.kwarg);
    let mut seen: HashSet<&str> = HashSet::new();
    for param in all {
        if !seen.insert(&param.name) {
            return fail(param.span, format!("duplicate argument '{}' in function definition", param.name));
        }
    }
    Ok(())
}
