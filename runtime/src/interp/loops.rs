//! Loops the JIT's hooks see: `for` over a `range` (its counter in the hidden slot) and
//! over a list's own iterator, `enumerate` over one, or `zip` over several. At each header they ask the hooks (`Interp::loop_header`),
//! and carry on after compiled code ran iterations or stopped inside one.
//!
//! Invariant: with hooks installed, the hidden slot holds the loop's position at every
//! header (the next counter, or the iterator object), so compiled code and the interpreter
//! hand the loop to each other through the frame alone.

use crate::code::{Block, Stmt, Target};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::{Flow, Frame, Interp, LoopHeader};
use crate::value::Value;

impl Interp {
    /// `for target in range(...)`: the counter lives in a Rust local; the hidden iterator
    /// slot holds the next value, so the loop position is always in the frame. With hooks
    /// installed, the slot also holds the counter at each header (before the test), and
    /// compiled code that ran iterations leaves the next counter there.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_loop(
        &self,
        f: &mut Frame,
        s: &Stmt,
        r: crate::object::RangeObj,
        target: &Target,
        body: &Block,
        iter_slot: u32,
        loop_id: crate::code::LoopId,
    ) -> PResult<Flow> {
        let mut i = r.start;
        let hooked = self.has_hooks();
        if hooked {
            Value::store(&mut f.locals[iter_slot as usize], Value::Int(i));
        }
        let res = loop {
            let mut resume = None;
            if hooked {
                let header = crate::interp::RangeHeader { stop: r.stop, step: r.step };
                let outcome = self.loop_header(f, s, loop_id, Some(header));
                if !matches!(outcome, LoopHeader::Interpret | LoopHeader::Raise(_)) {
                    i = match f.locals[iter_slot as usize] {
                        Value::Int(next) => next,
                        _ => {
                            return Err(PyErr::new(ExcType::SystemError, "JIT left a range loop without its position"))
                        }
                    };
                }
                resume = self.loop_outcome(f, outcome)?;
            }
            let flow = match resume {
                // Compiled code stopped inside an iteration; `i` is already the next position.
                Some(point) => self.resume_body(f, body, point)?,
                None => {
                    if !((r.step > 0 && i < r.stop) || (r.step < 0 && i > r.stop)) {
                        break Flow::Normal;
                    }
                    let cur = i;
                    i = i.saturating_add(r.step);
                    Value::store(&mut f.locals[iter_slot as usize], Value::Int(i));
                    match target {
                        Target::Local(slot) => Value::store(&mut f.locals[*slot as usize], Value::Int(cur)),
                        Target::Global(slot) => f.module.store(*slot, Value::Int(cur)),
                        _ => self.assign(f, target, Value::Int(cur))?,
                    }
                    self.exec_block(f, body)?
                }
            };
            match flow {
                Flow::Break => break Flow::Break,
                Flow::Return => break Flow::Return,
                Flow::Normal | Flow::Continue => {}
            }
            self.check_interrupt()?;
            if i == i64::MAX && r.step > 0 {
                break Flow::Normal;
            }
        };
        f.locals[iter_slot as usize] = Value::Unbound;
        Ok(res)
    }

    /// A `for` loop over an iterator held in the loop's hidden slot. Over a list iterator
    /// with hooks installed, the hooks see each header (like `range_loop`): compiled code
    /// advances the same iterator object, so the interpreter simply carries on with it.
    pub(super) fn for_loop(
        &self,
        f: &mut Frame,
        s: &Stmt,
        it: &Value,
        target: &Target,
        body: &Block,
        loop_id: crate::code::LoopId,
    ) -> PResult<Flow> {
        let hooked = self.has_hooks() && is_list_iter(it);
        loop {
            let mut resume = None;
            if hooked {
                let outcome = self.loop_header(f, s, loop_id, None);
                resume = self.loop_outcome(f, outcome)?;
            }
            let flow = match resume {
                // Compiled code stopped inside an iteration (the iterator already advanced).
                Some(point) => self.resume_body(f, body, point)?,
                None => {
                    let Some(v) = self.iter_next(it)? else { return Ok(Flow::Normal) };
                    match target {
                        Target::Local(slot) => f.locals[*slot as usize] = v,
                        _ => self.assign(f, target, v)?,
                    }
                    self.exec_block(f, body)?
                }
            };
            match flow {
                Flow::Break => return Ok(Flow::Break),
                Flow::Return => return Ok(Flow::Return),
                Flow::Normal | Flow::Continue => {}
            }
            self.check_interrupt()?;
        }
    }
}

/// True for the iterators of the `for` loops the JIT may compile: a list's own iterator
/// (`iter(list)`), `enumerate` over one, `zip` over several, a str's or a dict's iterator.
fn is_list_iter(it: &Value) -> bool {
    match it {
        Value::Other(o) => match &**o {
            crate::object::Other::Iter(cell) => cell.try_borrow().is_ok_and(|i| match &*i {
                crate::iter::NativeIter::List { .. }
                | crate::iter::NativeIter::Str { .. }
                | crate::iter::NativeIter::Dict { .. } => true,
                crate::iter::NativeIter::Enumerate { inner, .. } => is_plain_list_iter(inner),
                crate::iter::NativeIter::Zip { iters } => !iters.is_empty() && iters.iter().all(is_plain_list_iter),
                _ => false,
            }),
            _ => false,
        },
        _ => false,
    }
}

fn is_plain_list_iter(it: &Value) -> bool {
    match it {
        Value::Other(o) => match &**o {
            crate::object::Other::Iter(cell) => {
                cell.try_borrow().is_ok_and(|i| matches!(&*i, crate::iter::NativeIter::List { .. }))
            }
            _ => false,
        },
        _ => false,
    }
}
