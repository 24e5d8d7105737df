//! The `io` module (`StringIO`) and the builtin `open()` for text files (in `io/file.rs`).
//! Both are a `Stream`: a text buffer read by character position, plus, for files opened
//! for writing, the OS file the writes go to.
//!
//! Invariant: a stream's readable text (a `StringIO`'s contents, or a file opened for
//! reading, loaded whole at `open` with newlines translated as CPython's universal
//! newlines mode does) is `buf`, and `pos` is a character index into it, `<= buf.len()`
//! for reads (a `StringIO` may seek past the end; a write there pads with NULs as CPython).
//! Invariant: writes to a file go straight to the OS (unbuffered), so nothing is lost if
//! the program never closes it.

pub mod file;

use crate::builtins::args::{kwarg, only_kwargs};
use crate::builtins::{add_method, native};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::modules::native_object::{new_class, new_object, this};
use crate::modules::new_module;
use crate::object::class::Class;
use crate::object::function::{Kwargs, NativeFn};
use crate::object::Other;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::io::Write;
use std::rc::Rc;

/// A `StringIO` or an open text file.
pub struct Stream {
    /// The text to read (and, for a `StringIO`, what was written).
    buf: RefCell<Vec<char>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    /// `Some` for files: the OS file, name, mode and flags.
    file: Option<file::FileState>,
    /// `io.UnsupportedOperation`, raised by reads of write-only streams and the reverse.
    unsupported: Rc<Class>,
}

impl Stream {
    /// The file behind a stream made by `open`.
    pub fn file_state(&self) -> Option<&file::FileState> {
        self.file.as_ref()
    }

    fn is_file(&self) -> bool {
        self.file.is_some()
    }

    fn check_open(&self) -> PResult<()> {
        if self.closed.get() {
            let msg = if self.is_file() { "I/O operation on closed file." } else { "I/O operation on closed file" };
            return Err(PyErr::new(ExcType::ValueError, msg));
        }
        Ok(())
    }

    fn unsupported(&self, interp: &Interp, msg: &str) -> PyErr {
        PyErr::from_object(interp.new_exception(&self.unsupported, vec![Value::str(msg)]))
    }

    fn check_readable(&self, interp: &Interp) -> PResult<()> {
        self.check_open()?;
        match &self.file {
            Some(f) if !f.readable => Err(self.unsupported(interp, "not readable")),
            _ => Ok(()),
        }
    }

    fn check_writable(&self, interp: &Interp) -> PResult<()> {
        self.check_open()?;
        match &self.file {
            Some(f) if !f.writable => Err(self.unsupported(interp, "not writable")),
            _ => Ok(()),
        }
    }

    /// Up to `n` characters from the position (all when `None`).
    fn read_chars(&self, n: Option<usize>) -> String {
        let buf = self.buf.borrow();
        let start = self.pos.get().min(buf.len());
        let end = match n {
            Some(n) => start.saturating_add(n).min(buf.len()),
            None => buf.len(),
        };
        self.pos.set(end.max(self.pos.get()));
        buf[start..end].iter().collect()
    }

    /// One line from the position, ending after its terminator (`\n`; also `\r` and
    /// `\r\n` for a file opened with `newline=''`), at most `limit` characters.
    fn read_line(&self, limit: Option<usize>) -> String {
        let buf = self.buf.borrow();
        let start = self.pos.get().min(buf.len());
        let any_terminator = self.file.as_ref().is_some_and(|f| f.newline_any);
        let mut end = start;
        let cap = limit.map_or(buf.len(), |l| start.saturating_add(l).min(buf.len()));
        while end < cap {
            let c = buf[end];
            end += 1;
            if c == '\n' {
                break;
            }
            if any_terminator && c == '\r' {
                if end < cap && buf[end] == '\n' {
                    end += 1;
                }
                break;
            }
        }
        self.pos.set(end);
        buf[start..end].iter().collect()
    }

    /// Writes at the position (a `StringIO`) or to the OS file; returns the characters written.
    fn write_text(&self, interp: &Interp, text: &str) -> PResult<usize> {
        let n = text.chars().count();
        match &self.file {
            Some(f) => {
                let data = if f.translate_crlf { text.replace('\n', "\r\n") } else { text.to_string() };
                let mut handle = f.handle.borrow_mut();
                if let Some(h) = handle.as_mut() {
                    h.write_all(data.as_bytes()).map_err(|e| file::os_error(interp, &e, &f.name))?;
                }
            }
            None => {
                let mut buf = self.buf.borrow_mut();
                let pos = self.pos.get();
                if pos > buf.len() {
                    buf.resize(pos, '\0');
                }
                for (i, c) in text.chars().enumerate() {
                    match buf.get_mut(pos + i) {
                        Some(slot) => *slot = c,
                        None => buf.push(c),
                    }
                }
                self.pos.set(pos + n);
            }
        }
        Ok(n)
    }
}

const STRINGIO: &str = "_io.StringIO";

fn me(interp: &Interp, args: &[Value], method: &str) -> PResult<Rc<Stream>> {
    this::<Stream>(interp, args, STRINGIO, method)
}

/// The `io.UnsupportedOperation` class `open` carries (made by `register_open`).
fn unsupported_class(interp: &Interp) -> PResult<Rc<Class>> {
    if let Some(Value::Native(n)) = interp.builtin("open") {
        if let Some(Value::Tuple(t)) = &n.data {
            if let Some(Value::Class(c)) = t.items.get(1) {
                return Ok(c.clone());
            }
        }
    }
    Err(PyErr::new(ExcType::SystemError, "open() is not registered"))
}

/// Makes `io`: `StringIO`, `open`, `TextIOWrapper`, `UnsupportedOperation`.
pub fn make(interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("io");
    let sio = new_class(interp, "StringIO", "_io")?;
    let new = native("StringIO.__new__", stringio_new);
    sio.set_attr("__new__".into(), Value::Other(Rc::new(Other::StaticMethod(new))));
    add_stream_methods(&sio);
    m.set("StringIO", Value::Class(sio));
    if let Some(open) = interp.builtin("open") {
        if let Value::Native(n) = &open {
            if let Some(Value::Tuple(t)) = &n.data {
                if let Some(c) = t.items.first() {
                    m.set("TextIOWrapper", c.clone());
                }
            }
        }
        m.set("open", open);
    }
    m.set("UnsupportedOperation", Value::Class(unsupported_class(interp)?));
    Ok(m)
}

/// The methods `StringIO` and text files share.
pub fn add_stream_methods(c: &Rc<Class>) {
    let methods: &[(&str, NativeFn)] = &[
        ("read", stream_read),
        ("readline", stream_readline),
        ("readlines", stream_readlines),
        ("write", stream_write),
        ("writelines", stream_writelines),
        ("getvalue", stream_getvalue),
        ("seek", stream_seek),
        ("tell", stream_tell),
        ("truncate", stream_truncate),
        ("close", stream_close),
        ("flush", stream_flush),
        ("readable", stream_readable),
        ("writable", stream_writable),
        ("seekable", stream_seekable),
        ("isatty", stream_isatty),
        ("__iter__", stream_iter),
        ("__next__", stream_next),
        ("__enter__", stream_enter),
        ("__exit__", stream_exit),
    ];
    for (name, f) in methods {
        add_method(c, name, *f);
    }
    let closed = Other::named_property("closed", native("closed", stream_closed), Value::None, Value::None);
    c.set_attr("closed".into(), Value::Other(Rc::new(closed)));
}

/// `io.StringIO(initial_value='', newline='\n')`: positioned at the start.
fn stringio_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("StringIO", kwargs, &["initial_value", "newline"])?;
    let Some(Value::Class(class)) = args.first() else {
        return Err(PyErr::new(ExcType::TypeError, "StringIO.__new__(X): X is not a type object"));
    };
    let initial = args.get(1).or_else(|| kwarg(kwargs, "initial_value")).cloned().unwrap_or(Value::None);
    let text: Vec<char> = match &initial {
        Value::None => Vec::new(),
        Value::Str(s) => s.as_str().chars().collect(),
        v => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("initial_value must be str or None, not {}", interp.type_name(v)),
            ))
        }
    };
    let stream = Stream {
        buf: RefCell::new(text),
        pos: Cell::new(0),
        closed: Cell::new(false),
        file: None,
        unsupported: unsupported_class(interp)?,
    };
    Ok(new_object(class, stream))
}

/// A stream made by `open` (see `io/file.rs`).
pub fn new_file_stream(class: &Rc<Class>, text: Vec<char>, state: file::FileState, unsupported: Rc<Class>) -> Value {
    let pos = if state.append { text.len() } else { 0 };
    new_object(
        class,
        Stream {
            buf: RefCell::new(text),
            pos: Cell::new(pos),
            closed: Cell::new(false),
            file: Some(state),
            unsupported,
        },
    )
}

/// A size argument: `None` or negative means "all".
fn size_arg(interp: &Interp, v: Option<&Value>) -> PResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = interp.index_value(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// `read(size=-1)`.
fn stream_read(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "read")?;
    s.check_readable(interp)?;
    let n = size_arg(interp, args.get(1))?;
    Ok(Value::string(s.read_chars(n)))
}

/// `readline(size=-1)`.
fn stream_readline(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "readline")?;
    s.check_readable(interp)?;
    let n = size_arg(interp, args.get(1))?;
    Ok(Value::string(s.read_line(n)))
}

/// `readlines(hint=-1)`: the remaining lines (stopping once `hint` characters are read).
fn stream_readlines(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "readlines")?;
    s.check_readable(interp)?;
    let hint = size_arg(interp, args.get(1))?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = s.read_line(None);
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        lines.push(Value::string(line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

/// `write(s)`: the number of characters written.
fn stream_write(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "write")?;
    let text = match args.get(1) {
        Some(Value::Str(t)) => t.clone(),
        Some(v) => {
            let msg = if s.is_file() {
                format!("write() argument must be str, not {}", interp.type_name(v))
            } else {
                format!("string argument expected, got '{}'", interp.type_name(v))
            };
            s.check_open()?;
            return Err(PyErr::new(ExcType::TypeError, msg));
        }
        None => return Err(PyErr::new(ExcType::TypeError, "write() takes exactly one argument (0 given)")),
    };
    s.check_writable(interp)?;
    Ok(Value::Int(s.write_text(interp, text.as_str())? as i64))
}

/// `writelines(lines)`: writes each string, adding no newlines.
fn stream_writelines(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "writelines")?;
    s.check_writable(interp)?;
    let Some(lines) = args.get(1) else {
        return Err(PyErr::new(ExcType::TypeError, "writelines() takes exactly one argument (0 given)"));
    };
    let it = interp.get_iter(lines)?;
    while let Some(line) = interp.iter_next(&it)? {
        match &line {
            Value::Str(t) => {
                s.write_text(interp, t.as_str())?;
            }
            v => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("write() argument must be str, not {}", interp.type_name(v)),
                ))
            }
        }
    }
    Ok(Value::None)
}

/// `StringIO.getvalue()`: the whole buffer.
fn stream_getvalue(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "getvalue")?;
    if s.is_file() {
        return Err(PyErr::new(ExcType::AttributeError, "'_io.TextIOWrapper' object has no attribute 'getvalue'"));
    }
    s.check_open()?;
    let text: String = s.buf.borrow().iter().collect();
    Ok(Value::string(text))
}

/// `seek(offset, whence=0)`: character positions (a file's cookie is its position too).
fn stream_seek(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "seek")?;
    s.check_open()?;
    let Some(offset) = args.get(1) else {
        return Err(PyErr::new(ExcType::TypeError, "seek expected at least 1 argument, got 0"));
    };
    let offset = interp.index_value(offset)?;
    let whence = match args.get(2) {
        Some(v) => interp.index_value(v)?,
        None => 0,
    };
    if let Some(f) = &s.file {
        if f.writable {
            return file::seek_os(interp, f, offset, whence);
        }
    }
    let len = s.buf.borrow().len() as i64;
    let new = match whence {
        0 => {
            if offset < 0 {
                return Err(PyErr::new(ExcType::ValueError, format!("Negative seek position {offset}")));
            }
            offset
        }
        1 | 2 if offset != 0 => {
            let what = if whence == 1 { "cur" } else { "end" };
            return Err(PyErr::new(ExcType::OSError, format!("Can't do nonzero {what}-relative seeks")));
        }
        1 => s.pos.get() as i64,
        2 => len,
        _ => return Err(PyErr::new(ExcType::ValueError, format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    s.pos.set(new as usize);
    Ok(Value::Int(new))
}

/// `tell()`: the current position.
fn stream_tell(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "tell")?;
    s.check_open()?;
    if let Some(f) = &s.file {
        if f.writable {
            return file::tell_os(interp, f);
        }
        let buf = s.buf.borrow();
        let bytes: usize = buf[..s.pos.get().min(buf.len())].iter().map(|c| c.len_utf8()).sum();
        return Ok(Value::Int(bytes as i64));
    }
    Ok(Value::Int(s.pos.get() as i64))
}

/// `truncate(size=None)`: cuts the buffer at `size` (default: the position).
fn stream_truncate(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "truncate")?;
    s.check_writable(interp)?;
    let size = match args.get(1) {
        None | Some(Value::None) => s.pos.get(),
        Some(v) => {
            let n = interp.index_value(v)?;
            if n < 0 {
                return Err(PyErr::new(ExcType::ValueError, format!("Negative size value {n}")));
            }
            n as usize
        }
    };
    if let Some(f) = &s.file {
        return file::truncate_os(interp, f, size);
    }
    s.buf.borrow_mut().truncate(size);
    Ok(Value::Int(size as i64))
}

/// `close()`: later operations raise `ValueError`; closing twice is allowed.
fn stream_close(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "close")?;
    s.closed.set(true);
    if let Some(f) = &s.file {
        if let Some(mut h) = f.handle.borrow_mut().take() {
            let _ = h.flush();
        }
    } else {
        s.buf.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn stream_flush(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "flush")?;
    s.check_open()?;
    Ok(Value::None)
}

fn stream_readable(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "readable")?;
    s.check_open()?;
    Ok(Value::Bool(s.file.as_ref().is_none_or(|f| f.readable)))
}

fn stream_writable(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "writable")?;
    s.check_open()?;
    Ok(Value::Bool(s.file.as_ref().is_none_or(|f| f.writable)))
}

fn stream_seekable(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    me(interp, args, "seekable")?.check_open()?;
    Ok(Value::Bool(true))
}

fn stream_isatty(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    me(interp, args, "isatty")?.check_open()?;
    Ok(Value::Bool(false))
}

fn stream_closed(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::Bool(me(interp, args, "closed")?.closed.get()))
}

/// `iter(f)`: the stream itself.
fn stream_iter(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    me(interp, args, "__iter__")?.check_open()?;
    Ok(args[0].clone())
}

/// `next(f)`: the next line, `StopIteration` at the end.
fn stream_next(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = me(interp, args, "__next__")?;
    s.check_readable(interp)?;
    let line = s.read_line(None);
    if line.is_empty() {
        return Err(PyErr::new(ExcType::StopIteration, ""));
    }
    Ok(Value::string(line))
}

/// `with f:` enters with the stream itself.
fn stream_enter(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    me(interp, args, "__enter__")?.check_open()?;
    Ok(args[0].clone())
}

/// Leaving `with f:` closes the stream (and lets any exception through).
fn stream_exit(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    stream_close(interp, &args[..1.min(args.len())], kwargs)?;
    Ok(Value::None)
}
