//! The `sys` module: `argv`, `exit`, the recursion limit, `stdout`/`stderr`, `maxsize`.
//!
//! Invariant: `sys.stdout.write` goes through the interpreter's buffered stdout, so it
//! interleaves correctly with `print`.

use crate::builtins::args::check_count;
use crate::builtins::{add_method, native};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::modules::{add_fn, new_module};
use crate::object::class::{Class, ClassDict};
use crate::object::function::Kwargs;
use crate::object::other::NativeObject;
use crate::object::Other;
use crate::value::Value;
use std::any::Any;
use std::io::Write;
use std::rc::Rc;

/// `sys.stdout` or `sys.stderr`.
struct StdStream {
    class: Rc<Class>,
    is_err: bool,
}

impl NativeObject for StdStream {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn make(interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("sys");
    let argv: Vec<Value> = interp.argv.borrow().iter().map(|a| Value::str(a)).collect();
    m.set("argv", Value::list(argv));
    m.set("maxsize", Value::Int(i64::MAX));
    m.set("version", Value::str("3.11.0 (hyper)"));
    m.set("platform", Value::str("linux"));
    m.set("byteorder", Value::str("little"));
    m.set(
        "version_info",
        Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(0), Value::str("final"), Value::Int(0)]),
    );
    add_fn(&m, "exit", sys_exit);
    add_fn(&m, "getrecursionlimit", sys_getrecursionlimit);
    add_fn(&m, "setrecursionlimit", sys_setrecursionlimit);
    add_fn(&m, "set_int_max_str_digits", sys_set_int_max_str_digits);
    let class = Class::new("TextIOWrapper", "_io", vec![interp.types.object.clone()], ClassDict::default(), true, None)
        .map_err(|e| PyErr::new(ExcType::TypeError, e))?;
    add_method(&class, "write", stream_write);
    add_method(&class, "flush", stream_flush);
    let stdout = Value::Other(Rc::new(Other::Native(Box::new(StdStream { class: class.clone(), is_err: false }))));
    let stderr = Value::Other(Rc::new(Other::Native(Box::new(StdStream { class, is_err: true }))));
    m.set("stdout", stdout.clone());
    m.set("stderr", stderr.clone());
    m.set("__stdout__", stdout);
    m.set("__stderr__", stderr);
    m.set("modules", Value::Dict(Rc::new(crate::object::PyDict::new())));
    let _ = native;
    Ok(m)
}

fn stream_of(args: &[Value]) -> Option<bool> {
    match args.first() {
        Some(Value::Other(o)) => match &**o {
            Other::Native(n) => n.as_any().downcast_ref::<StdStream>().map(|s| s.is_err),
            _ => None,
        },
        _ => None,
    }
}

/// `sys.stdout.write(s)` / `sys.stderr.write(s)`: returns the number of characters.
fn stream_write(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let Some(is_err) = stream_of(args) else { return Err(PyErr::new(ExcType::TypeError, "write() needs a stream")) };
    let text = match args.get(1) {
        Some(Value::Str(s)) => s.clone(),
        Some(v) => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("write() argument must be str, not {}", interp.type_name(v)),
            ))
        }
        None => return Err(PyErr::new(ExcType::TypeError, "write() takes exactly one argument (0 given)")),
    };
    if is_err {
        interp.flush_stdout();
        let _ = std::io::stderr().write_all(text.as_str().as_bytes());
    } else {
        interp.write_stdout(text.as_str())?;
    }
    Ok(Value::Int(text.len() as i64))
}

fn stream_flush(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    if stream_of(args) == Some(false) {
        interp.flush_stdout();
    }
    Ok(Value::None)
}

/// `sys.exit(code=None)`: raises `SystemExit`.
fn sys_exit(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    check_count("exit", args, 0, 1)?;
    Err(PyErr::with_args(ExcType::SystemExit, args.to_vec()))
}

fn sys_getrecursionlimit(interp: &Interp, _args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::Int(interp.recursion_limit.get() as i64))
}

fn sys_setrecursionlimit(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    check_count("setrecursionlimit", args, 1, 1)?;
    let n = interp.index_value(&args[0])?;
    if n < 1 {
        return Err(PyErr::new(ExcType::ValueError, "recursion limit must be greater or equal than 1"));
    }
    interp.recursion_limit.set(n.min(u32::MAX as i64) as u32);
    Ok(Value::None)
}

fn sys_set_int_max_str_digits(_interp: &Interp, _args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Err(PyErr::new(ExcType::NotImplementedError, "hyper does not support sys.set_int_max_str_digits yet"))
}
