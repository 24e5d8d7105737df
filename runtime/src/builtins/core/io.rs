//! The builtins that talk to the console: `print`, `input`, and `exit`/`quit`, which raise
//! `SystemExit` as CPython's site-installed versions do.
//!
//! Invariant: output goes through `Interp::write_stdout` (or the `file=` object's `write`),
//! never straight to the process's stdout, so it shares the interpreter's one buffered
//! writer with everything else a program prints.

use crate::builtins::args::{check_count, kwarg, no_kwargs, only_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::function::Kwargs;
use crate::value::Value;

/// Python's `print(*args, sep=' ', end='\n', file=sys.stdout, flush=False)`.
pub(super) fn builtin_print(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("print", kwargs, &["sep", "end", "file", "flush"])?;
    let text_arg = |name: &str, default: &str| -> PResult<String> {
        match kwarg(kwargs, name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(v) => Err(PyErr::new(
                ExcType::TypeError,
                format!("{name} must be None or a string, not {}", interp.type_name(v)),
            )),
        }
    };
    let sep = text_arg("sep", " ")?;
    let end = text_arg("end", "\n")?;
    // As CPython: each separator and argument is written as soon as it is converted, so a
    // failing (or printing) `__str__` of a later argument comes after the earlier ones.
    let file = kwarg(kwargs, "file").filter(|f| !f.is_none());
    let write = |s: &str| -> PResult<()> {
        match file {
            None => interp.write_stdout(s),
            Some(f) => interp.call_method("write", &[f.clone(), Value::str(s)], &[]).map(|_| ()),
        }
    };
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            write(&sep)?;
        }
        match a {
            Value::Str(s) => write(s.as_str())?,
            _ => write(&interp.str_of(a)?)?,
        }
    }
    write(&end)?;
    if kwarg(kwargs, "flush").is_some_and(|v| interp.truthy(v).unwrap_or(false)) {
        interp.flush_stdout();
    }
    Ok(Value::None)
}

pub(super) fn builtin_input(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("input", kwargs)?;
    check_count("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let prompt = interp.str_of(p)?;
        interp.write_stdout(&prompt)?;
    }
    interp.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(PyErr::new(ExcType::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(PyErr::new(ExcType::OSError, e.to_string())),
    }
}

pub(super) fn builtin_exit(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let code = args.first().cloned().unwrap_or(Value::None);
    let _ = interp;
    Err(PyErr::with_args(ExcType::SystemExit, vec![code]))
}
