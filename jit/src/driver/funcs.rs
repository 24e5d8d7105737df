//! Compiled functions' policy: counting calls, compiling a hot pure function for the
//! argument types it is called with (`func::check_group`, `Backend::compile_group`),
//! and running it when the interpreter calls it again with those types.
//!
//! Invariant: a call runs compiled only after checking that every global the group calls
//!   through still holds what it was compiled against; a bail (or stale code) returns
//!   `None`, and the interpreter runs the call from the start with nothing done.
//! Invariant: a specialization that bailed `MAX_BAILS` times and on more than one call in
//!   `BAIL_RATIO` is dropped for good (those argument types are not compiled again), so a
//!   function that leaves the typed world on many calls stops wasting runs. (A bail of
//!   `fact(30)` is followed by one per level until `fact(20)` fits: the interpreter's
//!   nested calls enter the compiled code again.)

use super::*;
use crate::codegen::{CompiledGroup, FuncOutcome};
use crate::func::{check_group, Expected, Group, SpecKey, Ty};
use runtime::error::PResult;
use runtime::module::ModuleObj;
use std::cell::Cell;

/// Bails a specialization may take before it may be dropped.
const MAX_BAILS: u64 = 16;
/// ... and it is dropped when more than one call in this many bailed.
const BAIL_RATIO: u64 = 8;
/// Argument-type combinations one function may be compiled (or refused) for.
const MAX_SPECS: usize = 4;

/// One function's state.
#[derive(Default)]
pub(super) struct FuncState {
    /// Keeps the code (the key's address) alive.
    code: Option<Rc<Code>>,
    specs: Vec<(Vec<Ty>, SpecRun)>,
    /// Argument types refused or dropped (never tried again).
    refused: Vec<Vec<Ty>>,
    /// Hot calls whose arguments were not all ints, floats and bools.
    untyped: u32,
    /// Specializations dropped because a global they use was rebound; past
    /// `MAX_SPECS`, those argument types are refused (a global that changes on every
    /// call would otherwise recompile forever).
    rebound: u32,
}

impl FuncState {
    /// Removes the specialization of `group`; returns its argument types.
    fn remove_spec(&mut self, group: &Rc<GroupRun>) -> Option<Vec<Ty>> {
        let pos = self.specs.iter().position(|(_, r)| Rc::ptr_eq(&r.group, group))?;
        Some(self.specs.remove(pos).0)
    }
}

/// A compiled specialization as calls use it.
#[derive(Clone)]
struct SpecRun {
    group: Rc<GroupRun>,
    index: usize,
}

/// A compiled group and what its entries check.
struct GroupRun {
    compiled: CompiledGroup,
    globals: Vec<(Rc<ModuleObj>, u32, Expected)>,
    bails: Cell<u64>,
    calls: Cell<u64>,
}

impl GroupRun {
    fn globals_hold(&self) -> bool {
        self.globals.iter().all(|(module, slot, expected)| {
            let Ok(slots) = module.slots.try_borrow() else { return false };
            match (slots.get(*slot as usize), expected) {
                (Some(Value::Function(now)), Expected::Function(f)) => Rc::ptr_eq(now, f),
                (None | Some(Value::Unbound), Expected::Unbound) => true,
                (Some(Value::Int(now)), Expected::Constant(Value::Int(c))) => now == c,
                (Some(Value::Float(now)), Expected::Constant(Value::Float(c))) => now.to_bits() == c.to_bits(),
                (Some(Value::Bool(now)), Expected::Constant(Value::Bool(c))) => now == c,
                _ => false,
            }
        })
    }
}

/// Calls before a function is compiled: `hot_loop` times 5 (1000 by default, near PyPy's
/// 1619), since one call is worth a few loop iterations; 1 in the stress mode.
fn hot_call(params: &JitParams) -> u32 {
    if params.hot_loop <= 1 {
        1
    } else {
        params.hot_loop.saturating_mul(5)
    }
}

impl Jit {
    pub(super) fn enter_function(&self, interp: &Interp, f: &mut Frame) -> Option<PResult<Value>> {
        let code = &f.code;
        let n_params = code.params.positional.len();
        let types: Option<Vec<Ty>> = f.locals.get(..n_params)?.iter().map(Ty::of).collect();
        let run = {
            let Ok(mut state) = self.state.try_borrow_mut() else { return None };
            let state = &mut *state;
            let key = Rc::as_ptr(code) as usize;
            let is_new = !state.functions.contains_key(&key);
            let fs = state.functions.entry(key).or_default();
            fs.code.get_or_insert_with(|| code.clone());
            if is_new && hot_call(&self.params) > 1 {
                code.call_counter.set(hot_call(&self.params));
                return None;
            }
            let Some(types) = types else {
                if fs.specs.is_empty() {
                    fs.untyped += 1;
                    let again = if fs.untyped >= MAX_SPECS as u32 { u32::MAX } else { hot_call(&self.params) };
                    code.call_counter.set(again);
                }
                return None;
            };
            match fs.specs.iter().find(|(t, _)| *t == types) {
                Some((_, run)) => run.clone(),
                None => self.compile_function(state, key, f, types)?,
            }
        };
        self.run_function(interp, f, run)
    }

    /// Compiles `f`'s code for `types` (with every function it calls) and registers the
    /// group's specializations; `None` when refused.
    fn compile_function(&self, state: &mut State, key: usize, f: &Frame, types: Vec<Ty>) -> Option<SpecRun> {
        let code = f.code.clone();
        let fs = state.functions.get_mut(&key)?;
        if fs.refused.contains(&types) || fs.specs.len() + fs.refused.len() >= MAX_SPECS {
            code.call_counter.set(if fs.specs.is_empty() { u32::MAX } else { 1 });
            return None;
        }
        let start = Instant::now();
        let signature = describe(&code.name, &types);
        let group = match check_group(&code, &f.module, types.clone()) {
            Ok(g) => g,
            Err(why) => {
                fs.refused.push(types);
                code.call_counter.set(if fs.specs.is_empty() { hot_call(&self.params) } else { 1 });
                state.stats.functions_refused += 1;
                self.log(&code, code.first_line, &format!("function {signature} not compiled: {why}"));
                return None;
            }
        };
        if !self.ensure_backend(state, &code) {
            return None;
        }
        let backend = state.backend.as_mut()?;
        let compiled = match backend.compile_group(&group) {
            Ok(c) => c,
            Err(e) => {
                if let Some(fs) = state.functions.get_mut(&key) {
                    fs.refused.push(types);
                }
                self.log(&code, code.first_line, &format!("function {signature} not compiled: {e}"));
                return None;
            }
        };
        let elapsed = start.elapsed();
        state.stats.code_bytes = backend.code_bytes();
        state.stats.functions_compiled += group.specs.len() as u32;
        state.stats.compile_time += elapsed;
        self.log(
            &code,
            code.first_line,
            &format!(
                "function {signature} -> {} compiled ({} function{}, {} bytes, {} µs)",
                group.specs[0].ret.name(),
                group.specs.len(),
                if group.specs.len() == 1 { "" } else { "s" },
                compiled.code_bytes(),
                elapsed.as_micros()
            ),
        );
        register(state, group, compiled)
    }

    fn run_function(&self, interp: &Interp, f: &mut Frame, run: SpecRun) -> Option<PResult<Value>> {
        if !run.group.globals_hold() {
            self.invalidate(f, &run);
            return None;
        }
        let n_args = f.code.params.positional.len();
        let args = &f.locals[..n_args];
        // Frames the call may nest under the recursion limit (a call at depth d runs at
        // d + 1); the compiled code checks the native stack itself.
        let budget = interp.recursion_limit.get() as i64 - interp.depth.get() as i64 - 1;
        if let Ok(mut state) = self.state.try_borrow_mut() {
            state.stats.function_calls += 1;
            if state.stats.first_entry.is_none() {
                state.stats.first_entry = Some(self.created.elapsed());
            }
        }
        run.group.calls.set(run.group.calls.get() + 1);
        let result = match run.group.compiled.call(run.index, args, budget, interp.stack_limit.get(), &interp.interrupt)
        {
            FuncOutcome::Int(i) => Value::Int(i),
            FuncOutcome::Float(x) => Value::Float(x),
            FuncOutcome::Bool(b) => Value::Bool(b),
            FuncOutcome::Obj(v) => v,
            FuncOutcome::Bailed => return self.bailed(f, &run),
        };
        // The frame ends with the call: its arguments are released here, where a small
        // tuple held by nothing else keeps its allocation for the next tuple compiled code
        // builds (`codegen::release`), as when compiled code drops one itself.
        for arg in &mut f.locals[..n_args] {
            crate::codegen::release(std::mem::replace(arg, Value::Unbound));
        }
        Some(Ok(result))
    }

    /// A callee or constant of the group was rebound: drops this function's
    /// specialization (not for good: it is compiled again, against the new values, once
    /// hot again). The group's other functions find out at their next entry.
    fn invalidate(&self, f: &Frame, run: &SpecRun) {
        let Ok(mut state) = self.state.try_borrow_mut() else { return };
        let key = Rc::as_ptr(&f.code) as usize;
        let Some(fs) = state.functions.get_mut(&key) else { return };
        let Some(types) = fs.remove_spec(&run.group) else { return };
        fs.rebound += 1;
        let again = fs.rebound < MAX_SPECS as u32;
        f.code.call_counter.set(if fs.specs.is_empty() { hot_call(&self.params) } else { 1 });
        self.log(
            &f.code,
            f.code.first_line,
            &format!(
                "function {} dropped: a global it uses was rebound{}",
                describe(&f.code.name, &types),
                if again { "" } else { " (not compiled again)" }
            ),
        );
        if !again {
            fs.refused.push(types);
        }
    }

    /// Counts a bail; drops the specialization when it bails too often (see the module
    /// doc). The interpreter runs the call.
    fn bailed(&self, f: &Frame, run: &SpecRun) -> Option<PResult<Value>> {
        let bails = run.group.bails.get() + 1;
        run.group.bails.set(bails);
        let Ok(mut state) = self.state.try_borrow_mut() else { return None };
        state.stats.function_bails += 1;
        if bails < MAX_BAILS || bails * BAIL_RATIO <= run.group.calls.get() {
            return None;
        }
        let key = Rc::as_ptr(&f.code) as usize;
        let fs = state.functions.get_mut(&key)?;
        let types = fs.remove_spec(&run.group)?;
        let what = describe(&f.code.name, &types);
        fs.refused.push(types);
        let calls = run.group.calls.get();
        self.log(
            &f.code,
            f.code.first_line,
            &format!("function {what} dropped: left the typed code on {bails} of {calls} calls"),
        );
        None
    }
}

/// Registers every specialization of a compiled group with its function; returns the
/// root's. Each function's calls then ask the hooks every time (`call_counter` 1).
fn register(state: &mut State, group: Group, compiled: CompiledGroup) -> Option<SpecRun> {
    let run = Rc::new(GroupRun { compiled, globals: group.globals, bails: Cell::new(0), calls: Cell::new(0) });
    for (index, spec) in group.specs.iter().enumerate() {
        let key = SpecKey::new(&spec.code, spec.args.clone());
        let fs = state.functions.entry(key.code).or_default();
        fs.code.get_or_insert_with(|| spec.code.clone());
        if !fs.specs.iter().any(|(t, _)| *t == spec.args) {
            fs.specs.push((spec.args.clone(), SpecRun { group: run.clone(), index }));
        }
        spec.code.call_counter.set(1);
    }
    Some(SpecRun { group: run, index: 0 })
}

/// `fib(int)`.
fn describe(name: &str, types: &[Ty]) -> String {
    let types: Vec<&str> = types.iter().map(|t| t.name()).collect();
    format!("`{name}({})`", types.join(", "))
}

/// After a flush: every compiled function is gone; their calls count toward compiling again.
pub(super) fn forget_all(state: &mut State, params: &JitParams) {
    for fs in state.functions.values_mut() {
        if !fs.specs.is_empty() {
            fs.specs.clear();
            if let Some(code) = &fs.code {
                code.call_counter.set(hot_call(params));
            }
        }
    }
}
