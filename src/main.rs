//! The `hyper` command line: `hyper run script.py [args…]`, `hyper run -c code`.
//!
//! Invariant: only this file touches process exit codes and argv; the runtime returns an
//! exit code and never calls `process::exit` itself.

use clap::{Parser, Subcommand};
use runtime::{run_program, Program, RunOptions};

/// The interpreter runs on a thread with this much stack: deep Python recursion is bounded
/// by `sys.getrecursionlimit()` and by this, and is a `RecursionError`, never a crash.
const INTERPRETER_STACK: usize = 1 << 30;

#[derive(Parser)]
#[command(name = "hyper", version, about = "Runs a subset of Python 3, exactly as CPython 3.11 prints it, with a tracing JIT")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python script (or `-c CODE`).
    Run {
        /// Run the interpreter only (no JIT).
        #[arg(long)]
        no_jit: bool,
        /// Program passed in as a string.
        #[arg(short = 'c', value_name = "CODE", conflicts_with = "script")]
        code: Option<String>,
        /// The script to run.
        script: Option<String>,
        /// Arguments for the script (`sys.argv[1:]`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn main() {
    let cli = Cli::parse();
    let Some(Command::Run { no_jit, code, script, args }) = cli.command else {
        eprintln!("hyper: the REPL is not built yet; use `hyper run script.py`");
        std::process::exit(2);
    };
    let _ = no_jit;
    let (program, argv0) = match (code, script) {
        (Some(c), _) => (Program::Source { name: "<string>".into(), text: c }, "-c".to_string()),
        (None, Some(s)) => (Program::File(s.clone()), s),
        (None, None) => {
            eprintln!("hyper run: give a script or -c CODE");
            std::process::exit(2);
        }
    };
    let mut argv = vec![argv0];
    argv.extend(args);
    let opts = RunOptions { program, argv, stack_size: INTERPRETER_STACK };
    let handle = std::thread::Builder::new().stack_size(INTERPRETER_STACK).spawn(move || run_program(opts));
    let code = match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("hyper: cannot start the interpreter thread: {e}");
            70
        }
    };
    std::process::exit(code);
}
