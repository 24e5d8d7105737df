//! Shared helpers of the whole-program tests: running hyper and CPython on a program,
//! reading the expected outcome committed beside it, and comparing outcomes by the rules of
//! `shared/LANGUAGE.md` (stdout and exit code exactly; of stderr, the last line, and for
//! syntax errors the error type and line number).
//!
//! Invariant: an expected outcome is only ever what CPython printed (`tests/regen_expected.py`
//! writes the files); nothing here invents one.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// How hyper runs a program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `--no-jit`: the interpreter alone.
    Interp,
    /// The default settings.
    Default,
    /// `--jit-threshold 1`: compile every loop as early as possible.
    JitEager,
}

/// The modes every program runs in: each must print the same (JIT.md guarantee 1).
pub const MODES: &[Mode] = &[Mode::Interp, Mode::Default, Mode::JitEager];

impl Mode {
    pub fn args(self) -> &'static [&'static str] {
        match self {
            Mode::Interp => &["--no-jit"],
            Mode::Default => &[],
            Mode::JitEager => &["--jit-threshold", "1"],
        }
    }
}

/// What a program did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Outcome {
    /// The last non-empty line of stderr.
    pub fn last_stderr_line(&self) -> &str {
        self.stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
    }

    /// The line number of the last `File "…", line N` in stderr.
    pub fn error_line(&self) -> Option<u32> {
        self.stderr.lines().rev().find_map(|l| {
            let rest = l.trim_start().strip_prefix("File \"")?;
            let after = rest.split("\", line ").nth(1)?;
            after.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
        })
    }

    /// Text for snapshots: stdout, the last stderr line, and the exit code.
    pub fn render(&self) -> String {
        format!(
            "--- stdout\n{}--- stderr (last line)\n{}\n--- exit code\n{}\n",
            self.stdout,
            self.last_stderr_line(),
            self.code
        )
    }
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn hyper_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_hyper"))
}

/// Runs a command with a time limit, from the repository root.
fn run(mut cmd: Command, stdin: Option<&Path>, limit: Duration) -> Outcome {
    cmd.current_dir(repo_root()).stdout(Stdio::piped()).stderr(Stdio::piped());
    match stdin {
        Some(p) => match std::fs::File::open(p) {
            Ok(f) => {
                cmd.stdin(f);
            }
            Err(_) => {
                cmd.stdin(Stdio::null());
            }
        },
        None => {
            cmd.stdin(Stdio::null());
        }
    }
    let child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Outcome { stdout: String::new(), stderr: format!("spawn failed: {e}"), code: -1 },
    };
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(Ok(out)) => Outcome {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            code: out.status.code().unwrap_or(-1),
        },
        Ok(Err(e)) => Outcome { stdout: String::new(), stderr: format!("wait failed: {e}"), code: -1 },
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(id.to_string()).status();
            Outcome { stdout: String::new(), stderr: format!("timed out after {limit:?}"), code: -1 }
        }
    }
}

/// The program's path as passed on the command line: relative to the repository root, as
/// `tests/regen_expected.py` passes it to CPython (tracebacks show it).
pub fn rel(path: &Path) -> String {
    path.strip_prefix(repo_root()).unwrap_or(path).to_string_lossy().into_owned()
}

fn stdin_file(path: &Path) -> Option<PathBuf> {
    let p = path.with_extension("in");
    p.exists().then_some(p)
}

pub fn run_hyper(path: &Path, mode: Mode) -> Outcome {
    let mut cmd = Command::new(hyper_bin());
    cmd.arg("run").args(mode.args()).arg(rel(path));
    run(cmd, stdin_file(path).as_deref(), Duration::from_secs(60))
}

/// CPython's outcome, or `None` when no `python3` is on this machine.
pub fn run_cpython(path: &Path) -> Option<Outcome> {
    let mut cmd = Command::new("python3");
    cmd.arg("-X").arg("utf8").arg(rel(path)).env("PYTHONDONTWRITEBYTECODE", "1");
    let out = run(cmd, stdin_file(path).as_deref(), Duration::from_secs(60));
    if out.code == -1 && out.stderr.starts_with("spawn failed") {
        return None;
    }
    Some(out)
}

pub fn python3_available() -> bool {
    Command::new("python3")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The outcome committed beside a program: `NAME.out` (stdout) and, when CPython failed or
/// wrote to stderr, `NAME.err` (`exit: N`, `last: …`, and for syntax errors `line: N`).
pub struct Expected {
    pub stdout: String,
    pub code: i32,
    pub last_line: String,
    pub line: Option<u32>,
}

pub fn read_expected(path: &Path) -> Option<Expected> {
    let stdout = std::fs::read_to_string(path.with_extension("out")).ok()?;
    let mut e = Expected { stdout, code: 0, last_line: String::new(), line: None };
    if let Ok(err) = std::fs::read_to_string(path.with_extension("err")) {
        for l in err.lines() {
            if let Some(v) = l.strip_prefix("exit: ") {
                e.code = v.trim().parse().unwrap_or(1);
            } else if let Some(v) = l.strip_prefix("last: ") {
                e.last_line = v.to_string();
            } else if let Some(v) = l.strip_prefix("line: ") {
                e.line = v.trim().parse().ok();
            }
        }
    }
    Some(e)
}

fn is_syntax_error(line: &str) -> bool {
    line.starts_with("SyntaxError") || line.starts_with("IndentationError") || line.starts_with("TabError")
}

/// Compares hyper's outcome with an expected one; `Err` says what differs.
pub fn compare(
    got: &Outcome,
    want_stdout: &str,
    want_code: i32,
    want_last: &str,
    want_line: Option<u32>,
) -> Result<(), String> {
    let mut problems = Vec::new();
    if got.stdout != want_stdout {
        problems.push(format!("stdout differs:\n{}", diff(want_stdout, &got.stdout)));
    }
    if got.code != want_code {
        problems.push(format!("exit code: expected {want_code}, got {}", got.code));
    }
    let last = got.last_stderr_line();
    if is_syntax_error(want_last) {
        let kind = |l: &str| l.split(':').next().unwrap_or("").to_string();
        if kind(last) != kind(want_last) {
            problems.push(format!("stderr: expected a {} , got: {last}", kind(want_last)));
        }
        if let Some(line) = want_line {
            if got.error_line() != Some(line) {
                problems.push(format!("syntax error line: expected {line}, got {:?}", got.error_line()));
            }
        }
    } else if last != want_last {
        problems.push(format!("last stderr line:\n  expected: {want_last}\n  got:      {last}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// A short line diff: the first differing lines with context.
pub fn diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    let n = w.len().max(g.len());
    let mut shown = 0;
    for i in 0..n {
        let (a, b) = (w.get(i), g.get(i));
        if a != b {
            out.push_str(&format!(
                "  line {}:\n    expected: {}\n    got:      {}\n",
                i + 1,
                a.unwrap_or(&"<none>"),
                b.unwrap_or(&"<none>")
            ));
            shown += 1;
            if shown >= 3 {
                break;
            }
        }
    }
    if out.is_empty() && want != got {
        out.push_str("  (trailing newline differs)\n");
    }
    out
}

/// Every test program under `dir` (recursively), skipping helper modules (`_name.py`).
pub fn programs_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py")
                && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_'))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Runs `f` over `items` on two worker threads, collecting failures.
pub fn parallel_check<T: Sync>(items: &[T], f: impl Fn(&T) -> Result<(), String> + Sync) -> Vec<String> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 4);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                if let Err(e) = f(item) {
                    if let Ok(mut v) = failures.lock() {
                        v.push(e);
                    }
                }
            });
        }
    });
    let mut v = failures.into_inner().unwrap_or_default();
    v.sort();
    v
}
