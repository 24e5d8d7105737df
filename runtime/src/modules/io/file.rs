//! The builtin `open()`: text files in modes `r`, `w`, `a` and `x` (UTF-8), with CPython's
//! mode validation and `OSError` subclasses (`[Errno 2] No such file or directory: 'x.txt'`).
//!
//! Invariant: a file opened for reading is read whole at `open` (its text is the stream's
//! buffer); a file opened for writing keeps its OS handle until `close`.
//! What it does not do: binary mode (`b`) and update mode (`+`), refused with
//! `NotImplementedError`.

use crate::builtins::args::{kwarg, only_kwargs};
use crate::builtins::{native, native_with};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::modules::io::{add_stream_methods, new_file_stream};
use crate::modules::native_object::{new_class, this};
use crate::object::class::{Class, ClassDict};
use crate::object::function::Kwargs;
use crate::object::Other;
use crate::value::Value;
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom};
use std::rc::Rc;

/// What a stream made by `open` knows about its file.
pub struct FileState {
    pub name: String,
    pub mode: String,
    pub encoding: String,
    pub handle: RefCell<Option<std::fs::File>>,
    pub readable: bool,
    pub writable: bool,
    pub append: bool,
    /// `newline=''`: `\r` and `\r\n` end lines too, untranslated.
    pub newline_any: bool,
    /// `newline='\r\n'`: written `\n` become `\r\n`.
    pub translate_crlf: bool,
}

/// The `OSError` subclasses `open` raises that are not among the interpreter's builtin
/// exception types; they are added to the builtins when missing.
const OS_ERRORS: &[(&str, i32)] =
    &[("PermissionError", 13), ("FileExistsError", 17), ("IsADirectoryError", 21), ("NotADirectoryError", 20)];

/// Python's `open`, registered as a builtin: makes the `TextIOWrapper` class, the
/// `io.UnsupportedOperation` exception and any missing `OSError` subclasses.
pub fn register_open(interp: &mut Interp) {
    let Ok(class) = new_class(interp, "TextIOWrapper", "_io") else { return };
    add_stream_methods(&class);
    for (name, f) in
        [("name", file_name as crate::object::function::NativeFn), ("mode", file_mode), ("encoding", file_encoding)]
    {
        let prop = Other::named_property(name, native(name, f), Value::None, Value::None);
        class.set_attr(name.into(), Value::Other(Rc::new(prop)));
    }
    crate::builtins::add_method(&class, "__repr__", file_repr);
    let os_error = interp.types.exc(ExcType::OSError).clone();
    let value_error = interp.types.exc(ExcType::ValueError).clone();
    let Ok(unsupported) = Class::new(
        "UnsupportedOperation",
        "io",
        vec![os_error.clone(), value_error],
        ClassDict::default(),
        false,
        None,
    ) else {
        return;
    };
    for (name, _) in OS_ERRORS {
        if !interp.builtins.contains_key(name) {
            if let Ok(c) = Class::new(name, "builtins", vec![os_error.clone()], ClassDict::default(), false, None) {
                interp.builtins.insert(name, Value::Class(c));
            }
        }
    }
    let data = Value::tuple(vec![Value::Class(class), Value::Class(unsupported)]);
    interp.builtins.insert("open", native_with("open", builtin_open, data));
}

/// The message of an OS error: CPython's `strerror` for the common codes.
fn strerror(e: &std::io::Error) -> (i32, String) {
    let code = e.raw_os_error().unwrap_or(0);
    let text = match code {
        2 => "No such file or directory".to_string(),
        13 => "Permission denied".to_string(),
        17 => "File exists".to_string(),
        20 => "Not a directory".to_string(),
        21 => "Is a directory".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    };
    (code, text)
}

/// The `OSError` (subclass) for `e` on `filename`, with `errno`, `strerror` and `filename` set.
pub fn os_error(interp: &Interp, e: &std::io::Error, filename: &str) -> PyErr {
    let (code, text) = strerror(e);
    let class = match code {
        2 => interp.types.exc(ExcType::FileNotFoundError).clone(),
        _ => match OS_ERRORS.iter().find(|(_, c)| *c == code).and_then(|(n, _)| interp.builtin(n)) {
            Some(Value::Class(c)) => c,
            _ => interp.types.exc(ExcType::OSError).clone(),
        },
    };
    let name = crate::numeric::int_text::str_repr(filename);
    let exc = interp.new_exception(&class, vec![Value::string(format!("[Errno {code}] {text}: {name}"))]);
    if let Value::Instance(inst) = &exc {
        inst.set_attr_str("errno", Value::Int(code as i64));
        inst.set_attr_str("strerror", Value::string(text));
        inst.set_attr_str("filename", Value::str(filename));
    }
    PyErr::from_object(exc)
}

/// The flags of a mode string, validated as CPython's `open` does.
struct Mode {
    read: bool,
    write: bool,
    append: bool,
}

fn parse_mode(mode: &str) -> PResult<Mode> {
    let invalid = || PyErr::new(ExcType::ValueError, format!("invalid mode: '{mode}'"));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"axrwb+t".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
    }
    let has = |c: char| seen.contains(c);
    if has('t') && has('b') {
        return Err(PyErr::new(ExcType::ValueError, "can't have text and binary mode at once"));
    }
    let kinds = ['r', 'w', 'a', 'x'].iter().filter(|c| has(**c)).count();
    if kinds > 1 {
        return Err(PyErr::new(ExcType::ValueError, "must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(PyErr::new(
            ExcType::ValueError,
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if has('b') {
        return Err(PyErr::new(
            ExcType::NotImplementedError,
            "hyper does not support binary files (open() mode 'b') yet",
        ));
    }
    if has('+') {
        return Err(PyErr::new(ExcType::NotImplementedError, "hyper does not support open() update mode '+' yet"));
    }
    Ok(Mode { read: has('r'), write: has('w'), append: has('a') })
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
fn builtin_open(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("open", kwargs, &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"])?;
    let (Some(Value::Tuple(classes)), rest) = (args.first(), args.get(1..).unwrap_or(&[])) else {
        return Err(PyErr::new(ExcType::SystemError, "open() lost its classes"));
    };
    let (Some(Value::Class(class)), Some(Value::Class(unsupported))) = (classes.items.first(), classes.items.get(1))
    else {
        return Err(PyErr::new(ExcType::SystemError, "open() lost its classes"));
    };
    let get = |i: usize, name: &str| rest.get(i).or_else(|| kwarg(kwargs, name)).cloned();
    let name = match get(0, "file") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("expected str, bytes or os.PathLike object, not {}", interp.type_name(&v)),
            ))
        }
        None => return Err(PyErr::new(ExcType::TypeError, "open() missing required argument 'file' (pos 1)")),
    };
    let mode_text = match get(1, "mode") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("open() argument 'mode' must be str, not {}", interp.type_name(&v)),
            ))
        }
        None => "r".to_string(),
    };
    let mode = parse_mode(&mode_text)?;
    let encoding = match get(3, "encoding") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "UTF-8".to_string(),
    };
    let newline = match get(5, "newline") {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => match s.as_str() {
            "" | "\n" | "\r" | "\r\n" => Some(s.as_str().to_string()),
            other => return Err(PyErr::new(ExcType::ValueError, format!("illegal newline value: {other}"))),
        },
        Some(v) => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("open() argument 'newline' must be str or None, not {}", interp.type_name(&v)),
            ))
        }
    };
    // Relative paths are relative to the working directory, as in CPython.
    let path = std::path::PathBuf::from(&name);
    let mut text = Vec::new();
    let handle = if mode.read {
        let mut f = std::fs::File::open(&path).map_err(|e| os_error(interp, &e, &name))?;
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).map_err(|e| os_error(interp, &e, &name))?;
        let s = String::from_utf8(bytes).map_err(|e| {
            let pos = e.utf8_error().valid_up_to();
            PyErr::new(
                ExcType::UnicodeError,
                format!("'utf-8' codec can't decode byte at position {pos}: invalid start byte"),
            )
        })?;
        let s = if newline.is_none() { s.replace("\r\n", "\n").replace('\r', "\n") } else { s };
        text = s.chars().collect();
        None
    } else {
        let mut opts = std::fs::OpenOptions::new();
        if mode.write {
            opts.write(true).create(true).truncate(true);
        } else if mode.append {
            opts.append(true).create(true);
        } else {
            opts.write(true).create_new(true);
        }
        Some(opts.open(&path).map_err(|e| os_error(interp, &e, &name))?)
    };
    let state = FileState {
        name,
        mode: mode_text,
        encoding,
        handle: RefCell::new(handle),
        readable: mode.read,
        writable: !mode.read,
        append: mode.append,
        newline_any: matches!(newline.as_deref(), Some("") | Some("\r") | Some("\r\n")),
        translate_crlf: newline.as_deref() == Some("\r\n"),
    };
    Ok(new_file_stream(class, text, state, unsupported.clone()))
}

fn state(interp: &Interp, args: &[Value], what: &str) -> PResult<Rc<crate::modules::io::Stream>> {
    this::<crate::modules::io::Stream>(interp, args, "_io.TextIOWrapper", what)
}

fn file_name(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = state(interp, args, "name")?;
    Ok(s.file_state().map_or(Value::None, |f| Value::str(&f.name)))
}

fn file_mode(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = state(interp, args, "mode")?;
    Ok(s.file_state().map_or(Value::None, |f| Value::str(&f.mode)))
}

fn file_encoding(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = state(interp, args, "encoding")?;
    Ok(s.file_state().map_or(Value::None, |f| Value::str(&f.encoding)))
}

/// `repr(f)`: `<_io.TextIOWrapper name='x.txt' mode='r' encoding='UTF-8'>`.
fn file_repr(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = state(interp, args, "__repr__")?;
    let Some(f) = s.file_state() else { return Ok(Value::str("<_io.TextIOWrapper>")) };
    let q = crate::numeric::int_text::str_repr;
    Ok(Value::string(format!(
        "<_io.TextIOWrapper name={} mode={} encoding={}>",
        q(&f.name),
        q(&f.mode),
        q(&f.encoding)
    )))
}

/// `seek` on a file opened for writing: moves the OS position (bytes).
pub fn seek_os(interp: &Interp, f: &FileState, offset: i64, whence: i64) -> PResult<Value> {
    let to = match whence {
        0 => SeekFrom::Start(offset.max(0) as u64),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => return Err(PyErr::new(ExcType::ValueError, format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let mut h = f.handle.borrow_mut();
    let Some(h) = h.as_mut() else { return Err(PyErr::new(ExcType::ValueError, "I/O operation on closed file.")) };
    let pos = h.seek(to).map_err(|e| os_error(interp, &e, &f.name))?;
    Ok(Value::Int(pos as i64))
}

/// `tell` on a file opened for writing: the OS position in bytes.
pub fn tell_os(interp: &Interp, f: &FileState) -> PResult<Value> {
    seek_os(interp, f, 0, 1)
}

/// `truncate(size)` on a file opened for writing.
pub fn truncate_os(interp: &Interp, f: &FileState, size: usize) -> PResult<Value> {
    let h = f.handle.borrow();
    let Some(h) = h.as_ref() else { return Err(PyErr::new(ExcType::ValueError, "I/O operation on closed file.")) };
    h.set_len(size as u64).map_err(|e| os_error(interp, &e, &f.name))?;
    Ok(Value::Int(size as i64))
}
