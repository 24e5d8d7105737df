//! The `hyper` command line: `hyper run script.py [args…]`, `hyper run -c code`, and the
//! REPL (`hyper`, `hyper repl`, `hyper -i script.py`), or a program piped on stdin.
//!
//! Invariant: only this file touches process exit codes and argv; the runtime and the REPL
//! return an exit code and never call `process::exit` themselves.
//! Invariant: all interpreter work, the REPL loop included, runs on one thread with
//! `INTERPRETER_STACK` bytes of stack.

mod repl;

use clap::{Parser, Subcommand};
use runtime::{run_program, Program, RunOptions};
use std::io::IsTerminal;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// The interpreter runs on a thread with this much stack: deep Python recursion is bounded
/// by `sys.getrecursionlimit()` and by this, and is a `RecursionError`, never a crash.
const INTERPRETER_STACK: usize = 1 << 30;

#[derive(Parser)]
#[command(
    name = "hyper",
    version,
    about = "Runs a subset of Python 3, exactly as CPython 3.11 prints it, with a tracing JIT",
    long_about = "Runs a subset of Python 3, exactly as CPython 3.11 prints it, with a tracing JIT.\n\n\
                  With no command, opens the interactive prompt (or, when stdin is not a terminal, \
                  runs the program read from stdin, as `python3 < file` does).",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    /// Run SCRIPT, then open the REPL in its globals (as `python3 -i`).
    #[arg(short = 'i', value_name = "SCRIPT")]
    inspect: Option<String>,
    /// Arguments for the `-i` script (`sys.argv[1:]`).
    #[arg(requires = "inspect", trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
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
        /// Loop-header visits before a loop is compiled (1: as early as possible).
        #[arg(long, value_name = "N")]
        jit_threshold: Option<u32>,
        /// Log each JIT event (loops recorded, compiled, aborted, exits, blacklisted;
        /// functions compiled or refused) on stderr; also `HYPER_JIT_LOG=1`.
        #[arg(long)]
        jit_log: bool,
        /// Print what the JIT cost at exit (loops and functions compiled, exits, compile time,
        /// code bytes, peak RSS) on stderr.
        #[arg(long)]
        stats: bool,
        /// Machine code kept before the JIT flushes all traces and recompiles what is hot.
        #[arg(long, value_name = "BYTES")]
        jit_max_code: Option<usize>,
        /// Program passed in as a string.
        #[arg(short = 'c', value_name = "CODE", conflicts_with = "script")]
        code: Option<String>,
        /// The script to run.
        script: Option<String>,
        /// Arguments for the script (`sys.argv[1:]`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Open the interactive prompt (the same as `hyper` with no command).
    Repl {
        /// Run the interpreter only (`:jit on` switches the JIT on later).
        #[arg(long)]
        no_jit: bool,
        /// Run SCRIPT first, then open the REPL in its globals (as `python3 -i`).
        #[arg(short = 'i', value_name = "SCRIPT")]
        inspect: Option<String>,
        /// Arguments for the `-i` script (`sys.argv[1:]`).
        #[arg(requires = "inspect", trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

/// What the process was asked to do, decided before the interpreter thread starts.
enum Job {
    /// A script and its `sys.argv`, with the JIT's parameters unless `--no-jit` (the JIT
    /// itself is made on the interpreter thread: it is not `Send`).
    Run(Program, Vec<String>, Option<jit::JitParams>),
    Repl(repl::ReplOptions),
    /// A program piped on stdin, run as a script named `<stdin>`, with the JIT.
    Stdin(String),
}

fn main() {
    let cli = Cli::parse();
    let job = match cli.command {
        Some(Command::Run { no_jit, jit_threshold, jit_log, stats, jit_max_code, code, script, args }) => {
            let jit = (!no_jit).then(|| {
                let mut params = jit::JitParams::default();
                if let Some(n) = jit_threshold {
                    params.hot_loop = n.max(1);
                }
                if let Some(bytes) = jit_max_code {
                    params.max_code = bytes;
                }
                params.log = jit_log || std::env::var("HYPER_JIT_LOG").is_ok_and(|v| v == "1");
                params.stats = stats;
                params
            });
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
            Job::Run(program, argv, jit)
        }
        Some(Command::Repl { no_jit, inspect, args }) => interactive_job(inspect, args, !no_jit),
        None => interactive_job(cli.inspect, cli.args, true),
    };
    let handle = std::thread::Builder::new().stack_size(INTERPRETER_STACK).spawn(move || match job {
        Job::Run(program, argv, jit) => {
            let hooks = jit.map(|params| Box::new(jit::Jit::new(params)) as Box<dyn runtime::interp::ExecHooks>);
            let on_interrupt_flag = Some(route_sigint as fn(&Arc<AtomicBool>));
            run_program(RunOptions { program, argv, stack_size: INTERPRETER_STACK, hooks, on_interrupt_flag })
        }
        Job::Repl(opts) => repl::run(opts),
        Job::Stdin(text) => repl::run_piped(text, INTERPRETER_STACK, Some(jit::JitParams::default())),
    });
    let code = match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("hyper: cannot start the interpreter thread: {e}");
            70
        }
    };
    if code == KEYBOARD_INTERRUPT_STATUS {
        // As CPython: after the KeyboardInterrupt traceback, end by SIGINT's default action,
        // so a calling shell sees that the program was interrupted.
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    }
    std::process::exit(code);
}

/// The status `run_program` returns after an uncaught `KeyboardInterrupt`.
const KEYBOARD_INTERRUPT_STATUS: i32 = 130;

/// Routes SIGINT to the interpreter's interrupt flag, which loops (compiled ones too) and
/// calls poll and turn into `KeyboardInterrupt`.
fn route_sigint(flag: &Arc<AtomicBool>) {
    if let Err(e) = signal_hook::flag::register(signal_hook::consts::SIGINT, flag.clone()) {
        eprintln!("hyper: cannot catch Ctrl-C ({e}); it will end the process");
    }
}

/// The REPL, unless stdin is not a terminal and no `-i` script asks for one: then the
/// program on stdin runs as a script, as `python3 < file` does.
fn interactive_job(inspect: Option<String>, args: Vec<String>, with_jit: bool) -> Job {
    if inspect.is_none() && !std::io::stdin().is_terminal() {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
            eprintln!("hyper: cannot read stdin: {e}");
            std::process::exit(2);
        }
        return match String::from_utf8(bytes) {
            Ok(text) => Job::Stdin(text),
            Err(_) => {
                eprintln!("SyntaxError: Non-UTF-8 code starting in file <stdin>");
                std::process::exit(1);
            }
        };
    }
    let argv = match &inspect {
        Some(script) => std::iter::once(script.clone()).chain(args).collect(),
        None => vec![String::new()],
    };
    let jit = with_jit.then(jit::JitParams::default);
    Job::Repl(repl::ReplOptions { script: inspect, argv, stack_size: INTERPRETER_STACK, jit })
}
