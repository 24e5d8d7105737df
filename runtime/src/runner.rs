//! Running a whole program: parse, compile, execute as `__main__`, and turn the outcome into
//! what the process prints on stderr and its exit code (CPython's conventions).
//!
//! Invariant: stdout is flushed before anything is written to stderr and before exit, so
//! output order matches CPython's when both go to one terminal.

use crate::error::{ExcType, PyErr};
use crate::interp::{Frame, Interp};
use crate::module::ModuleObj;
use crate::value::Value;
use lang::SourceFile;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;

/// Where the program's text comes from.
pub enum Program {
    File(String),
    /// `-c code` or stdin: the text and the name tracebacks show.
    Source {
        name: String,
        text: String,
    },
}

pub struct RunOptions {
    pub program: Program,
    /// `sys.argv`: the script path (or `-c`), then its arguments.
    pub argv: Vec<String>,
    /// Bytes of stack the interpreter may use (the caller's thread must have them).
    pub stack_size: usize,
    /// Hooks to install before the program runs (the JIT); `finish` is called at the end.
    pub hooks: Option<Box<dyn crate::interp::ExecHooks>>,
    /// Called with the interpreter's interrupt flag before the program runs (the CLI
    /// routes SIGINT to it, so Ctrl-C raises `KeyboardInterrupt`).
    pub on_interrupt_flag: Option<fn(&std::sync::Arc<std::sync::atomic::AtomicBool>)>,
}

/// Runs a program to completion and returns the process exit code.
pub fn run_program(opts: RunOptions) -> i32 {
    let (name, text) = match &opts.program {
        Program::File(path) => match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => (path.clone(), t),
                Err(_) => {
                    eprintln!("SyntaxError: Non-UTF-8 code starting in file {path}");
                    return 1;
                }
            },
            Err(e) => {
                eprintln!(
                    "hyper: can't open file '{path}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(2),
                    describe_io(&e)
                );
                return 2;
            }
        },
        Program::Source { name, text } => (name.clone(), text.clone()),
    };
    let interp = Interp::new(opts.stack_size);
    *interp.hooks.borrow_mut() = opts.hooks;
    if let Some(install) = opts.on_interrupt_flag {
        install(&interp.interrupt);
    }
    *interp.argv.borrow_mut() = opts.argv.clone();
    if let Program::File(path) = &opts.program {
        let dir = Path::new(path).parent().map(|p| p.to_path_buf()).unwrap_or_default();
        *interp.script_dir.borrow_mut() = if dir.as_os_str().is_empty() { ".".into() } else { dir };
    }
    let file = SourceFile::new(name.clone(), text);
    let module = ModuleObj::new("__main__", Some(file.clone()));
    module.set("__name__", Value::str("__main__"));
    if let Program::File(path) = &opts.program {
        module.set("__file__", Value::str(path));
    }
    *interp.main_module.borrow_mut() = Some(module.clone());
    let code = match lang::parse(&file)
        .and_then(|tree| crate::compile::compile_module(&tree, file.clone(), module.clone(), &*interp))
    {
        Ok(c) => c,
        Err(d) => {
            eprint!("{}", d.render(&file));
            return 1;
        }
    };
    let mut frame = Frame::new(code, module);
    let result = interp.run_frame(&mut frame);
    let status = match result {
        Ok(_) => 0,
        Err(e) => report_uncaught(&interp, e),
    };
    interp.flush_stdout();
    if let Ok(hooks) = interp.hooks.try_borrow() {
        if let Some(h) = hooks.as_ref() {
            h.finish(&interp);
        }
    }
    drop(frame);
    status
}

/// Prints an uncaught exception as CPython does and returns the exit code.
pub fn report_uncaught(interp: &Rc<Interp>, mut e: PyErr) -> i32 {
    interp.flush_stdout();
    if interp.err_is(&e, ExcType::SystemExit) {
        let exc = interp.exception_value(&mut e);
        let code = match &exc {
            Value::Instance(inst) => inst.exception.as_ref().and_then(|d| d.borrow().args.first().cloned()),
            _ => None,
        };
        return match code {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => i as i32,
            Some(Value::Bool(b)) => b as i32,
            Some(other) => {
                let msg = interp.str_of(&other).unwrap_or_default();
                let _ = writeln!(std::io::stderr(), "{msg}");
                1
            }
        };
    }
    let text = interp.format_traceback(&mut e);
    let _ = std::io::stderr().write_all(text.as_bytes());
    if interp.err_is(&e, ExcType::KeyboardInterrupt) {
        130
    } else {
        1
    }
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}
