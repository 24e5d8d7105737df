//! Residual calls: a call the trace cannot compile (`print(i)`, `d.update(x)`, a function
//! with a loop, a class) runs on the interpreter from compiled code. The recorder describes
//! each call site in a `ResidualSite` (the callee, which arguments are constants and which
//! come from the trace, keyword names, the slot that receives the result); the trace keeps
//! the site alive and passes its address to `call_python` with the dynamic arguments.
//!
//! The frame's state around the call. Locals are the frame's own: a callee cannot see them.
//! Globals are not: the callee reads and assigns the module's slots while the trace keeps
//! the globals it uses in its slot array. So `call_python` writes the entry's globals to
//! the module before the call (the recorder stores every global the iteration assigned
//! into the slot array first) and reads them all back after it; the recorder then forgets
//! what it knew of globals and of the heap, and reloads (and guards) what it reads next.
//!
//! Invariant: nothing happens before the call can no longer be declined: a method whose
//!   lookup would run Python code (a property, `__getattr__`) is declined (result 0, no
//!   exception), so the statement runs again in the interpreter, which looks the method up
//!   before it evaluates the arguments, as Python does.
//! Invariant: arguments are borrowed from the trace (helper convention) and cloned before
//!   any Python code runs; the result is stored with `Value::store` (counted).
//! Invariant: an exception is left pending in the context with the site's line; the
//!   trace's guard on the result exits, and the driver raises it from that line.

use crate::context::{EntryFrame, JitContext};
use crate::trace_calls::payload_word;
use runtime::code::Stmt;
use runtime::interp::Flow;
use runtime::object::Other;
use runtime::{Interp, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// What a residual call calls.
pub enum Callee {
    /// A value fixed when the trace was recorded (a builtin such as `print`).
    Const(Value),
    /// The first argument (a function or class read from a variable).
    Arg0,
    /// The method `name` of the first argument (the receiver).
    Method(Rc<str>),
}

/// Where an argument comes from.
pub enum ArgSpec {
    /// The `n`-th value the trace passes.
    Dyn(u32),
    /// A constant of the source (`"x"`, `None`, a number).
    Const(Value),
}

/// One residual call site of a trace.
pub struct ResidualSite {
    pub callee: Callee,
    /// The arguments in order (the callee or receiver first, unless `Callee::Const`), the
    /// keyword arguments' values last.
    pub args: Vec<ArgSpec>,
    /// The names of the last `kwnames.len()` arguments.
    pub kwnames: Vec<Rc<str>>,
    /// The slot the result is stored into (`name = f(…)`), if any.
    pub target: Option<u32>,
    /// The line of the statement, for the traceback of what the call raises.
    pub line: u32,
}

/// The address of `call_python` (`extern "C" fn(ctx, slots, site, args, nargs) -> u8`,
/// the `call_python` op).
pub fn call_python_addr() -> usize {
    call_python as extern "C" fn(*mut JitContext, *mut Value, i64, *const Value, i64) -> u8 as usize
}

/// Runs the call `site` describes: 1 when it returned (the result stored into the site's
/// target slot), 0 when it raised (the exception pending in `ctx`) or was declined.
extern "C" fn call_python(ctx: *mut JitContext, slots: *mut Value, site: i64, args: *const Value, nargs: i64) -> u8 {
    // SAFETY: `ctx` is the context the trace was entered with, alive and only ever shared
    // (helper convention).
    let ctx = unsafe { &*ctx };
    // SAFETY: `site` is the address of a `ResidualSite` the trace keeps alive (its
    // `KeepAlive`) for as long as its code may run.
    let site = unsafe { &*(site as usize as *const ResidualSite) };
    let interp = ctx.interp_ptr();
    let Some(entry) = ctx.entry() else { return 0 };
    if interp.is_null() {
        return 0;
    }
    // SAFETY: the driver set the pointer at this entry from the `&Interp` it was called
    // with, which outlives the compiled code it runs.
    let interp = unsafe { &*interp };
    // SAFETY: the trace passes `nargs` consecutive stack copies of values it holds, each
    // borrowing a referent alive for the call (helper convention).
    let dynamic = unsafe { std::slice::from_raw_parts(args, usize::try_from(nargs).unwrap_or(0)) };
    let mut values: Vec<Value> = Vec::with_capacity(site.args.len());
    for spec in &site.args {
        values.push(match spec {
            ArgSpec::Dyn(i) => match dynamic.get(*i as usize) {
                Some(v) => v.clone(),
                None => return 0,
            },
            ArgSpec::Const(v) => v.clone(),
        });
    }
    if let Callee::Method(name) = &site.callee {
        if !values.first().is_some_and(|receiver| method_lookup_is_plain(receiver, name)) {
            return 0;
        }
    }
    if site.target.is_some_and(|t| t as usize >= entry.n_slots) {
        return 0;
    }
    // SAFETY: `slots` is the start of the slot array the entry runs on, `entry.n_slots`
    // long (`CompiledTrace::enter` checked it holds every slot the trace names, which
    // includes the entry's globals and the target); no other reference to it is used while
    // this helper runs (compiled code is stopped at this call, and nested entries run on
    // arrays of their own).
    let slots = unsafe { std::slice::from_raw_parts_mut(slots, entry.n_slots) };
    sync_globals_out(&entry, slots, None);
    let n_pos = values.len() - site.kwnames.len().min(values.len());
    let kwargs: Vec<(Rc<str>, Value)> = site.kwnames.iter().cloned().zip(values.drain(n_pos..)).collect();
    let result = match &site.callee {
        Callee::Const(f) => interp.call_value(f, &values, &kwargs),
        Callee::Arg0 => match values.split_first() {
            Some((f, rest)) => interp.call_value(f, rest, &kwargs),
            None => return 0,
        },
        Callee::Method(name) => interp.call_method(name, &values, &kwargs),
    };
    drop(values);
    drop(kwargs);
    sync_globals_in(&entry, slots);
    match result {
        Ok(v) => {
            if let Some(target) = site.target {
                Value::store(&mut slots[target as usize], v);
            }
            1
        }
        Err(err) => {
            ctx.raise_at(err, site.line);
            0
        }
    }
}

/// Moves the entry's globals into the module: those the trace changed, and all of
/// `named` (`None`: all of them) even when unchanged, so that the module then holds the
/// only reference the trace had (`a += "x"` may then extend a string in place). A moved
/// slot is unbound until `sync_globals_in`; nothing reads it meanwhile: every load after a
/// residual call reads it again, and the trace holds no borrowed copy of a value only it
/// kept alive (the recorder forgets globals at the call). An unchanged global not named
/// stays in its slot (a second reference to the module's object, which is harmless).
fn sync_globals_out(entry: &EntryFrame, slots: &mut [Value], named: Option<&[u32]>) {
    for &(slot, global) in entry.globals.iter() {
        let stale = entry
            .module
            .slots
            .try_borrow()
            .is_ok_and(|m| m.get(global as usize).is_some_and(|g| !same(g, &slots[slot as usize])));
        if stale {
            let v = std::mem::replace(&mut slots[slot as usize], Value::Unbound);
            entry.module.store(global, v);
        } else if named.is_none_or(|n| n.binary_search(&global).is_ok()) {
            slots[slot as usize] = Value::Unbound;
        }
    }
}

/// Reads the module's globals back into the entry's slots where they differ.
fn sync_globals_in(entry: &EntryFrame, slots: &mut [Value]) {
    let Ok(module) = entry.module.slots.try_borrow() else { return };
    for &(slot, global) in entry.globals.iter() {
        if let Some(now) = module.get(global as usize) {
            if !same(now, &slots[slot as usize]) {
                Value::store(&mut slots[slot as usize], now.clone());
            }
        }
    }
}

/// A statement a trace leaves to the interpreter (`exec_python`).
pub struct StmtSite {
    /// The statement, in the code of the loop's frame: the driver keeps that code alive
    /// (`LoopState::code`) for as long as the trace exists.
    pub stmt: *const Stmt,
    pub line: u32,
    /// The frame locals the statement names (sorted; `None`: any): only they move between
    /// the slots and the frame. Nothing else reads the frame's locals meanwhile.
    pub locals: Option<Box<[u32]>>,
    /// The module globals it names (sorted; `None`: any): they move to the module even
    /// when unchanged, so that the module holds the only reference (`s += "x"` extends in
    /// place); the others move only when the trace changed them.
    pub globals: Option<Box<[u32]>>,
    /// `(slot, local)` of the named locals in the entry whose locals list is kept here
    /// (an entry of this trace, or of an outer trace running it, has its own list).
    pairs: RefCell<Option<(Rc<[(u32, u32)]>, Box<[(u32, u32)]>)>>,
}

impl StmtSite {
    pub fn new(stmt: &Stmt, locals: Option<Box<[u32]>>, globals: Option<Box<[u32]>>) -> StmtSite {
        StmtSite { stmt, line: stmt.line, locals, globals, pairs: RefCell::new(None) }
    }

    /// Calls `f(slot, local)` for each of the entry's locals the statement names.
    fn for_named_locals(&self, entry: &EntryFrame, mut f: impl FnMut(u32, u32)) {
        let Some(named) = &self.locals else {
            entry.locals.iter().for_each(|&(slot, local)| f(slot, local));
            return;
        };
        // `f` runs no Python code, so this borrow is never re-entered.
        let Ok(mut cache) = self.pairs.try_borrow_mut() else { return };
        let fresh = cache.as_ref().is_none_or(|(of, _)| !Rc::ptr_eq(of, &entry.locals));
        if fresh {
            let pairs = named
                .iter()
                .filter_map(|&local| {
                    let at = entry.locals.binary_search_by_key(&local, |&(_, l)| l).ok()?;
                    Some(entry.locals[at])
                })
                .collect();
            *cache = Some((entry.locals.clone(), pairs));
        }
        if let Some((_, pairs)) = cache.as_ref() {
            pairs.iter().for_each(|&(slot, local)| f(slot, local));
        }
    }
}

/// The address of `exec_python` (`extern "C" fn(ctx, slots, site) -> u8`).
pub fn exec_python_addr() -> usize {
    exec_python as extern "C" fn(*mut JitContext, *mut Value, i64) -> u8 as usize
}

/// The address of `eval_python_test` (`extern "C" fn(ctx, slots, site) -> u8`).
pub fn eval_python_test_addr() -> usize {
    eval_python_test as extern "C" fn(*mut JitContext, *mut Value, i64) -> u8 as usize
}

/// Runs the statement `site` names on the entry's frame: 1 when it ran, 0 when it raised
/// (the exception pending in `ctx`).
extern "C" fn exec_python(ctx: *mut JitContext, slots: *mut Value, site: i64) -> u8 {
    let ran = on_frame(ctx, slots, site, |interp, frame, stmt| match interp.exec_stmt(frame, stmt) {
        Ok(Flow::Normal) => Ok(1),
        Ok(_) => Err(runtime::error::PyErr::new(
            runtime::error::ExcType::SystemError,
            "JIT: a statement run for compiled code changed control flow",
        )),
        Err(err) => Err(err),
    });
    ran.unwrap_or(0)
}

/// Evaluates the test of the `if` statement `site` names on the entry's frame: 0 or 1 (its
/// truth), 2 when it raised (the exception pending in `ctx`).
extern "C" fn eval_python_test(ctx: *mut JitContext, slots: *mut Value, site: i64) -> u8 {
    let ran = on_frame(ctx, slots, site, |interp, frame, stmt| match &stmt.kind {
        runtime::code::StmtKind::If { test, .. } => interp.eval_cond(frame, test).map(u8::from),
        _ => Err(runtime::error::PyErr::new(runtime::error::ExcType::SystemError, "JIT: not an `if`")),
    });
    ran.unwrap_or(2)
}

/// Runs `run` on the entry's frame and the statement `site` names: the frame gets the
/// entry's slots first (the trace stored what the iteration assigned into them), and the
/// slots get the frame's values back after (whatever the statement assigned or its calls
/// changed). `None` when it raised (pending in `ctx` with the statement's line) or could
/// not run.
fn on_frame(
    ctx: *mut JitContext,
    slots: *mut Value,
    site: i64,
    run: impl FnOnce(&Interp, &mut runtime::interp::Frame<'static>, &Stmt) -> runtime::error::PResult<u8>,
) -> Option<u8> {
    // SAFETY: as in `call_python`: the context and the site are alive and shared.
    let (ctx, site) = unsafe { (&*ctx, &*(site as usize as *const StmtSite)) };
    let entry = ctx.entry()?;
    let interp = ctx.interp_ptr();
    if interp.is_null() || entry.frame.is_null() {
        return None;
    }
    // SAFETY: the interpreter outlives the entry (see `call_python`); the statement lives
    // in code the driver keeps alive (`StmtSite::stmt`).
    let (interp, stmt): (&Interp, &Stmt) = unsafe { (&*interp, &*site.stmt) };
    // SAFETY: as in `call_python`: the trace's slot array, unused by anything else now.
    let slots = unsafe { std::slice::from_raw_parts_mut(slots, entry.n_slots) };
    // SAFETY: the frame pointer comes from the `&mut Frame` the driver holds for this
    // entry and leaves untouched until compiled code returns (`EntryFrame::frame`).
    let frame = unsafe { &mut *entry.frame };
    // Moved, like the globals (see `sync_globals_out`).
    site.for_named_locals(&entry, |slot, local| {
        let v = std::mem::replace(&mut slots[slot as usize], Value::Unbound);
        if let Some(l) = frame.locals.get_mut(local as usize) {
            if !same(l, &v) {
                *l = v;
            }
        }
    });
    sync_globals_out(&entry, slots, site.globals.as_deref());
    let result = run(interp, frame, stmt);
    site.for_named_locals(&entry, |slot, local| {
        if let Some(l) = frame.locals.get(local as usize) {
            slots[slot as usize] = l.clone();
        }
    });
    sync_globals_in(&entry, slots);
    match result {
        Ok(v) => Some(v),
        Err(err) => {
            ctx.raise_at(err, site.line);
            None
        }
    }
}

/// True when `a` and `b` are the same value bit for bit (the same object, or equal
/// immediates): copying one over the other would change nothing.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Unbound, Value::Unbound) | (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        _ => a.tag() == b.tag() && payload_word(a).is_some() && payload_word(a) == payload_word(b),
    }
}

/// True when `receiver.name` can be looked up without running Python code (what
/// `Interp::call_method` does for it is a dictionary or slot read): no user
/// `__getattribute__`, and the name is a plain function or builtin of the class, or no class
/// attribute at all and an attribute of the instance (not a property, not `__getattr__`).
fn method_lookup_is_plain(receiver: &Value, name: &str) -> bool {
    match receiver {
        Value::Instance(inst) => {
            if matches!(inst.class.lookup("__getattribute__"), Some(Value::Function(_))) {
                return false;
            }
            match inst.class.lookup(name) {
                Some(Value::Function(_) | Value::Native(_)) => true,
                Some(_) => false,
                None => inst.get_attr(name).is_some(),
            }
        }
        Value::Class(class) => matches!(class.lookup(name), Some(Value::Function(_) | Value::Native(_))),
        Value::Other(other) => matches!(&**other, Other::Module(_)),
        Value::Function(_) => false,
        _ => true,
    }
}
