//! A compact, span-free text form of the AST for snapshot tests: one statement per line,
//! bodies indented, expressions as S-expressions.
//!
//! Invariant: two trees print the same text exactly when they are equal up to spans (and the
//! text of floats, printed with Rust's shortest round-trip form).

use lang::ast::*;
use std::fmt::Write;

pub fn module(m: &Module) -> String {
    let mut out = String::new();
    block(&mut out, &m.body, 0);
    out
}

fn line(out: &mut String, indent: usize, text: &str) {
    let _ = writeln!(out, "{}{}", "  ".repeat(indent), text);
}

fn block(out: &mut String, body: &[Stmt], indent: usize) {
    for s in body {
        stmt(out, s, indent);
    }
}

fn labelled(out: &mut String, label: &str, body: &[Stmt], indent: usize) {
    if !body.is_empty() {
        line(out, indent, label);
        block(out, body, indent + 1);
    }
}

fn exprs(items: &[Expr]) -> String {
    items.iter().map(expr).collect::<Vec<_>>().join(" ")
}

fn stmt(out: &mut String, s: &Stmt, indent: usize) {
    match &s.kind {
        StmtKind::Expr(e) => line(out, indent, &format!("expr {}", expr(e))),
        StmtKind::Assign { targets, value } => {
            line(out, indent, &format!("assign {} = {}", exprs(targets), expr(value)))
        }
        StmtKind::AugAssign { target, op, value } => {
            line(out, indent, &format!("augassign {} {}= {}", expr(target), op.symbol(), expr(value)))
        }
        StmtKind::AnnAssign { target, annotation, value } => {
            let value = value.as_ref().map_or(String::new(), |v| format!(" = {}", expr(v)));
            line(out, indent, &format!("annassign {} : {}{}", expr(target), expr(annotation), value))
        }
        StmtKind::Pass => line(out, indent, "pass"),
        StmtKind::Break => line(out, indent, "break"),
        StmtKind::Continue => line(out, indent, "continue"),
        StmtKind::Return(value) => line(out, indent, &format!("return {}", opt(value.as_ref()))),
        StmtKind::Del(targets) => line(out, indent, &format!("del {}", exprs(targets))),
        StmtKind::If { test, body, orelse } => {
            line(out, indent, &format!("if {}", expr(test)));
            block(out, body, indent + 1);
            labelled(out, "else:", orelse, indent);
        }
        StmtKind::While { test, body, orelse } => {
            line(out, indent, &format!("while {}", expr(test)));
            block(out, body, indent + 1);
            labelled(out, "else:", orelse, indent);
        }
        StmtKind::For { target, iter, body, orelse } => {
            line(out, indent, &format!("for {} in {}", expr(target), expr(iter)));
            block(out, body, indent + 1);
            labelled(out, "else:", orelse, indent);
        }
        StmtKind::FunctionDef(f) => {
            for d in &f.decorators {
                line(out, indent, &format!("@{}", expr(d)));
            }
            let returns = f.returns.as_ref().map_or(String::new(), |r| format!(" -> {}", expr(r)));
            line(out, indent, &format!("def {} {}{}", f.name, params(&f.params), returns));
            block(out, &f.body, indent + 1);
        }
        StmtKind::ClassDef(c) => {
            for d in &c.decorators {
                line(out, indent, &format!("@{}", expr(d)));
            }
            let keywords: Vec<String> = c.keywords.iter().map(keyword).collect();
            line(out, indent, &format!("class {} ({}) [{}]", c.name, exprs(&c.bases), keywords.join(" ")));
            block(out, &c.body, indent + 1);
        }
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            line(out, indent, "try");
            block(out, body, indent + 1);
            for h in handlers {
                let name = h.name.as_ref().map_or(String::new(), |n| format!(" as {n}"));
                line(out, indent, &format!("except {}{}", opt(h.typ.as_ref()), name));
                block(out, &h.body, indent + 1);
            }
            labelled(out, "else:", orelse, indent);
            labelled(out, "finally:", finalbody, indent);
        }
        StmtKind::Raise { exc, cause } => {
            line(out, indent, &format!("raise {} from {}", opt(exc.as_ref()), opt(cause.as_ref())))
        }
        StmtKind::Assert { test, msg } => line(out, indent, &format!("assert {} {}", expr(test), opt(msg.as_ref()))),
        StmtKind::With { items, body } => {
            let items: Vec<String> =
                items.iter().map(|i| format!("{} as {}", expr(&i.context), opt(i.target.as_ref()))).collect();
            line(out, indent, &format!("with {}", items.join(", ")));
            block(out, body, indent + 1);
        }
        StmtKind::Import(names) => line(out, indent, &format!("import {}", aliases(names))),
        StmtKind::ImportFrom { module, names, level } => {
            line(out, indent, &format!("from {}{} import {}", ".".repeat(*level as usize), module, aliases(names)))
        }
        StmtKind::Global(names) => line(out, indent, &format!("global {}", names.join(" "))),
        StmtKind::Nonlocal(names) => line(out, indent, &format!("nonlocal {}", names.join(" "))),
    }
}

fn aliases(names: &[Alias]) -> String {
    let names: Vec<String> = names
        .iter()
        .map(|a| match &a.asname {
            Some(asname) => format!("{} as {}", a.name, asname),
            None => a.name.clone(),
        })
        .collect();
    names.join(", ")
}

fn opt(e: Option<&Expr>) -> String {
    e.map_or("_".to_string(), expr)
}

fn param(p: &Param) -> String {
    let mut s = p.name.clone();
    if let Some(a) = &p.annotation {
        s.push(':');
        s.push_str(&expr(a));
    }
    if let Some(d) = &p.default {
        s.push('=');
        s.push_str(&expr(d));
    }
    s
}

fn params(p: &Parameters) -> String {
    let mut parts = Vec::new();
    let list = |ps: &[Param]| ps.iter().map(param).collect::<Vec<_>>().join(" ");
    if !p.posonly.is_empty() {
        parts.push(format!("posonly=[{}]", list(&p.posonly)));
    }
    if !p.args.is_empty() {
        parts.push(format!("args=[{}]", list(&p.args)));
    }
    if let Some(v) = &p.vararg {
        parts.push(format!("*{}", param(v)));
    }
    if !p.kwonly.is_empty() {
        parts.push(format!("kwonly=[{}]", list(&p.kwonly)));
    }
    if let Some(k) = &p.kwarg {
        parts.push(format!("**{}", param(k)));
    }
    format!("({})", parts.join(" "))
}

fn keyword(k: &Keyword) -> String {
    match &k.arg {
        Some(name) => format!("{}={}", name, expr(&k.value)),
        None => format!("**{}", expr(&k.value)),
    }
}

pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn comprehensions(generators: &[Comprehension]) -> String {
    let parts: Vec<String> = generators
        .iter()
        .map(|g| {
            let ifs: Vec<String> = g.ifs.iter().map(|i| format!(" (if {})", expr(i))).collect();
            format!("(for {} {}{})", expr(&g.target), expr(&g.iter), ifs.concat())
        })
        .collect();
    parts.join(" ")
}

fn fstring(parts: &[FStringPart]) -> String {
    let parts: Vec<String> = parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => quote(s),
            FStringPart::Expr(e) => {
                let mut s = format!("(fmt {}", expr(&e.expr));
                if let Some(c) = e.conversion {
                    let _ = write!(s, " !{c}");
                }
                if let Some(spec) = &e.format_spec {
                    let _ = write!(s, " :{}", fstring(spec));
                }
                if let Some(d) = &e.debug_text {
                    let _ = write!(s, " debug={}", quote(d));
                }
                s.push(')');
                s
            }
        })
        .collect();
    format!("(f {})", parts.join(" "))
}

pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Constant(c) => match c {
            Constant::None => "None".into(),
            Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Str(s) => quote(s),
            Constant::Ellipsis => "...".into(),
        },
        ExprKind::FString(parts) => fstring(parts),
        ExprKind::BinOp { left, op, right } => format!("({} {} {})", op.symbol(), expr(left), expr(right)),
        ExprKind::UnaryOp { op, operand } => {
            let op = match op {
                UnaryOp::Not => "not",
                UnaryOp::Neg => "neg",
                UnaryOp::Pos => "pos",
                UnaryOp::Invert => "~",
            };
            format!("({} {})", op, expr(operand))
        }
        ExprKind::BoolOp { op, values } => {
            let op = if *op == BoolOp::And { "and" } else { "or" };
            format!("({} {})", op, exprs(values))
        }
        ExprKind::Compare { left, ops, comparators } => {
            let rest: Vec<String> =
                ops.iter().zip(comparators).map(|(o, c)| format!(" {} {}", o.symbol(), expr(c))).collect();
            format!("(cmp {}{})", expr(left), rest.concat())
        }
        ExprKind::IfExp { test, body, orelse } => format!("(if {} {} {})", expr(test), expr(body), expr(orelse)),
        ExprKind::Lambda { params: p, body } => format!("(lambda {} {})", params(p), expr(body)),
        ExprKind::Call { func, args, keywords } => {
            let mut parts = vec![expr(func)];
            parts.extend(args.iter().map(expr));
            parts.extend(keywords.iter().map(keyword));
            format!("(call {})", parts.join(" "))
        }
        ExprKind::Attribute { value, attr } => format!("(. {} {})", expr(value), attr),
        ExprKind::Subscript { value, index } => format!("([] {} {})", expr(value), expr(index)),
        ExprKind::Slice { lower, upper, step } => {
            format!("(slice {} {} {})", opt(lower.as_deref()), opt(upper.as_deref()), opt(step.as_deref()))
        }
        ExprKind::Starred(v) => format!("(* {})", expr(v)),
        ExprKind::Tuple(items) => format!("(tuple {})", exprs(items)),
        ExprKind::List(items) => format!("(list {})", exprs(items)),
        ExprKind::Set(items) => format!("(set {})", exprs(items)),
        ExprKind::Dict(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|(k, v)| match k {
                    Some(k) => format!("{}: {}", expr(k), expr(v)),
                    None => format!("**{}", expr(v)),
                })
                .collect();
            format!("(dict {})", items.join(", "))
        }
        ExprKind::ListComp { elt, generators } => format!("(listcomp {} {})", expr(elt), comprehensions(generators)),
        ExprKind::SetComp { elt, generators } => format!("(setcomp {} {})", expr(elt), comprehensions(generators)),
        ExprKind::GeneratorExp { elt, generators } => format!("(genexp {} {})", expr(elt), comprehensions(generators)),
        ExprKind::DictComp { key, value, generators } => {
            format!("(dictcomp {}: {} {})", expr(key), expr(value), comprehensions(generators))
        }
        ExprKind::Yield(v) => format!("(yield {})", opt(v.as_deref())),
        ExprKind::YieldFrom(v) => format!("(yield-from {})", expr(v)),
    }
}
