//! Generators: a generator function's frame runs on its own small stack (a corosensei
//! coroutine), so `yield` can suspend the tree-walker anywhere inside the body.
//!
//! Invariant: a generator is resumed by at most one caller at a time (`running`); while it
//! runs, the coroutine is taken out of its cell, so no borrow is held across the resume.
//! Invariant: the interpreter's call depth and stack limit are saved before a resume and
//! restored after it, whether the generator yields, returns or raises.
//! Stacks of finished generators are kept for reuse (`Interp::gen_stacks`).
//! Generator expressions run without a coroutine (`clauses.rs`).

mod clauses;

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::{stack_pointer, Frame, Interp, GENERATOR_STACK, STACK_MARGIN};
use crate::object::{Function, Other};
use crate::value::Value;
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What a generator's body uses to suspend: sends a yielded value out, gets the sent one.
pub type GenYielder = Yielder<Value, Value>;

type GenCoroutine = Coroutine<Value, Value, PResult<Value>, DefaultStack>;

/// How a generator's body runs.
enum Body {
    /// On its own stack: `yield` suspends the tree-walker anywhere.
    Coroutine(GenCoroutine),
    /// A chain of `for` clauses, resumed by walking it (`clauses.rs`).
    Clauses(Box<clauses::ClauseState>),
}

pub struct Generator {
    /// `None` once finished (or while running).
    co: RefCell<Option<Body>>,
    running: Cell<bool>,
    finished: Cell<bool>,
    /// Lowest stack address of the coroutine's stack, once it has started.
    stack_limit: Rc<Cell<usize>>,
    pub name: Rc<str>,
    pub qualname: String,
    /// The value of the body's `return`, for `yield from`.
    pub return_value: RefCell<Value>,
}

impl Interp {
    /// Wraps a bound frame of a generator function in a generator object.
    pub fn make_generator(&self, frame: Frame<'static>, func: &Rc<Function>) -> PResult<Value> {
        let stack_limit = Rc::new(Cell::new(0usize));
        let named = |body| Generator {
            co: RefCell::new(Some(body)),
            running: Cell::new(false),
            finished: Cell::new(false),
            stack_limit: stack_limit.clone(),
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
            return_value: RefCell::new(Value::None),
        };
        if clauses::runs_as_clauses(&frame.code) {
            let g = named(Body::Clauses(Box::new(clauses::ClauseState::new(frame))));
            return Ok(Value::Other(Rc::new(Other::Generator(g))));
        }
        let interp = self.rc();
        let limit_for_body = stack_limit.clone();
        let mut frame = frame;
        let locals = std::mem::take(&mut *frame.locals);
        let cells = std::mem::take(&mut *frame.cells);
        let (code, module) = (frame.code.clone(), frame.module.clone());
        drop(frame);
        let stack = self.gen_stacks.borrow_mut().pop();
        let stack = match stack {
            Some(s) => s,
            None => match DefaultStack::new(GENERATOR_STACK) {
                Ok(s) => s,
                Err(_) => return Err(PyErr::new(ExcType::MemoryError, "cannot allocate a generator stack")),
            },
        };
        let co = Coroutine::with_stack(stack, move |yielder: &GenYielder, _first: Value| {
            let limit = stack_pointer().saturating_sub(GENERATOR_STACK - STACK_MARGIN);
            limit_for_body.set(limit);
            interp.stack_limit.set(limit);
            let mut f = Frame::from_parts(code, module, locals, cells, Some(yielder));
            interp.run_frame(&mut f)
        });
        Ok(Value::Other(Rc::new(Other::Generator(named(Body::Coroutine(co))))))
    }

    /// Resumes a generator with `sent`; `Ok(None)` once it has returned.
    pub fn generator_resume(&self, g: &Generator, sent: Value) -> PResult<Option<Value>> {
        if g.finished.get() {
            return Ok(None);
        }
        if g.running.get() {
            return Err(PyErr::new(ExcType::ValueError, "generator already executing"));
        }
        let Some(body) = g.co.borrow_mut().take() else { return Ok(None) };
        let mut co = match body {
            Body::Coroutine(co) => co,
            Body::Clauses(state) => return self.resume_clauses(g, state),
        };
        self.enter_call()?;
        g.running.set(true);
        let saved_limit = self.stack_limit.get();
        let saved_depth = self.depth.get();
        if g.stack_limit.get() != 0 {
            self.stack_limit.set(g.stack_limit.get());
        }
        let r = co.resume(sent);
        self.stack_limit.set(saved_limit);
        self.depth.set(saved_depth);
        self.leave_call();
        g.running.set(false);
        match r {
            CoroutineResult::Yield(v) => {
                *g.co.borrow_mut() = Some(Body::Coroutine(co));
                Ok(Some(v))
            }
            CoroutineResult::Return(result) => {
                if co.done() {
                    self.gen_stacks.borrow_mut().push(co.into_stack());
                }
                self.generator_ended(g, result)
            }
        }
    }

    /// `generator_resume` for a clause chain: the next item, with the same bookkeeping
    /// (call depth, `running`, StopIteration turned into RuntimeError).
    fn resume_clauses(&self, g: &Generator, mut state: Box<clauses::ClauseState>) -> PResult<Option<Value>> {
        if let Err(e) = self.enter_call() {
            *g.co.borrow_mut() = Some(Body::Clauses(state));
            return Err(e);
        }
        g.running.set(true);
        let r = self.next_clause_item(&mut state);
        self.leave_call();
        g.running.set(false);
        match r {
            Ok(Some(v)) => {
                *g.co.borrow_mut() = Some(Body::Clauses(state));
                Ok(Some(v))
            }
            Ok(None) => self.generator_ended(g, Ok(Value::None)),
            Err(e) => self.generator_ended(g, Err(e)),
        }
    }

    /// A generator's body returned `result`: it is finished; its return value is kept for
    /// `yield from`, and a StopIteration raised inside becomes a RuntimeError (PEP 479).
    fn generator_ended(&self, g: &Generator, result: PResult<Value>) -> PResult<Option<Value>> {
        g.finished.set(true);
        match result {
            Ok(v) => {
                *g.return_value.borrow_mut() = v;
                Ok(None)
            }
            Err(e) if self.err_is(&e, ExcType::StopIteration) => {
                Err(PyErr::new(ExcType::RuntimeError, "generator raised StopIteration"))
            }
            Err(e) => Err(e),
        }
    }

    /// Closes a generator: it will not run again.
    pub fn generator_close(&self, g: &Generator) {
        if !g.running.get() {
            g.finished.set(true);
            g.co.borrow_mut().take();
        }
    }

    /// `yield value` in the frame `f`: suspends until the generator is resumed.
    pub fn yield_value(&self, f: &mut Frame, value: Value) -> PResult<Value> {
        match f.yielder {
            Some(y) => Ok(y.suspend(value)),
            None => Err(PyErr::new(ExcType::SyntaxError, "'yield' outside function")),
        }
    }

    /// `yield from iterable`: yields each item, and evaluates to a generator's return value.
    pub fn yield_from(&self, f: &mut Frame, iterable: Value) -> PResult<Value> {
        let it = self.get_iter(&iterable)?;
        if let Value::Other(o) = &it {
            if let Other::Generator(g) = &**o {
                let mut sent = Value::None;
                loop {
                    match self.generator_resume(g, sent)? {
                        Some(v) => sent = self.yield_value(f, v)?,
                        None => return Ok(g.return_value.borrow().clone()),
                    }
                }
            }
        }
        while let Some(v) = self.iter_next(&it)? {
            self.yield_value(f, v)?;
        }
        Ok(Value::None)
    }
}
