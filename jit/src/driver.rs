//! The driver: `Jit` implements `runtime::interp::ExecHooks`. It owns the hot-loop policy
//! (counters, back-off, blacklisting, re-recording), calls the recorder, the optimizer and
//! the backend, enters compiled loops and writes the `--jit-log` lines and `--stats`.
//!
//! Entering a trace: its slots (`recorder::SlotHome`: frame locals, module globals, the
//! bound of a `range`) are copied into a scratch array, the trace runs on it, and the slots
//! the trace may write are copied back. Copying costs a few stores per entry (not per
//! iteration) and gives locals and module globals one slot space, so loops at module level
//! compile like loops in functions.
//!
//! Invariant: a trace is entered only when every slot it may write with raw stores holds
//!   an immediate (None, bool, int, float, or unbound); its counted slots (heap values
//!   stored by the inline counted store) may hold anything. Slots it only reads may hold heap values (a list,
//!   an instance): the scratch copy then owns a reference to each for the whole run, so
//!   nothing the trace reads can be freed under it, and dropping the copy releases them.
//! Invariant: after `loop_header` returns `Ran`, the frame is at the loop header in the
//!   state of the last completed iteration; after `Resume(path)`, it is before the statement
//!   `path` of an iteration whose earlier statements ran (see `recorder.rs`).
//! Invariant: nothing here panics on a user program; a JIT failure (Cranelift refusing a
//!   function, a stale trace) only means the loop keeps being interpreted.

use crate::codegen::{Backend, CompiledTrace, SideLink};
use crate::context::{EntryFrame, JitContext};
use crate::ir::ExitId;
use crate::opt::optimize;
use crate::recorder::{self, ExitKind, ExitSite, InnerLoop, LoopInput, SlotHome};
use crate::verify::{verify, VerifiedTrace};
use hashbrown::HashMap;
use runtime::code::{Code, Stmt, StmtKind};
use runtime::interp::{BodyPath, ExecHooks, Frame, InnerAt, InnerResume, LoopHeader, RaisedInLoop, RangeHeader};
use runtime::{Interp, Value};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// The JIT's tunables (LuaJIT's `-O` parameters; defaults in `JitParams::default`).
#[derive(Clone, Debug)]
pub struct JitParams {
    /// Loop-header visits before a loop is recorded (`--jit-threshold`).
    pub hot_loop: u32,
    /// Guard exits (not loop ends) a trace may take before it is dropped and the loop
    /// re-recorded with the types it has by then; doubled at each re-recording.
    pub hot_exit: u32,
    /// Recordings (aborted or compiled) a loop gets before it is blacklisted.
    pub max_attempts: u32,
    /// Machine-code bytes kept before all code is flushed (`--jit-max-code`).
    pub max_code: usize,
    /// One line per JIT event on stderr (`--jit-log`, `HYPER_JIT_LOG=1`).
    pub log: bool,
    /// A summary on stderr at exit (`--stats`).
    pub stats: bool,
}

impl Default for JitParams {
    fn default() -> JitParams {
        JitParams {
            // Measured (release): recording + compiling one loop costs 0.35-0.9 ms, i.e.
            // some 10^4 interpreted iterations, so a lower threshold only pays for loops
            // that run long anyway; on loop_sum and mandelbrot 1, 56, 200 and 1000 all run
            // within 1% of each other. 200 (between LuaJIT's 56 and PyPy's 1039) keeps
            // short-lived loops (a few hundred iterations in total) from paying for a
            // compile they cannot earn back.
            hot_loop: 200,
            hot_exit: 16,
            max_attempts: 6,
            max_code: 16 << 20,
            log: false,
            stats: false,
        }
    }
}

/// What the JIT did, for `--stats`.
#[derive(Clone, Debug, Default)]
pub struct JitStats {
    pub recorded: u32,
    pub compiled: u32,
    /// Side traces compiled (each also recompiled its parent).
    pub side_traces: u32,
    pub aborted: u32,
    pub blacklisted: u32,
    pub entries: u64,
    pub guard_exits: u64,
    pub loop_exits: u64,
    pub flushes: u32,
    /// Entries refused because a slot held a heap value or the range step differed.
    pub refused: u64,
    pub compile_time: Duration,
    pub code_bytes: usize,
    /// From the JIT's creation (the program's start) to the first entry into compiled code.
    pub first_entry: Option<Duration>,
    /// Function specializations compiled (`func`), and functions refused.
    pub functions_compiled: u32,
    pub functions_refused: u32,
    /// Calls run as compiled functions from the interpreter, and how many bailed.
    pub function_calls: u64,
    pub function_bails: u64,
}

/// The JIT as the interpreter's hooks.
pub struct Jit {
    params: JitParams,
    created: Instant,
    state: RefCell<State>,
}

/// The borrow of `Jit::state` is never held while compiled code runs (a residual call may
/// re-enter the interpreter and so the hooks); `enter` takes what the run needs first.
struct Prepared {
    run: Rc<TraceRun>,
    slots: Vec<Value>,
    ctx: Rc<JitContext>,
}

struct State {
    /// `None` until first needed; stays `None` when the host has no backend.
    backend: Option<Backend>,
    backend_failed: bool,
    ctx: Option<Rc<JitContext>>,
    /// Slot arrays for trace entries (reused; empty between them). Entries nest when a
    /// residual call re-enters the interpreter, so each takes one of its own.
    scratch: Vec<Vec<Value>>,
    loops: HashMap<(usize, u32), LoopState>,
    /// Each code object's slot numbering (keyed like `loops`; the code is kept alive by
    /// its loops' states): extended by each recording, never reordered, so every trace of
    /// a code object numbers its slots alike.
    layouts: HashMap<usize, Vec<SlotHome>>,
    /// Compiled functions' states, keyed by their code's address (`funcs.rs`).
    functions: HashMap<usize, funcs::FuncState>,
    stats: JitStats,
}

/// One loop's JIT state.
struct LoopState {
    /// Keeps the code (and so the loop statement's address) alive while it is a key.
    code: Rc<Code>,
    line: u32,
    loop_id: u32,
    attempts: u32,
    blacklisted: bool,
    trace: Option<LoopTrace>,
    /// Recordings that found the loop at its end (retried at the next header, up to
    /// `MAX_END_RETRIES`, without counting as attempts).
    end_retries: u32,
    /// Whether recordings add range guards on small ints; off once exits made the loop
    /// re-record (a range guard may have been what failed).
    range_guards: bool,
}

/// How often a loop found at its end when recording starts is retried at its next header
/// before that counts as a failed attempt (a loop that is never entered stops costing a
/// recording attempt per visit).
const MAX_END_RETRIES: u32 = 64;

/// A compiled loop and its exit counts.
struct LoopTrace {
    /// What running it needs; an entry holds a reference, so a re-recording or flush
    /// during a residual call does not free what the running trace uses.
    run: Rc<TraceRun>,
    exit_counts: Vec<u64>,
    guard_exits: u64,
    /// The exit sites a side trace was recorded for (or failed to be).
    sides_tried: Vec<usize>,
}

/// A compiled loop as its entries use it.
struct TraceRun {
    compiled: CompiledTrace,
    homes: Vec<SlotHome>,
    /// Indices into `homes` of the slots the trace may write (sorted).
    written: Vec<usize>,
    /// Those of them written only by counted stores: they may hold heap values (sorted).
    counted: Vec<usize>,
    exits: Vec<ExitSite>,
    range_step: Option<i64>,
    /// The trace as an outer loop's trace sees it (nested loops); it also keeps what the
    /// trace's constants point at (shapes, modules, residual call sites) alive.
    as_inner: Rc<InnerLoop>,
    /// `(slot, module slot)` of the globals it uses, which residual calls keep in sync.
    globals: Rc<[(u32, u32)]>,
    /// `(slot, local index)` of the locals it uses, which residual statements keep in sync.
    locals: Rc<[(u32, u32)]>,
    /// Its optimized IR, compiled again when a side trace is attached.
    verified: Rc<VerifiedTrace>,
    /// Its side traces, by the exits that run them (`as_inner.sides` has their exits).
    side_links: Vec<SideLink>,
}

impl Jit {
    pub fn new(params: JitParams) -> Jit {
        Jit {
            params,
            created: Instant::now(),
            state: RefCell::new(State {
                backend: None,
                backend_failed: false,
                ctx: None,
                scratch: Vec::new(),
                loops: HashMap::new(),
                layouts: HashMap::new(),
                functions: HashMap::new(),
                stats: JitStats::default(),
            }),
        }
    }

    /// A copy of the statistics so far.
    pub fn stats(&self) -> JitStats {
        self.state.try_borrow().map(|s| s.stats.clone()).unwrap_or_default()
    }

    /// Makes the backend on first use; false when the host has none.
    fn ensure_backend(&self, state: &mut State, code: &Code) -> bool {
        if state.backend.is_none() && !state.backend_failed {
            match Backend::new() {
                Ok(b) => state.backend = Some(b),
                Err(e) => {
                    state.backend_failed = true;
                    self.log(code, code.first_line, &format!("JIT disabled: {e}"));
                }
            }
        }
        state.backend.is_some()
    }

    fn log(&self, code: &Code, line: u32, message: &str) {
        if self.params.log {
            eprintln!("{}:{line}: {message}", code.file.name);
        }
    }

    /// With `HYPER_JIT_IR=1`, prints a trace's optimized IR on stderr before it is
    /// compiled: what to read beside a profile of the compiled code.
    fn dump_ir(&self, code: &Code, line: u32, what: &str, trace: &crate::ir::Trace) {
        if std::env::var_os("HYPER_JIT_IR").is_some_and(|v| v == "1") {
            eprintln!("{}:{line}: IR of the {what}:\n{trace}", code.file.name);
        }
    }
}

fn loop_id_of(stmt: &Stmt) -> Option<u32> {
    match &stmt.kind {
        StmtKind::While { loop_id, .. } | StmtKind::For { loop_id, .. } => Some(loop_id.0),
        _ => None,
    }
}

mod funcs;
mod sides;

impl ExecHooks for Jit {
    fn loop_header(&self, interp: &Interp, f: &mut Frame, stmt: &Stmt, range: Option<RangeHeader>) -> LoopHeader {
        let Some(loop_id) = loop_id_of(stmt) else { return LoopHeader::Interpret };
        let Ok(mut state_borrow) = self.state.try_borrow_mut() else { return LoopHeader::Interpret };
        let state = &mut *state_borrow;
        let code = f.code.clone();
        let Some(counter) = code.loop_counters.get(loop_id as usize) else { return LoopHeader::Interpret };
        let key = (Rc::as_ptr(&code) as usize, loop_id);
        let hot_loop = self.params.hot_loop.max(1);
        let is_new = !state.loops.contains_key(&key);
        let ls = state.loops.entry(key).or_insert_with(|| LoopState {
            code: code.clone(),
            line: stmt.line,
            loop_id,
            attempts: 0,
            blacklisted: false,
            trace: None,
            end_retries: 0,
            range_guards: true,
        });
        if ls.blacklisted {
            counter.set(u32::MAX);
            return LoopHeader::Interpret;
        }
        if is_new && hot_loop > 1 {
            counter.set(hot_loop);
            return LoopHeader::Interpret;
        }
        if ls.trace.is_none() && !self.record_and_compile(interp, f, stmt, range, state, key) {
            return LoopHeader::Interpret;
        }
        counter.set(1);
        drop(state_borrow);
        self.enter(interp, f, stmt, range, key)
    }

    fn function_entry(&self, interp: &Interp, f: &mut Frame) -> Option<runtime::error::PResult<Value>> {
        self.enter_function(interp, f)
    }

    fn finish(&self, _interp: &Interp) {
        let Ok(state) = self.state.try_borrow() else { return };
        if self.params.log {
            let mut loops: Vec<&LoopState> = state.loops.values().collect();
            loops.sort_by_key(|ls| (ls.code.file.name.clone(), ls.line));
            for ls in loops {
                if let Some(trace) = &ls.trace {
                    self.log_exits(&ls.code, trace);
                }
            }
        }
        if self.params.stats {
            drop(state);
            for line in self.summary() {
                eprintln!("{line}");
            }
        }
    }

    fn summary(&self) -> Vec<String> {
        let s = self.stats();
        vec![
            format!(
                "jit: loops recorded {}, compiled {}, side traces {}, aborted {}, blacklisted {}",
                s.recorded, s.compiled, s.side_traces, s.aborted, s.blacklisted
            ),
            format!(
                "jit: trace entries {} (refused {}), guard exits {}, loop-end exits {}, flushes {}",
                s.entries, s.refused, s.guard_exits, s.loop_exits, s.flushes
            ),
            format!(
                "jit: functions compiled {}, refused {}; calls run compiled {}, bailed {}",
                s.functions_compiled, s.functions_refused, s.function_calls, s.function_bails
            ),
            format!(
                "jit: compile time {} µs, code bytes {}, first compiled code ran after {}, peak RSS {} kB",
                s.compile_time.as_micros(),
                s.code_bytes,
                s.first_entry.map_or_else(|| "-".to_string(), |d| format!("{} µs", d.as_micros())),
                peak_rss_kb().map_or_else(|| "?".to_string(), |kb| kb.to_string())
            ),
        ]
    }
}

impl Jit {
    fn log_exits(&self, code: &Code, trace: &LoopTrace) {
        for (site, &count) in trace.run.exits.iter().zip(&trace.exit_counts) {
            if count > 0 && site.kind != ExitKind::Interrupt {
                let what = match site.kind {
                    ExitKind::LoopEnd => format!("loop end: {}", site.what),
                    ExitKind::Leave | ExitKind::Break => format!("loop left: {}", site.what),
                    ExitKind::InnerLoop => format!("inner loop: {}", site.what),
                    ExitKind::Raise => format!("call raised or declined: {}", site.what),
                    _ => format!("guard: {}", site.what),
                };
                self.log(code, site.line, &format!("exit ({what}) taken {count} times"));
            }
        }
    }

    /// Records the loop at this header and compiles it; false when that did not work (the
    /// loop's counter is then set for the next attempt, or the loop is blacklisted).
    fn record_and_compile(
        &self,
        interp: &Interp,
        f: &mut Frame,
        stmt: &Stmt,
        range: Option<RangeHeader>,
        state: &mut State,
        key: (usize, u32),
    ) -> bool {
        let _ = interp;
        let code = f.code.clone();
        let Some(counter) = code.loop_counters.get(key.1 as usize) else { return false };
        let Some(ls) = state.loops.get_mut(&key) else { return false };
        ls.attempts += 1;
        let start = Instant::now();
        let input = loop_input(state, f, &code, stmt, range, key);
        let Some(ls) = state.loops.get_mut(&key) else { return false };
        let mut recording = match recorder::record(&input) {
            Ok(r) => r,
            Err(abort) if abort.at_loop_end && ls.end_retries < MAX_END_RETRIES => {
                // A short loop seen at its end: record at its next header instead, without
                // a penalty (a loop of 0-3 iterations is otherwise blacklisted).
                ls.end_retries += 1;
                ls.attempts -= 1;
                counter.set(1);
                return false;
            }
            Err(abort) => {
                state.stats.aborted += 1;
                self.log(&code, stmt.line, &format!("aborted: {} (line {})", abort.reason, abort.line));
                self.back_off(&code, stmt.line, counter, ls, &mut state.stats);
                return false;
            }
        };
        state.stats.recorded += 1;
        // The recording started from the code's numbering and only appended to it.
        state.layouts.insert(key.0, recording.homes.clone());
        self.log(&code, stmt.line, "loop recorded");
        let mut trace = std::mem::take(&mut recording.trace);
        optimize(&mut trace, &mut recording.stats);
        self.dump_ir(&code, stmt.line, "loop", &trace);
        let verified = match verify(trace) {
            Ok(v) => v,
            Err(e) => {
                state.stats.aborted += 1;
                self.log(&code, stmt.line, &format!("aborted: internal: the trace does not verify: {e}"));
                self.back_off(&code, stmt.line, counter, ls, &mut state.stats);
                return false;
            }
        };
        let n_ops = verified.trace().insts.len();
        let n_guards = verified.trace().n_guards();
        let has_backend = self.ensure_backend(state, &code);
        let Some(ls) = state.loops.get_mut(&key) else { return false };
        let Some(backend) = state.backend.as_mut().filter(|_| has_backend) else {
            ls.blacklisted = true;
            counter.set(u32::MAX);
            return false;
        };
        // A flush is refused while compiled code is running (this compile then happens
        // inside a residual call); the next compile outside one flushes.
        if backend.code_bytes() >= self.params.max_code && backend.flush().is_ok() {
            state.stats.flushes += 1;
            self.log(&code, stmt.line, "code memory full: flushed all traces");
            for other in state.loops.values_mut() {
                other.trace = None;
            }
            funcs::forget_all(state, &self.params);
        }
        let Some(backend) = state.backend.as_mut() else { return false };
        let Some(ls) = state.loops.get_mut(&key) else { return false };
        let shared = global_slots(&recording.homes);
        let compiled = match backend.compile_with_sides(&verified, &[], &shared) {
            Ok(c) => c,
            Err(e) => {
                state.stats.aborted += 1;
                self.log(&code, stmt.line, &format!("aborted: {e}"));
                self.back_off(&code, stmt.line, counter, ls, &mut state.stats);
                return false;
            }
        };
        let elapsed = start.elapsed();
        state.stats.compiled += 1;
        state.stats.compile_time += elapsed;
        state.stats.code_bytes = backend.code_bytes();
        self.log(
            &code,
            stmt.line,
            &format!(
                "compiled ({n_ops} ops, {n_guards} guards, {} bytes, {} µs)",
                compiled.code_bytes(),
                elapsed.as_micros()
            ),
        );
        let (written, counted) = slot_sets(&verified, &recording);
        let n_exits = recording.exits.len();
        let exit_sites = sides::exit_sites(&compiled);
        let loop_end_exits: Vec<u32> = (0..exit_sites.len())
            .filter(|&id| {
                let site = recording.exits.get(exit_sites[id] as usize);
                site.is_some_and(|site| matches!(site.kind, ExitKind::LoopEnd | ExitKind::Break))
            })
            .map(|id| id as u32)
            .collect();
        let as_inner = Rc::new(InnerLoop {
            key,
            line: stmt.line,
            entry: compiled.entry_addr(),
            homes: recording.homes.clone(),
            used: recording.used.clone(),
            written: written.clone(),
            counted: counted.clone(),
            loop_end_exits,
            exit_sites,
            exits: recording.exits.clone(),
            range_step: recording.range_step,
            inners: recording.inners,
            inline_depth: recording.inline_depth,
            keep_alive: Rc::new(recording.keep_alive),
            sides: Vec::new(),
            side_base: u32::MAX,
        });
        let (globals, locals) = frame_slots(&recording.used, &recording.homes);
        ls.trace = Some(LoopTrace {
            run: Rc::new(TraceRun {
                compiled,
                homes: recording.homes,
                written,
                counted,
                exits: recording.exits,
                range_step: recording.range_step,
                as_inner,
                globals,
                locals,
                verified: Rc::new(verified),
                side_links: Vec::new(),
            }),
            exit_counts: vec![0; n_exits],
            guard_exits: 0,
            sides_tried: Vec::new(),
        });
        true
    }

    /// After a failed attempt: wait longer each time (LuaJIT doubles its penalty), and
    /// blacklist the loop after `max_attempts`.
    fn back_off(
        &self,
        code: &Code,
        line: u32,
        counter: &std::cell::Cell<u32>,
        ls: &mut LoopState,
        stats: &mut JitStats,
    ) {
        if ls.attempts >= self.params.max_attempts {
            ls.blacklisted = true;
            stats.blacklisted += 1;
            counter.set(u32::MAX);
            self.log(code, line, &format!("blacklisted after {} attempts", ls.attempts));
        } else {
            let penalty = self.params.hot_loop.max(8).saturating_mul(1 << ls.attempts.min(16));
            counter.set(penalty);
        }
    }

    /// Runs the loop's trace from this header; `Interpret` when it cannot be entered.
    fn enter(
        &self,
        interp: &Interp,
        f: &mut Frame,
        stmt: &Stmt,
        range: Option<RangeHeader>,
        key: (usize, u32),
    ) -> LoopHeader {
        let Some(Prepared { run, mut slots, ctx }) = self.prepare(interp, f, range, key) else {
            return LoopHeader::Interpret;
        };
        let entry = EntryFrame {
            module: f.module.clone(),
            globals: run.globals.clone(),
            locals: run.locals.clone(),
            n_slots: slots.len(),
            frame: (&mut *f as *mut Frame<'_>).cast::<Frame<'static>>(),
        };
        ctx.push_entry(interp, Rc::new(entry));
        let outcome = run.compiled.enter(&mut slots, &ctx);
        ctx.pop_entry();
        let Ok(mut state) = self.state.try_borrow_mut() else { return LoopHeader::Interpret };
        let state = &mut *state;
        let exit = match outcome {
            Ok(exit) => exit,
            Err(_) => {
                slots.clear();
                state.scratch.push(slots);
                if let Some(ls) = state.loops.get_mut(&key) {
                    if ls.trace.as_ref().is_some_and(|t| Rc::ptr_eq(&t.run, &run)) {
                        ls.trace = None;
                    }
                }
                return LoopHeader::Interpret;
            }
        };
        for &i in &run.written {
            let v = std::mem::replace(&mut slots[i], Value::Unbound);
            match run.homes[i] {
                SlotHome::Local(n) => {
                    if let Some(slot) = f.locals.get_mut(n as usize) {
                        Value::store(slot, v);
                    }
                }
                SlotHome::Global(n) => f.module.store(n, v),
                SlotHome::RangeStop(_) | SlotHome::RangeStep(_) => {}
            }
        }
        let raised = ctx.take_raised();
        let mut chain = ctx.inner_exits.borrow_mut();
        let site = run.as_inner.site_of(exit.as_u32(), &mut chain);
        // The kind of the exit taken, and its site's index when it is one of this trace's
        // own (not a side trace's).
        let taken = site.map(|(site, owner)| {
            let own = std::ptr::eq(owner, &*run.as_inner);
            (site.kind, own.then(|| owner.exits.iter().position(|s| std::ptr::eq(s, site))).flatten())
        });
        let outcome = match (raised, site) {
            (Some((err, line)), _) => LoopHeader::Raise(RaisedInLoop { err, line }),
            (None, Some((ExitSite { kind: ExitKind::InnerLoop, resume_at: Some(path), inner_loop, .. }, owner))) => {
                let inner = inner_loop.and_then(|i| owner.inners.get(i as usize));
                match inner_resume(path.clone(), inner.map(|i| &**i), &mut chain, &slots) {
                    Some(inner) => LoopHeader::ResumeInner(Rc::new(inner)),
                    // Not expected: the interpreter reports it as an internal error.
                    None => LoopHeader::Resume(BodyPath(Rc::from(Vec::new()))),
                }
            }
            (None, Some((ExitSite { resume_at: Some(path), .. }, _))) => LoopHeader::Resume(path.clone()),
            _ => LoopHeader::Ran,
        };
        chain.clear();
        drop(chain);
        slots.clear();
        state.scratch.push(slots);
        let raised = matches!(outcome, LoopHeader::Raise(_));
        let current = |state: &State| {
            state.loops.get(&key).and_then(|ls| ls.trace.as_ref()).is_some_and(|t| Rc::ptr_eq(&t.run, &run))
        };
        if let (Some((kind, site)), true) = (taken, current(state)) {
            if let Some(ls) = state.loops.get_mut(&key) {
                self.count_exit(f, ls, &mut state.stats, kind, site, raised);
            }
            if let (ExitKind::Guard, Some(site), false, true) = (kind, site, raised, current(state)) {
                self.try_side_trace(f, stmt, range, state, key, site);
            }
        }
        outcome
    }

    /// Checks that the loop's trace can be entered here and copies its slots in.
    fn prepare(
        &self,
        interp: &Interp,
        f: &mut Frame,
        range: Option<RangeHeader>,
        key: (usize, u32),
    ) -> Option<Prepared> {
        let mut state = self.state.try_borrow_mut().ok()?;
        let State { backend, ctx, loops, stats, scratch, .. } = &mut *state;
        backend.as_ref()?;
        let ls = loops.get_mut(&key)?;
        let trace = ls.trace.as_ref()?;
        let run = trace.run.clone();
        // A trace that cannot be entered here (another step, a slot holding a heap value)
        // is dropped; the loop is recorded again later as it is then (or blacklisted).
        // Inlined calls are not frames: near the recursion limit, the interpreter runs the
        // loop (and raises `RecursionError` where Python does).
        if interp.depth.get().saturating_add(run.as_inner.inline_depth) >= interp.recursion_limit.get() {
            return None;
        }
        let step_differs = run.range_step.is_some_and(|step| Some(step) != range.map(|r| r.step));
        if step_differs || range.is_some() != run.homes.contains(&SlotHome::RangeStop(key.1)) {
            self.refuse(f, ls, stats);
            return None;
        }
        let mut slots = scratch.pop().unwrap_or_default();
        slots.resize(run.homes.len(), Value::Unbound);
        let mut refused = false;
        {
            let module_slots = f.module.slots.borrow();
            for &i in &run.as_inner.used {
                let v = match run.homes[i] {
                    SlotHome::Local(n) => f.locals.get(n as usize),
                    SlotHome::Global(n) => module_slots.get(n as usize),
                    SlotHome::RangeStop(id) => {
                        // This loop's bound; an inner loop's is written by the trace itself.
                        let stop = if id == key.1 { range.map_or(0, |r| r.stop) } else { 0 };
                        slots[i] = Value::Int(stop);
                        continue;
                    }
                    SlotHome::RangeStep(id) => {
                        let step = if id == key.1 { range.map_or(1, |r| r.step) } else { 1 };
                        slots[i] = Value::Int(step);
                        continue;
                    }
                };
                let read_only = run.written.binary_search(&i).is_err();
                let counted = run.counted.binary_search(&i).is_ok();
                match v {
                    Some(v) if read_only || counted || v.is_immediate() => slots[i] = v.clone(),
                    _ => {
                        refused = true;
                        break;
                    }
                }
            }
        }
        if refused {
            slots.clear();
            scratch.push(slots);
            self.refuse(f, ls, stats);
            return None;
        }
        let ctx = ctx.get_or_insert_with(|| Rc::new(JitContext::new(interp.interrupt.clone()))).clone();
        stats.entries += 1;
        if stats.first_entry.is_none() {
            stats.first_entry = Some(self.created.elapsed());
        }
        Some(Prepared { run, slots, ctx })
    }

    fn refuse(&self, f: &Frame, ls: &mut LoopState, stats: &mut JitStats) {
        ls.trace = None;
        stats.refused += 1;
        if let Some(counter) = f.code.loop_counters.get(ls.loop_id as usize) {
            counter.set(self.params.hot_loop.max(1));
        }
        if ls.attempts >= self.params.max_attempts {
            ls.blacklisted = true;
            stats.blacklisted += 1;
            self.log(&f.code, ls.line, &format!("blacklisted after {} attempts", ls.attempts));
        }
    }

    /// Counts an exit; a trace whose guards fail too often is dropped for re-recording.
    /// A residual call that raised is a normal way out (Python code raised); one that was
    /// declined counts as a guard.
    fn count_exit(
        &self,
        f: &Frame,
        ls: &mut LoopState,
        stats: &mut JitStats,
        kind: ExitKind,
        site: Option<usize>,
        raised: bool,
    ) {
        let Some(trace) = ls.trace.as_mut() else { return };
        if let Some(count) = site.and_then(|site| trace.exit_counts.get_mut(site)) {
            *count += 1;
        }
        // A side trace's exits count as the trace's own that ran it.
        let guard = !raised && matches!(kind, ExitKind::Guard | ExitKind::InnerLoop | ExitKind::Raise);
        let kind = Some(kind);
        match kind {
            _ if guard => {
                stats.guard_exits += 1;
                trace.guard_exits += 1;
                let limit = u64::from(self.params.hot_exit) << ls.attempts.min(20);
                if trace.guard_exits >= limit {
                    // The loop changed (a type, a branch): record it again as it is now.
                    let code = f.code.clone();
                    self.log_exits(&code, trace);
                    self.log(&code, ls.line, "exits taken too often: re-recording");
                    ls.trace = None;
                    ls.range_guards = false;
                    if ls.attempts >= self.params.max_attempts {
                        ls.blacklisted = true;
                        stats.blacklisted += 1;
                        self.log(&code, ls.line, &format!("blacklisted after {} attempts", ls.attempts));
                    }
                }
            }
            Some(ExitKind::LoopEnd | ExitKind::Leave | ExitKind::Break | ExitKind::Raise) => stats.loop_exits += 1,
            _ => {}
        }
    }
}

/// The trace slots of module globals (see `Backend::compile_with_sides`).
fn global_slots(homes: &[SlotHome]) -> Vec<crate::ir::Slot> {
    (0..homes.len())
        .filter(|&s| matches!(homes[s], SlotHome::Global(_)))
        .map(|s| crate::ir::Slot::from_u32(s as u32))
        .collect()
}

/// What recording the loop with `key` (its trace, or a side trace) starts from: the frame,
/// the code's slot numbering now, and the compiled traces of the loops nested in it.
fn loop_input<'a>(
    state: &State,
    f: &'a Frame,
    code: &'a Code,
    stmt: &'a Stmt,
    range: Option<RangeHeader>,
    key: (usize, u32),
) -> LoopInput<'a> {
    LoopInput {
        code,
        stmt,
        locals: &f.locals,
        module: &f.module,
        range,
        inner_loops: inner_traces(state, key, stmt),
        layout: state.layouts.get(&key.0).cloned().unwrap_or_default(),
        loop_id: key.1,
        range_guards: state.loops.get(&key).is_none_or(|ls| ls.range_guards),
    }
}

/// The compiled traces of the loops nested in `stmt`'s body (the loop with `key`).
fn inner_traces(state: &State, key: (usize, u32), stmt: &Stmt) -> Vec<(*const Stmt, Rc<InnerLoop>)> {
    match &stmt.kind {
        StmtKind::While { body, .. } | StmtKind::For { body, .. } => recorder::nested_loops(body)
            .into_iter()
            .filter_map(|inner| {
                let key = (key.0, loop_id_of(inner)?);
                let trace = state.loops.get(&key)?.trace.as_ref()?;
                Some((inner as *const Stmt, trace.run.as_inner.clone()))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The slots a compiled recording may write (raw or counted) and those of them that are
/// counted, sorted; only frame homes among the written ones.
fn slot_sets(verified: &VerifiedTrace, recording: &recorder::Recording) -> (Vec<usize>, Vec<usize>) {
    let mut written: Vec<usize> = Vec::new();
    for (_, snap) in verified.trace().snapshots.iter() {
        for &(slot, _) in &snap.entries {
            written.push(slot.as_u32() as usize);
        }
    }
    for &slot in verified.written_slots().iter().chain(verified.counted_slots()) {
        written.push(slot.as_u32() as usize);
    }
    let mut counted: Vec<usize> = verified.counted_slots().iter().map(|s| s.as_u32() as usize).collect();
    // Statements it leaves to the interpreter may assign heap values to their variables.
    written.extend(&recording.residual_written);
    counted.extend(&recording.residual_written);
    // A trace running an inner loop's trace writes what that one writes.
    for inner in &recording.inners {
        written.extend(&inner.written);
        counted.extend(&inner.counted);
    }
    written.sort_unstable();
    written.dedup();
    counted.sort_unstable();
    counted.dedup();
    written.retain(|&i| i < recording.homes.len() && is_frame_home(recording.homes[i]));
    (written, counted)
}

/// `(slot, module slot)` of the globals and `(slot, local index)` of the locals among the
/// `used` slots, for residual calls and statements to keep in step with the frame; the
/// locals sorted by local index (`residual::exec_python` looks a statement's up).
#[allow(clippy::type_complexity)]
fn frame_slots(used: &[usize], homes: &[SlotHome]) -> (Rc<[(u32, u32)]>, Rc<[(u32, u32)]>) {
    let (mut globals, mut locals) = (Vec::new(), Vec::new());
    for &slot in used {
        match homes.get(slot) {
            Some(SlotHome::Global(n)) => globals.push((slot as u32, *n)),
            Some(SlotHome::Local(n)) => locals.push((slot as u32, *n)),
            _ => {}
        }
    }
    locals.sort_unstable_by_key(|&(_, local)| local);
    (globals.into(), locals.into())
}

/// True for the homes the driver copies in and out (not trace-internal ones).
fn is_frame_home(home: SlotHome) -> bool {
    matches!(home, SlotHome::Local(_) | SlotHome::Global(_))
}

/// Where to resume after an outer trace left through an `InnerLoop` exit at `path`: the
/// inner trace's exit is the last of `chain` (each level's is noted there, innermost
/// first), and a `range` inner loop's bounds are in `slots` (its stop slot, as it wrote it).
fn inner_resume(
    path: BodyPath,
    inner: Option<&InnerLoop>,
    chain: &mut Vec<u32>,
    slots: &[Value],
) -> Option<InnerResume> {
    let inner = inner?;
    let exit = chain.pop()?;
    let range = match (inner.range_step, inner.range_stop_slot()) {
        (Some(step), Some(slot)) => match slots.get(slot) {
            Some(Value::Int(stop)) => Some(RangeHeader { stop: *stop, step }),
            _ => return None,
        },
        _ => None,
    };
    let (site, owner) = inner.site_of(exit, chain)?;
    let at = match (site.kind, &site.resume_at) {
        (ExitKind::InnerLoop, Some(deeper)) => {
            let deeper_inner = site.inner_loop.and_then(|i| owner.inners.get(i as usize)).map(|i| &**i);
            InnerAt::Inner(Box::new(inner_resume(deeper.clone(), deeper_inner, chain, slots)?))
        }
        (_, Some(stmt)) => InnerAt::Stmt(stmt.clone()),
        (_, None) => InnerAt::Header,
    };
    Some(InnerResume { path, range, at })
}

/// Peak resident set size from `/proc/self/status` (`VmHWM`), in kB.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
