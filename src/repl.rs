//! The interactive prompt: reads inputs at `>>> `/`... `, runs each in one persistent
//! `runtime::session::Session`, and prints errors the way CPython's REPL does.
//!
//! The parts, one concern each: `line_reader` (rustyline, history file), `continuation`
//! (when an input is complete), `completion` (Tab), `command` (`:help`, `:time`, …) and
//! `interrupt` (Ctrl-C while code runs).
//!
//! Invariant: an error in one input (syntax error, exception, Ctrl-C) never ends the
//! session; only end of input, `exit()`/`quit()`/`sys.exit()` or a line editor failure do.
//! Invariant: stdout is flushed before anything goes to stderr and before each prompt.

mod command;
mod completion;
mod continuation;
mod interrupt;
mod line_reader;

use continuation::InputState;
use line_reader::{LineReader, Read};
use runtime::session::{Outcome, Session};
use std::io::IsTerminal;
use std::rc::Rc;

/// The file name tracebacks and syntax errors show for interactive input, as CPython's.
const INPUT_NAME: &str = "<stdin>";
const PROMPT: &str = ">>> ";
const CONTINUATION_PROMPT: &str = "... ";

pub struct ReplOptions {
    /// The `-i` script, run before the first prompt.
    pub script: Option<String>,
    /// `sys.argv`: `[""]`, or the script and its arguments.
    pub argv: Vec<String>,
    /// Bytes of stack the interpreter may use (the calling thread must have them).
    pub stack_size: usize,
    /// The JIT's parameters; `None` starts with the JIT off (`:jit on` starts it).
    pub jit: Option<jit::JitParams>,
}

/// The JIT as the interpreter's hooks.
fn new_jit(params: jit::JitParams) -> Box<dyn runtime::interp::ExecHooks> {
    Box::new(jit::Jit::new(params))
}

/// What the loop does after an input.
enum Next {
    Continue,
    Exit(i32),
}

/// Runs the REPL until the user leaves; returns the process exit code.
pub fn run(opts: ReplOptions) -> i32 {
    let session = match &opts.script {
        Some(path) => match read_script(path) {
            Ok(text) => Session::with_script(opts.stack_size, opts.argv.clone(), path, text),
            Err(status) => return status,
        },
        None => Session::new(opts.stack_size, opts.argv.clone()),
    };
    let session = Rc::new(session);
    *session.interp.hooks.borrow_mut() = opts.jit.clone().map(new_jit);
    if std::io::stdout().is_terminal() {
        session.unbuffer_stdout();
    }
    interrupt::install(&session.interp.interrupt);
    if opts.script.is_some() {
        session.interp.interrupt.store(false, std::sync::atomic::Ordering::Relaxed);
        if let Outcome::Error { text, .. } = session.run_script() {
            eprint!("{text}");
        }
    } else {
        eprintln!("hyper {} (Python 3.11 subset) — type :help for help", env!("CARGO_PKG_VERSION"));
    }
    let mut reader = match LineReader::new(session.clone()) {
        Ok(reader) => reader,
        Err(e) => {
            eprintln!("hyper: cannot start the line editor: {e}");
            return 1;
        }
    };
    let status = read_eval_print(&session, &mut reader);
    reader.save_history();
    status
}

/// A program piped on stdin: runs as a script named `<stdin>`; returns the exit code.
pub fn run_piped(text: String, stack_size: usize, jit: Option<jit::JitParams>) -> i32 {
    let session = Session::new(stack_size, vec![String::new()]);
    *session.interp.hooks.borrow_mut() = jit.map(new_jit);
    interrupt::install(&session.interp.interrupt);
    match session.run_program_text(&text, INPUT_NAME) {
        Outcome::Done => 0,
        Outcome::Error { text, status } => {
            eprint!("{text}");
            status
        }
        Outcome::Exit(code) => code,
    }
}

fn read_eval_print(session: &Session, reader: &mut LineReader) -> i32 {
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { PROMPT } else { CONTINUATION_PROMPT };
        session.interp.flush_stdout();
        let text = match reader.read_line(prompt) {
            Read::Line(text) => text,
            Read::Interrupted => {
                eprintln!("KeyboardInterrupt");
                buffer.clear();
                continue;
            }
            Read::Eof => return 0,
            Read::Failed(e) => {
                eprintln!("hyper: cannot read input: {e}");
                return 1;
            }
        };
        // A paste may bring several lines at once; they count as typed one by one.
        for line in text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)) {
            reader.add_history(line);
            if let Next::Exit(code) = accept_line(session, &mut buffer, line) {
                return code;
            }
        }
    }
}

/// Adds one line to the pending input and runs the input once it is complete.
fn accept_line(session: &Session, buffer: &mut String, line: &str) -> Next {
    if buffer.is_empty() {
        if line.trim().is_empty() {
            return Next::Continue;
        }
        if let Some(cmd) = command::parse(line) {
            return command::run(cmd, session);
        }
    }
    buffer.push_str(line);
    buffer.push('\n');
    match continuation::classify(buffer) {
        InputState::Incomplete => Next::Continue,
        InputState::Invalid(text) => {
            buffer.clear();
            eprint!("{text}");
            Next::Continue
        }
        InputState::Complete => {
            let input = std::mem::take(buffer);
            execute(session, &input)
        }
    }
}

/// Runs one complete input with Ctrl-C armed, and reports its outcome.
fn execute(session: &Session, input: &str) -> Next {
    session.interp.interrupt.store(false, std::sync::atomic::Ordering::Relaxed);
    match session.run_input(input, INPUT_NAME) {
        Outcome::Done => Next::Continue,
        Outcome::Error { text, .. } => {
            eprint!("{text}");
            Next::Continue
        }
        Outcome::Exit(code) => Next::Exit(code),
    }
}

/// The text of the `-i` script, or the exit status after CPython's message for a file that
/// cannot be read.
fn read_script(path: &str) -> Result<String, i32> {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
            eprintln!("SyntaxError: Non-UTF-8 code starting in file {path}");
            1
        }),
        Err(e) => {
            let reason = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                _ => e.to_string(),
            };
            eprintln!("hyper: can't open file '{path}': [Errno {}] {reason}", e.raw_os_error().unwrap_or(2));
            Err(2)
        }
    }
}
