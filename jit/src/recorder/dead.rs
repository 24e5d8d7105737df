//! Locals that are dead at a loop's header: the trace's back edge need not keep them.
//!
//! `dx = b[0] - b2[0]` at the top of a loop body, with `dx` read nowhere but later in that
//! body, holds the previous iteration's value at the header, and nothing will ever read
//! that value: the body assigns `dx` before any read, and no code outside the rest of the
//! body reads it at all. The jump snapshot then leaves `dx` out, so the peeled loop carries
//! no phi for it and its exits write nothing back for it (the frame keeps an older value
//! that nobody reads; an exit after the assignment writes the current one as before).
//!
//! The test is syntactic and conservative. A local is dead at the header of loop `L` when
//! some statement `S` directly in `L`'s body is `v = <expr>` with `<expr>` not reading `v`,
//! and every read of `v` in the whole function lies in the statements after `S` in `L`'s
//! body. Python control flow only moves forward or out of a block (loops re-enter at their
//! header), so any path from the header to such a read passes through `S` in the same
//! iteration. Reads are loads of the name, `v += ...`, and `del v`; the subset has no
//! `locals()` or frame introspection, and a local captured by a closure is a cell, not a
//! slot.
//!
//! Invariant: the walk matches every `StmtKind` without a catch-all (and `uses.rs` every
//!   `ExprKind` and `Target`), so a new node kind is a compile error instead of a read
//!   missed.

use super::uses::{expr_names, target_names, Name};
use hashbrown::HashMap;
use runtime::code::{Code, Expr, Stmt, StmtKind, Target};

/// The frame locals of `code` dead at the header of `loop_stmt` (a loop in `code`), sorted.
pub(crate) fn dead_at_header(code: &Code, loop_stmt: &Stmt) -> Vec<u32> {
    if code.is_class_body {
        return Vec::new();
    }
    let body = match &loop_stmt.kind {
        StmtKind::While { body, .. } | StmtKind::For { body, .. } => body,
        _ => return Vec::new(),
    };
    let mut everywhere = HashMap::new();
    block(&code.body, &mut everywhere);
    let mut dead = Vec::new();
    for (k, stmt) in body.iter().enumerate() {
        let StmtKind::Assign { target: Target::Local(v), value } = &stmt.kind else { continue };
        if dead.contains(v) {
            continue;
        }
        let mut in_value = HashMap::new();
        expr(value, &mut in_value);
        if in_value.contains_key(v) {
            continue;
        }
        let mut after = HashMap::new();
        block(&body[k + 1..], &mut after);
        if everywhere.get(v) == after.get(v) {
            dead.push(*v);
        }
    }
    dead.sort_unstable();
    dead
}

/// Counts the reads of each local in `stmts`.
fn block(stmts: &[Stmt], reads: &mut HashMap<u32, u32>) {
    for s in stmts {
        stmt(s, reads);
    }
}

fn read(n: u32, reads: &mut HashMap<u32, u32>) {
    *reads.entry(n).or_default() += 1;
}

fn stmt(s: &Stmt, reads: &mut HashMap<u32, u32>) {
    match &s.kind {
        StmtKind::Expr(e) => expr(e, reads),
        StmtKind::Assign { target: t, value } => {
            expr(value, reads);
            target(t, reads);
        }
        StmtKind::AssignMulti { targets, value } => {
            expr(value, reads);
            targets.iter().for_each(|t| target(t, reads));
        }
        StmtKind::AugAssign { target: t, value, .. } => {
            if let Target::Local(n) = t {
                read(*n, reads);
            }
            target(t, reads);
            expr(value, reads);
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse, .. } => {
            expr(test, reads);
            block(body, reads);
            block(orelse, reads);
        }
        StmtKind::For { target: t, iter, body, orelse, .. } => {
            expr(iter, reads);
            target(t, reads);
            block(body, reads);
            block(orelse, reads);
        }
        StmtKind::Return(e) => e.iter().for_each(|e| expr(e, reads)),
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(|e| expr(e, reads)),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            block(body, reads);
            for h in handlers {
                h.typ.iter().for_each(|e| expr(e, reads));
                h.target.iter().for_each(|t| target(t, reads));
                block(&h.body, reads);
            }
            block(orelse, reads);
            block(finalbody, reads);
        }
        StmtKind::Assert { test, msg } => {
            expr(test, reads);
            msg.iter().for_each(|e| expr(e, reads));
        }
        StmtKind::With { context, target: t, body } => {
            expr(context, reads);
            t.iter().for_each(|t| target(t, reads));
            block(body, reads);
        }
        StmtKind::Del(targets) => {
            for t in targets {
                if let Target::Local(n) = t {
                    read(*n, reads);
                }
                target(t, reads);
            }
        }
        StmtKind::Import { target: t, .. } => target(t, reads),
        StmtKind::ImportFrom { names, .. } => names.iter().for_each(|(_, t)| target(t, reads)),
        StmtKind::FunctionDef(node) => {
            node.decorators.iter().chain(&node.defaults).for_each(|e| expr(e, reads));
            node.kwdefaults.iter().for_each(|(_, e)| expr(e, reads));
            target(&node.target, reads);
        }
        StmtKind::ClassDef(node) => {
            node.decorators.iter().chain(&node.bases).for_each(|e| expr(e, reads));
            node.keywords.iter().for_each(|(_, e)| expr(e, reads));
            target(&node.target, reads);
        }
    }
}

/// The reads an assignment target makes (not the store itself).
fn target(t: &Target, reads: &mut HashMap<u32, u32>) {
    target_names(t, &mut |name| count(name, reads));
}

fn expr(e: &Expr, reads: &mut HashMap<u32, u32>) {
    expr_names(e, &mut |name| count(name, reads));
}

fn count(name: Name, reads: &mut HashMap<u32, u32>) {
    if let Name::Local(n) = name {
        read(n, reads);
    }
}
