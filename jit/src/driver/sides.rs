//! Side traces: when one exit of a loop's trace is taken often (a branch that goes both
//! ways, a variable that changed type in the middle of the body), the rest of the
//! iteration from that exit's statement is recorded as a side trace (`recorder::record_side`;
//! for an exit at the header, such as a list element of another type, the whole iteration:
//! `recorder::record_side_from_header`)
//! and the loop's trace is compiled again with that exit running it (`codegen::SideLink`):
//! when the side trace completes the iteration, the loop's next iteration starts in
//! compiled code instead of in the interpreter. LuaJIT patches the exit's branch to jump
//! to the side trace; here the parent's optimized IR is kept and compiled once more (a
//! few hundred microseconds), so the parent and its side traces stay separate functions.
//!
//! Invariant: a side trace starts from the slots as its parent's exit wrote them and ends
//!   with an `exit` that writes what it assigned, so the slots then hold the completed
//!   iteration, which is all the parent's next iteration reads.
//! Invariant: side traces have no side traces; an exit of one counts as a guard exit of
//!   its parent (enough of them and the loop is recorded again, without sides).

use super::*;

/// Exits of one site taken before a side trace is recorded for it.
const SIDE_AFTER: u64 = 8;
/// Side traces one trace may have.
const MAX_SIDES: usize = 4;

impl Jit {
    /// Called after the exit at `site` (a guard, resuming at a statement or the header) was taken and the
    /// frame written: records a side trace from there when that exit is hot, and compiles
    /// the loop's trace again with it.
    pub(super) fn try_side_trace(
        &self,
        f: &mut Frame,
        stmt: &Stmt,
        range: Option<RangeHeader>,
        state: &mut State,
        key: (usize, u32),
        site: usize,
    ) {
        let Some(trace) = state.loops.get(&key).and_then(|ls| ls.trace.as_ref()) else { return };
        let run = trace.run.clone();
        let hot = trace.exit_counts.get(site).is_some_and(|&n| n >= SIDE_AFTER);
        if !hot || trace.sides_tried.contains(&site) || run.side_links.len() >= MAX_SIDES {
            return;
        }
        let Some(exit) = run.exits.get(site) else { return };
        // `None`: the exit resumes at the loop header; its side trace is the whole iteration.
        let from = exit.resume_at.clone();
        let exit_line = exit.line;
        if let Some(trace) = state.loops.get_mut(&key).and_then(|ls| ls.trace.as_mut()) {
            trace.sides_tried.push(site);
        }
        let start = Instant::now();
        let code = f.code.clone();
        // The code's numbering now: a superset of the parent's (it is only extended).
        let mut input = loop_input(state, f, &code, stmt, range, key);
        // A side trace is no loop: a range guard would only cost.
        input.range_guards = false;
        let recorded = match &from {
            Some(from) => recorder::record_side(&input, from),
            None => recorder::record_side_from_header(&input),
        };
        let mut recording = match recorded {
            Ok(r) => r,
            Err(abort) => {
                self.log(&code, exit_line, &format!("side trace aborted: {} (line {})", abort.reason, abort.line));
                return;
            }
        };
        let mut trace = std::mem::take(&mut recording.trace);
        optimize(&mut trace, &mut recording.stats);
        self.dump_ir(&code, exit_line, "side trace", &trace);
        let verified = match verify(trace) {
            Ok(v) => v,
            Err(e) => {
                self.log(&code, exit_line, &format!("side trace aborted: internal: it does not verify: {e}"));
                return;
            }
        };
        let Some(backend) = state.backend.as_mut() else { return };
        let shared = global_slots(&recording.homes);
        let side = match backend.compile_with_sides(&verified, &[], &shared) {
            Ok(c) => c,
            Err(e) => {
                self.log(&code, exit_line, &format!("side trace aborted: {e}"));
                return;
            }
        };
        // The parent again, with every side trace (this one last) on the exits of its site.
        let k = run.side_links.iter().map(|l| l.exit).collect::<std::collections::BTreeSet<_>>().len() as u32;
        let side_base = run.compiled.n_exits() as u32;
        let interrupt = run.compiled.interrupt_exit().as_u32();
        let mut links = run.side_links.clone();
        // A side trace ending at a `break` never completes the iteration.
        let completes = recording.exits.last().is_some_and(|end| end.kind == ExitKind::IterationDone);
        let done = if completes { side.interrupt_exit().as_u32() } else { u32::MAX };
        for (snap, info) in run.verified.trace().snapshots.iter() {
            if info.resume as usize == site {
                links.push(SideLink { snap, entry: side.entry_addr(), done, exit: side_base + k, interrupt });
            }
        }
        let compiled = match backend.compile_with_sides(&run.verified, &links, &shared) {
            Ok(c) => c,
            Err(e) => {
                self.log(&code, exit_line, &format!("side trace aborted: recompiling the loop: {e}"));
                return;
            }
        };
        let elapsed = start.elapsed();
        state.stats.side_traces += 1;
        state.stats.compile_time += elapsed;
        state.stats.code_bytes = backend.code_bytes();
        self.log(
            &code,
            exit_line,
            &format!(
                "side trace compiled ({} ops, {} guards, {} bytes, {} µs) for the exit at this line; loop at line {} recompiled",
                verified.trace().insts.len(),
                verified.trace().n_guards(),
                side.code_bytes(),
                elapsed.as_micros(),
                stmt.line,
            ),
        );
        state.layouts.insert(key.0, recording.homes.clone());
        let (side_written, side_counted) = slot_sets(&verified, &recording);
        let union = |a: &[usize], b: &[usize]| {
            let mut u: Vec<usize> = a.iter().chain(b).copied().collect();
            u.sort_unstable();
            u.dedup();
            u
        };
        let written = union(&run.written, &side_written);
        let counted = union(&run.counted, &side_counted);
        let used = union(&run.as_inner.used, &recording.used);
        let side_inner = Rc::new(InnerLoop {
            key,
            line: stmt.line,
            entry: side.entry_addr(),
            homes: recording.homes.clone(),
            used: recording.used.clone(),
            written: side_written,
            counted: side_counted,
            loop_end_exits: Vec::new(),
            exit_sites: exit_sites(&side),
            exits: recording.exits,
            range_step: run.range_step,
            inners: recording.inners,
            inline_depth: recording.inline_depth,
            keep_alive: Rc::new(recording.keep_alive),
            sides: Vec::new(),
            side_base: u32::MAX,
        });
        let parent = &run.as_inner;
        let mut sides = parent.sides.clone();
        sides.push(side_inner);
        let as_inner = Rc::new(InnerLoop {
            key,
            line: parent.line,
            entry: compiled.entry_addr(),
            homes: recording.homes.clone(),
            used: used.clone(),
            written: written.clone(),
            counted: counted.clone(),
            loop_end_exits: parent.loop_end_exits.clone(),
            exit_sites: exit_sites(&compiled),
            exits: parent.exits.clone(),
            range_step: parent.range_step,
            inners: parent.inners.clone(),
            inline_depth: parent.inline_depth.max(recording.inline_depth),
            keep_alive: parent.keep_alive.clone(),
            sides,
            side_base,
        });
        let (globals, locals) = frame_slots(&used, &recording.homes);
        let new_run = TraceRun {
            compiled,
            homes: recording.homes,
            written,
            counted,
            exits: run.exits.clone(),
            range_step: run.range_step,
            as_inner,
            globals,
            locals,
            verified: run.verified.clone(),
            side_links: links,
        };
        if let Some(trace) = state.loops.get_mut(&key).and_then(|ls| ls.trace.as_mut()) {
            trace.run = Rc::new(new_run);
            trace.guard_exits = 0;
        }
    }
}

/// For each exit number of `compiled`, the index of its site (`u32::MAX` for none).
pub(super) fn exit_sites(compiled: &CompiledTrace) -> Vec<u32> {
    (0..compiled.n_exits())
        .map(|id| compiled.exit(ExitId::from_u32(id as u32)).map_or(u32::MAX, |info| info.resume))
        .collect()
}
