//! Generator expressions run without a coroutine: their body is one chain of `for` clauses
//! ending in `yield`, so the state between items is only the iterator of each active
//! clause, and `next()` resumes the chain by walking it again instead of switching stacks.
//! `sum(x * x for x in r)` pays an ordinary call per item instead of two stack switches.
//!
//! Invariant: a chain is `For { body: [If]* -> (For … | Expr(Yield(Some(e)))) }` with no
//! `else` and one statement per body (`is_clause_chain` checks it before anything runs).
//! Invariant: `levels[d]` is the iterator of the clause at depth `d`; the clauses deeper
//! than `levels.len() - 1` are not active.
//! Invariant: an error carries CPython's line: the line of the expression being evaluated
//! (the element, a test, an inner iterable), and for the outermost iterator's `__next__`
//! the line the generator expression starts on.

use crate::code::{ExprKind, Stmt, StmtKind};
use crate::error::PResult;
use crate::interp::{Frame, Interp};
use crate::value::Value;

/// The state of a clause-chain generator between items.
pub struct ClauseState {
    pub frame: Frame<'static>,
    levels: Vec<Value>,
    started: bool,
}

impl ClauseState {
    pub fn new(frame: Frame<'static>) -> ClauseState {
        ClauseState { frame, levels: Vec::new(), started: false }
    }
}

/// Whether `code` is a generator expression whose body this module runs.
pub fn runs_as_clauses(code: &crate::code::Code) -> bool {
    &*code.name == "<genexpr>" && is_clause_chain(&code.body)
}

fn is_clause_chain(body: &[Stmt]) -> bool {
    match body {
        [Stmt { kind: StmtKind::For { body, orelse, .. }, .. }] if orelse.is_empty() => is_clause_tail(body),
        _ => false,
    }
}

fn is_clause_tail(body: &[Stmt]) -> bool {
    match body {
        [Stmt { kind: StmtKind::If { body, orelse, .. }, .. }] if orelse.is_empty() => is_clause_tail(body),
        [Stmt { kind: StmtKind::Expr(e), .. }] => matches!(e.kind, ExprKind::Yield(Some(_))),
        [_] => is_clause_chain(body),
        _ => false,
    }
}

/// The `for` statement a clause's body leads to through its `if` tests, if any.
fn inner_for(mut body: &[Stmt]) -> Option<&Stmt> {
    loop {
        match body {
            [Stmt { kind: StmtKind::If { body: inner, .. }, .. }] => body = inner,
            [s @ Stmt { kind: StmtKind::For { .. }, .. }] => return Some(s),
            _ => return None,
        }
    }
}

impl Interp {
    /// The next item of a clause-chain generator; `None` once its first clause is done.
    /// An error leaves with the generator frame's traceback entry, as from `run_frame`.
    pub(crate) fn next_clause_item(&self, st: &mut ClauseState) -> PResult<Option<Value>> {
        let code = st.frame.code.clone();
        let Some(top) = code.body.first() else { return Ok(None) };
        let f = &mut st.frame;
        let r = (|| {
            if !st.started {
                st.started = true;
                let StmtKind::For { iter, .. } = &top.kind else { return Ok(None) };
                f.line = iter.line;
                let iterable = self.eval(f, iter)?;
                st.levels.push(self.get_iter(&iterable)?);
            }
            if st.levels.is_empty() {
                return Ok(None);
            }
            self.advance_clause(f, top, 0, &mut st.levels)
        })();
        r.map_err(|e| crate::interp::exec::leave_frame(e, &code, f.line))
    }

    /// Runs the clause `s` at `depth` (and the deeper ones) to the next `yield`; `None` when
    /// its iterator is exhausted (its level is then dropped).
    fn advance_clause(&self, f: &mut Frame, s: &Stmt, depth: usize, levels: &mut Vec<Value>) -> PResult<Option<Value>> {
        let StmtKind::For { target, body, .. } = &s.kind else { return Ok(None) };
        'items: loop {
            if levels.len() > depth + 1 {
                if let Some(inner) = inner_for(body) {
                    if let Some(v) = self.advance_clause(f, inner, depth + 1, levels)? {
                        return Ok(Some(v));
                    }
                }
            }
            f.line = if depth == 0 { f.code.first_line } else { s.line };
            let Some(item) = self.iter_next(&levels[depth])? else {
                levels.truncate(depth);
                return Ok(None);
            };
            self.assign(f, target, item)?;
            let mut rest: &[Stmt] = body;
            while let [t] = rest {
                match &t.kind {
                    StmtKind::If { test, body, .. } => {
                        f.line = test.line;
                        let c = self.eval(f, test)?;
                        if !self.truthy(&c)? {
                            continue 'items;
                        }
                        rest = body;
                    }
                    StmtKind::For { iter, .. } => {
                        f.line = iter.line;
                        let iterable = self.eval(f, iter)?;
                        levels.push(self.get_iter(&iterable)?);
                        continue 'items;
                    }
                    StmtKind::Expr(e) => match &e.kind {
                        ExprKind::Yield(Some(value)) => {
                            f.line = value.line;
                            return self.eval(f, value).map(Some);
                        }
                        _ => return Ok(None),
                    },
                    _ => return Ok(None),
                }
            }
            return Ok(None);
        }
    }
}
