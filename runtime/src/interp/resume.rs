//! Resuming a loop body where compiled code stopped: at a statement (`BodyPath`), or
//! inside an inner loop (`InnerResume`, when an outer loop's trace ran its inner loop's
//! trace and that one left compiled code).
//!
//! Invariant: a resumed body runs exactly the statements the stopped iteration had not run:
//! the rest of each enclosing `if` branch, then what follows, out to the body's end; a
//! resumed inner loop finishes its iteration, then continues as a loop from its position
//! (its hidden slot, or its `while` test), then the outer body continues after it.

use crate::code::{Block, Stmt, StmtKind};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::{BodyPath, Flow, Frame, InnerAt, InnerResume, Interp, LoopHeader};
use crate::object::RangeObj;
use crate::value::Value;
use std::rc::Rc;

/// Where a loop body resumes (from `LoopHeader::Resume` or `ResumeInner`).
pub(super) enum Resume {
    At(BodyPath),
    Inner(Rc<InnerResume>),
}

fn bad_path() -> PyErr {
    PyErr::new(ExcType::SystemError, "JIT resumed at a statement that does not exist")
}

impl Interp {
    /// What a loop header does after the hooks ran: `Some` point to resume the body at,
    /// `None` to run the next iteration (after compiled code ran, once the interrupt flag
    /// is polled), or the exception compiled code raised, from its statement's line.
    pub(super) fn loop_outcome(&self, f: &mut Frame, outcome: LoopHeader) -> PResult<Option<Resume>> {
        match outcome {
            LoopHeader::Ran => self.check_interrupt().map(|()| None),
            LoopHeader::Resume(path) => Ok(Some(Resume::At(path))),
            LoopHeader::ResumeInner(inner) => Ok(Some(Resume::Inner(inner))),
            LoopHeader::Interpret => Ok(None),
            LoopHeader::Raise(raised) => {
                f.line = raised.line;
                Err(raised.err)
            }
        }
    }

    pub(super) fn resume_body(&self, f: &mut Frame, body: &Block, point: Resume) -> PResult<Flow> {
        match point {
            Resume::At(path) => self.exec_body_from(f, body, &path.0, None),
            Resume::Inner(inner) => self.exec_body_from(f, body, &inner.path.0, Some(&inner)),
        }
    }

    /// Runs a loop body from the statement `path` names (see `BodyPath`): the rest of each
    /// enclosing `if` branch, then the statements after that `if`, out to the body's end.
    /// With `inner`, that statement is a loop stopped inside: it is resumed, and the body
    /// continues after it.
    #[inline(never)]
    fn exec_body_from(&self, f: &mut Frame, block: &Block, path: &[u32], inner: Option<&InnerResume>) -> PResult<Flow> {
        let Some((&first, rest)) = path.split_first() else { return Err(bad_path()) };
        let first = first as usize;
        let next = match rest {
            [] => match inner {
                None => first,
                Some(inner) => {
                    let stmt = block.get(first).ok_or_else(bad_path)?;
                    let flow = self.resume_loop(f, stmt, inner)?;
                    if flow != Flow::Normal {
                        return Ok(flow);
                    }
                    first + 1
                }
            },
            [branch, deeper @ ..] => {
                let Some(Stmt { kind: StmtKind::If { body, orelse, .. }, .. }) = block.get(first) else {
                    return Err(bad_path());
                };
                let branch = if *branch == 0 { body } else { orelse };
                let flow = self.exec_body_from(f, branch, deeper, inner)?;
                if flow != Flow::Normal {
                    return Ok(flow);
                }
                first + 1
            }
        };
        let Some(stmts) = block.get(next..) else { return Err(bad_path()) };
        self.exec_block(f, stmts)
    }

    /// Finishes the inner loop statement `stmt` from where `inner.at` says; returns the
    /// flow of the whole statement (as `exec_stmt` would).
    fn resume_loop(&self, f: &mut Frame, stmt: &Stmt, inner: &InnerResume) -> PResult<Flow> {
        let body = match &stmt.kind {
            StmtKind::While { body, .. } | StmtKind::For { body, .. } => body,
            _ => return Err(bad_path()),
        };
        let flow = match &inner.at {
            InnerAt::Header => Flow::Normal,
            InnerAt::Stmt(path) => self.exec_body_from(f, body, &path.0, None)?,
            InnerAt::Inner(deeper) => self.exec_body_from(f, body, &deeper.path.0, Some(deeper))?,
        };
        match flow {
            Flow::Break => {
                if let StmtKind::For { iter_slot, .. } = &stmt.kind {
                    f.locals[*iter_slot as usize] = Value::Unbound;
                }
                return Ok(Flow::Normal);
            }
            Flow::Return => return Ok(Flow::Return),
            Flow::Normal | Flow::Continue => {}
        }
        if !matches!(inner.at, InnerAt::Header) {
            self.check_interrupt()?;
        }
        match &stmt.kind {
            // The test runs next: the statement itself, from its header.
            StmtKind::While { .. } => self.exec_stmt(f, stmt),
            StmtKind::For { target, body, orelse, iter_slot, loop_id, .. } if inner.range.is_none() => {
                // A `for` over an iterator: it is in the hidden slot, already advanced.
                let it = f.locals[*iter_slot as usize].clone();
                let res = self.for_loop(f, stmt, &it, target, body, *loop_id);
                f.locals[*iter_slot as usize] = Value::Unbound;
                match res? {
                    Flow::Normal => self.exec_block(f, orelse),
                    Flow::Break => Ok(Flow::Normal),
                    flow => Ok(flow),
                }
            }
            StmtKind::For { target, body, orelse, iter_slot, loop_id, .. } => {
                let range = inner.range.ok_or_else(bad_path)?;
                let Value::Int(start) = f.locals[*iter_slot as usize] else { return Err(bad_path()) };
                let r = RangeObj { start, stop: range.stop, step: range.step };
                match self.range_loop(f, stmt, r, target, body, *iter_slot, *loop_id)? {
                    Flow::Normal => self.exec_block(f, orelse),
                    Flow::Break => Ok(Flow::Normal),
                    flow => Ok(flow),
                }
            }
            _ => Err(bad_path()),
        }
    }
}
