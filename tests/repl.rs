//! The REPL driven through a pseudo-terminal, as a person types: echo and `_`, blocks,
//! error recovery, Ctrl-C, history across sessions, completion, meta-commands, `-i`,
//! leaving; plus a program piped on stdin, compared with CPython.
//!
//! Invariant: every test waits for the prompt before typing (input typed ahead would reach
//! the line editor through the terminal's cooked mode), and every wait has a timeout, so a
//! broken REPL fails a test instead of hanging it.

use rexpect::process::wait::WaitStatus;
use rexpect::session::{spawn_with_options, Options, PtySession};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const TIMEOUT_MS: u64 = 20_000;
const PROMPT: &str = ">>> ";
const CONTINUATION: &str = "... ";
const UP_ARROW: &str = "\x1b[A";

/// A scratch directory that is removed when dropped; it serves as `HOME` and
/// `XDG_DATA_HOME`, so the history file of one test never meets another's.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("hyper-repl-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One REPL process on a pseudo-terminal.
struct Repl {
    pty: PtySession,
}

impl Repl {
    fn spawn(home: &Path, args: &[&str]) -> Repl {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hyper"));
        cmd.args(args).env("HOME", home).env("XDG_DATA_HOME", home.join("data")).env("TERM", "xterm").current_dir(home);
        let options = Options { timeout_ms: Some(TIMEOUT_MS), strip_ansi_escape_codes: true };
        let pty = spawn_with_options(cmd, options).expect("spawn hyper on a pty");
        Repl { pty }
    }

    /// Waits for `needle`; returns everything before it.
    fn expect(&mut self, needle: &str) -> String {
        match self.pty.exp_string(needle) {
            Ok(before) => before,
            Err(e) => panic!("waiting for {needle:?}: {e}"),
        }
    }

    fn prompt(&mut self) -> String {
        self.expect(PROMPT)
    }

    /// Types `line` and Enter (a carriage return, as a terminal sends it).
    fn type_line(&mut self, line: &str) {
        self.pty.send(line).expect("send");
        self.pty.send("\r").expect("send");
        self.pty.flush().expect("flush");
    }

    fn control(&mut self, c: char) {
        self.pty.send_control(c).expect("send control");
    }

    /// Waits for the process to end and returns its exit code.
    fn exit_code(mut self) -> i32 {
        let _ = self.pty.exp_eof();
        match self.pty.process().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("hyper did not exit normally: {other:?}"),
        }
    }
}

#[test]
fn expression_values_echo_and_bind_underscore() {
    let scratch = Scratch::new("echo");
    let mut repl = Repl::spawn(&scratch.0, &[]);
    repl.prompt();
    repl.type_line("6 * 7");
    repl.expect("42\r\n");
    repl.prompt();
    repl.type_line("_ + 1");
    repl.expect("43\r\n");
    repl.prompt();
    // `None` is not echoed and leaves `_` alone; only expression statements echo.
    repl.type_line("None; x = 'quiet'");
    repl.prompt();
    repl.type_line("print('one'); 'two'; [_]");
    repl.expect("one\r\n'two'\r\n['two']\r\n");
    repl.prompt();
    repl.type_line("exit");
    repl.expect("Use exit() or Ctrl-D (i.e. EOF) to exit\r\n");
    repl.prompt();
    repl.type_line("exit()");
    assert_eq!(repl.exit_code(), 0);
}

#[test]
fn multi_line_definitions_need_a_blank_line() {
    let scratch = Scratch::new("block");
    let mut repl = Repl::spawn(&scratch.0, &[]);
    repl.prompt();
    repl.type_line("def double(x):");
    repl.expect(CONTINUATION);
    repl.type_line("    return 2 * x");
    repl.expect(CONTINUATION);
    repl.type_line("");
    repl.prompt();
    repl.type_line("for i in range(2): double(i + 20)");
    repl.expect(CONTINUATION);
    repl.type_line("");
    repl.expect("40\r\n42\r\n");
    repl.prompt();
    repl.control('d');
    assert_eq!(repl.exit_code(), 0);
}

#[test]
fn an_exception_keeps_earlier_definitions() {
    let scratch = Scratch::new("error");
    let mut repl = Repl::spawn(&scratch.0, &[]);
    repl.prompt();
    repl.type_line("def boom(): return 1 / 0");
    repl.expect(CONTINUATION);
    repl.type_line("");
    repl.prompt();
    repl.type_line("kept = 5");
    repl.prompt();
    repl.type_line("boom()");
    let traceback = repl.expect("ZeroDivisionError: division by zero\r\n");
    assert!(traceback.contains("Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n  File \"<stdin>\", line 1, in boom\r\n"), "{traceback}");
    repl.prompt();
    repl.type_line("kept * 2, boom.__name__");
    repl.expect("(10, 'boom')\r\n");
    repl.prompt();
}

#[test]
fn a_syntax_error_shows_its_caret_and_carries_on() {
    let scratch = Scratch::new("syntax");
    let mut repl = Repl::spawn(&scratch.0, &[]);
    repl.prompt();
    repl.type_line("y = 3");
    repl.prompt();
    repl.type_line("y +* 2");
    let error = repl.expect("SyntaxError: invalid syntax\r\n");
    assert!(error.contains("  File \"<stdin>\", line 1\r\n    y +* 2\r\n"), "{error}");
    assert!(error.contains('^'), "{error}");
    repl.prompt();
    repl.type_line("y * 3");
    repl.expect("9\r\n");
    repl.prompt();
}

#[test]
fn ctrl_c_interrupts_running_code_and_cancels_input() {
    let scratch = Scratch::new("interrupt");
    let mut repl = Repl::spawn(&scratch.0, &[]);
    repl.prompt();
    repl.type_line("print('spinning', flush=True)");
    repl.expect("spinning\r\n");
    repl.prompt();
    repl.type_line("n = 0");
    repl.prompt();
    repl.type_line("while True:");
    repl.expect(CONTINUATION);
    repl.type_line("    n += 1");
    repl.expect(CONTINUATION);
    // The flushed print tells the loop has started, so Ctrl-C arrives as a signal.
    repl.type_line("    if n == 1: print('started', flush=True)");
    repl.expect(CONTINUATION);
    repl.type_line("");
    repl.expect("started\r\n");
    repl.control('c');
    let traceback = repl.expect("KeyboardInterrupt\r\n");
    assert!(traceback.contains("Traceback (most recent call last):"), "{traceback}");
    repl.prompt();
    repl.type_line("n > 0");
    repl.expect("True\r\n");
    repl.prompt();
    // Ctrl-C at a continuation prompt drops the pending input.
    repl.type_line("if True:");
    repl.expect(CONTINUATION);
    repl.control('c');
    repl.expect("KeyboardInterrupt\r\n");
    repl.prompt();
    repl.type_line("'after'");
    repl.expect("'after'\r\n");
    repl.prompt();
}

#[test]
fn ctrl_c_stops_a_compiled_loop() {
    let scratch = Scratch::new("interrupt-jit");
    let mut repl = Repl::spawn(&scratch.0, &[]);
    repl.prompt();
    repl.type_line("def spin():");
    repl.expect(CONTINUATION);
    repl.type_line("    n = 0");
    repl.expect(CONTINUATION);
    repl.type_line("    while True:");
    repl.expect(CONTINUATION);
    repl.type_line("        n += 1");
    repl.expect(CONTINUATION);
    repl.type_line("");
    repl.prompt();
    repl.type_line("print('started', flush=True); spin()");
    repl.expect("started\r\n");
    // A loop of one addition is hot after a few hundred iterations: well within this wait.
    std::thread::sleep(std::time::Duration::from_millis(300));
    repl.control('c');
    let traceback = repl.expect("KeyboardInterrupt\r\n");
    assert!(traceback.contains("in spin"), "{traceback}");
    repl.prompt();
    repl.type_line(":stats");
    let stats = repl.expect("peak RSS");
    assert!(stats.contains("compiled 1"), "the loop was not compiled: {stats}");
    repl.prompt();
    repl.type_line("'still here'");
    repl.expect("'still here'\r\n");
    repl.prompt();
}

#[test]
fn history_is_recalled_in_a_new_session() {
    let scratch = Scratch::new("history");
    let mut first = Repl::spawn(&scratch.0, &[]);
    first.prompt();
    first.type_line("print('recalled', 40 + 2)");
    first.expect("recalled 42\r\n");
    first.prompt();
    first.control('d');
    assert_eq!(first.exit_code(), 0);
    assert!(scratch.0.join("data/hyper/history").is_file());

    let mut second = Repl::spawn(&scratch.0, &[]);
    second.prompt();
    second.pty.send(UP_ARROW).expect("send");
    second.type_line("");
    second.expect("recalled 42\r\n");
    second.prompt();
}

#[test]
fn tab_completes_names_and_attributes() {
    let scratch = Scratch::new("complete");
    let mut repl = Repl::spawn(&scratch.0, &[]);
    repl.prompt();
    repl.type_line("class Box:");
    repl.expect(CONTINUATION);
    repl.type_line("    contents_count = 17");
    repl.expect(CONTINUATION);
    repl.type_line("");
    repl.prompt();
    repl.pty.send("Box.conte\t").expect("send");
    repl.type_line("");
    repl.expect("17\r\n");
    repl.prompt();
    repl.pty.send("pri\t").expect("send");
    repl.type_line("'completed')");
    repl.expect("completed\r\n");
    repl.prompt();
}

#[test]
fn meta_commands_answer() {
    let scratch = Scratch::new("commands");
    let mut repl = Repl::spawn(&scratch.0, &[]);
    repl.prompt();
    repl.type_line(":time total = sum(range(1000))");
    repl.expect("without the JIT: ");
    repl.expect("with the JIT: ");
    repl.prompt();
    repl.type_line("total");
    repl.expect("499500\r\n");
    repl.prompt();
    repl.type_line(":jit off");
    repl.expect("JIT off");
    repl.prompt();
    repl.type_line(":jit on");
    repl.expect("JIT on");
    repl.prompt();
    repl.type_line(":help");
    repl.expect(":stats");
    repl.prompt();
}

#[test]
fn dash_i_runs_the_script_then_the_repl_in_its_globals() {
    let scratch = Scratch::new("inspect");
    let script = scratch.0.join("prog.py");
    std::fs::write(&script, "def triple(x):\n    return 3 * x\nbase = 14\nprint('script ran')\n1 / 0\n")
        .expect("write");
    let script_arg = script.to_string_lossy().into_owned();
    let mut repl = Repl::spawn(&scratch.0, &["-i", &script_arg]);
    repl.expect("script ran\r\n");
    let traceback = repl.expect("ZeroDivisionError: division by zero\r\n");
    assert!(traceback.contains("line 5, in <module>\r\n    1 / 0\r\n"), "{traceback}");
    repl.prompt();
    repl.type_line("triple(base), __name__");
    repl.expect("(42, '__main__')\r\n");
    repl.prompt();
    repl.type_line("import sys; sys.exit(3)");
    assert_eq!(repl.exit_code(), 3);
}

#[test]
fn ctrl_d_leaves_with_status_zero() {
    let scratch = Scratch::new("eof");
    let mut repl = Repl::spawn(&scratch.0, &[]);
    repl.prompt();
    repl.control('d');
    assert_eq!(repl.exit_code(), 0);
}

#[test]
fn piped_stdin_runs_as_a_script_like_python3() {
    let program = "def f(n):\n    return 10 // n\nprint('no prompt')\n1 + 1\nprint(f(5))\nf(0)\n";
    let run = |program_name: &str, args: &[&str]| {
        let mut child = Command::new(program_name)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        if let Some(mut stdin) = child.stdin.take() {
            std::io::Write::write_all(&mut stdin, program.as_bytes()).expect("write stdin");
        }
        child.wait_with_output().expect("wait")
    };
    let hyper = run(env!("CARGO_BIN_EXE_hyper"), &[]);
    let expected_stdout = "no prompt\n2\n";
    let expected_stderr = "Traceback (most recent call last):\n  File \"<stdin>\", line 6, in <module>\n  File \"<stdin>\", line 2, in f\nZeroDivisionError: integer division or modulo by zero\n";
    assert_eq!(String::from_utf8_lossy(&hyper.stdout), expected_stdout);
    assert_eq!(String::from_utf8_lossy(&hyper.stderr), expected_stderr);
    assert_eq!(hyper.status.code(), Some(1));
    // CPython is the oracle where it is installed.
    if Command::new("python3").arg("--version").output().is_ok_and(|o| o.status.success()) {
        let python = run("python3", &[]);
        assert_eq!(hyper.stdout, python.stdout);
        assert_eq!(hyper.stderr, python.stderr);
        assert_eq!(hyper.status.code(), python.status.code());
    }
}
