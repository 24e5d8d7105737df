//! Recorder tests: every `record/*.py` program runs in the interpreter with a test hook that
//! records each loop at its first header; the snapshot holds, per loop, the recorded IR, the
//! IR after the optimizer and the slot homes and exit sites, or the abort reason.
//! Tests go through whole programs (never hand-built trees), as the conformance suite does.

use jit::opt::{optimize, OptStats};
use jit::recorder::{record, LoopInput};
use jit::verify::verify;
use runtime::code::{Stmt, StmtKind};
use runtime::interp::{ExecHooks, Frame, LoopHeader, RangeHeader};
use runtime::{run_program, Interp, Program, RunOptions};
use std::cell::RefCell;
use std::rc::Rc;

/// Records every loop once, at its first header, and writes what happened into `out`.
struct RecordOnce {
    out: Rc<RefCell<String>>,
    /// Range guards on small ints (`LoopInput::range_guards`): on only for
    /// `record/range_guards*.py`, so the other snapshots show the traces without them.
    range_guards: bool,
}

impl ExecHooks for RecordOnce {
    fn loop_header(&self, _interp: &Interp, f: &mut Frame, stmt: &Stmt, range: Option<RangeHeader>) -> LoopHeader {
        let loop_id = match &stmt.kind {
            StmtKind::While { loop_id, .. } | StmtKind::For { loop_id, .. } => loop_id.0 as usize,
            _ => return LoopHeader::Interpret,
        };
        if let Some(counter) = f.code.loop_counters.get(loop_id) {
            counter.set(u32::MAX);
        }
        let input = LoopInput {
            code: &f.code,
            stmt,
            locals: &f.locals,
            module: &f.module,
            range,
            inner_loops: Vec::new(),
            layout: Vec::new(),
            loop_id: loop_id as u32,
            range_guards: self.range_guards,
        };
        let mut out = self.out.borrow_mut();
        out.push_str(&format!("=== loop at line {}\n", stmt.line));
        match record(&input) {
            Err(abort) => out.push_str(&format!("aborted at line {}: {}\n", abort.line, abort.reason)),
            Ok(rec) => {
                let homes: Vec<String> = rec.homes.iter().enumerate().map(|(i, h)| format!("s{i}={h:?}")).collect();
                out.push_str(&format!("slots: {}\n", homes.join(", ")));
                for (i, site) in rec.exits.iter().enumerate() {
                    let resume = match &site.resume_at {
                        Some(path) => format!(" resume {:?}", &*path.0),
                        None => String::new(),
                    };
                    out.push_str(&format!("exit {i}: line {} {:?}: {}{resume}\n", site.line, site.kind, site.what));
                }
                let mut trace = rec.trace;
                out.push_str(&format!("--- recorded\n{trace}"));
                if let Err(e) = verify(trace.clone()) {
                    out.push_str(&format!("DOES NOT VERIFY: {e}\n"));
                }
                optimize(&mut trace, &mut OptStats::default());
                out.push_str(&format!("--- optimized\n{trace}"));
                if let Err(e) = verify(trace) {
                    out.push_str(&format!("DOES NOT VERIFY: {e}\n"));
                }
            }
        }
        LoopHeader::Interpret
    }
}

fn check(path: &std::path::Path) -> String {
    let out = Rc::new(RefCell::new(String::new()));
    let range_guards = path.file_name().is_some_and(|name| name.to_string_lossy().starts_with("range_guards"));
    let hooks = RecordOnce { out: out.clone(), range_guards };
    let opts = RunOptions {
        program: Program::File(path.to_string_lossy().into_owned()),
        argv: vec![path.to_string_lossy().into_owned()],
        stack_size: 512 << 10,
        hooks: Some(Box::new(hooks)),
        on_interrupt_flag: None,
    };
    let code = run_program(opts);
    let text = out.borrow().clone();
    assert_eq!(code, 0, "{} failed", path.display());
    hide_addresses(&text)
}

/// Shapes, modules and functions are trace constants by address, which differs from run
/// to run: operands of 11 to 15 digits (user-space addresses, not 2**53) print as
/// `<address>` (`const_int <address>`, `attr_items %3, <address>`).
fn hide_addresses(text: &str) -> String {
    let is_address = |word: &str| (11..=15).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    text.lines()
        .map(|line| {
            let words: Vec<String> = line
                .split(' ')
                .map(|word| {
                    let bare = word.trim_end_matches(',');
                    if is_address(bare) {
                        format!("<address>{}", &word[bare.len()..])
                    } else {
                        word.to_string()
                    }
                })
                .collect();
            format!("{}\n", words.join(" "))
        })
        .collect()
}

#[test]
fn recordings() {
    insta::glob!("record/*.py", |path| {
        let text = check(path);
        assert!(!text.contains("DOES NOT VERIFY"), "{text}");
        insta::assert_snapshot!(text);
    });
}
