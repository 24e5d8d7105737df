//! The builtins that turn values into text or characters into numbers: `repr`, `ascii`,
//! `format`, `chr` and `ord`, each as its CPython counterpart.
//!
//! Invariant: none of these formats a value itself: `repr` and `ascii` go through
//! `Interp::repr` (`repr.rs`) and `format` through `Interp::format_value` (`format.rs`), the
//! same code that `str.format` and f-strings use, so every path prints a value alike.

use crate::builtins::args::{check_count, no_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::function::Kwargs;
use crate::value::Value;

pub(super) fn builtin_repr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("repr", kwargs)?;
    check_count("repr", args, 1, 1)?;
    Ok(Value::string(interp.repr(&args[0])?))
}

pub(super) fn builtin_ascii(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("ascii", kwargs)?;
    check_count("ascii", args, 1, 1)?;
    Ok(Value::string(crate::builtins::repr::ascii_escape(&interp.repr(&args[0])?)))
}

pub(super) fn builtin_chr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("chr", kwargs)?;
    check_count("chr", args, 1, 1)?;
    let i = interp.index_value(&args[0]).map_err(|e| {
        if let Value::Float(_) = &args[0] {
            PyErr::new(ExcType::TypeError, "'float' object cannot be interpreted as an integer")
        } else {
            e
        }
    })?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(PyErr::new(ExcType::ValueError, "chr() arg not in range(0x110000)")),
    }
}

pub(super) fn builtin_ord(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("ord", kwargs)?;
    check_count("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) if s.len() == 1 => Ok(Value::Int(s.char_at(0).map_or(0, |c| c as i64))),
        Value::Str(s) => Err(PyErr::new(
            ExcType::TypeError,
            format!("ord() expected a character, but string of length {} found", s.len()),
        )),
        v => Err(PyErr::new(
            ExcType::TypeError,
            format!("ord() expected string of length 1, but {} found", interp.type_name(v)),
        )),
    }
}

pub(super) fn builtin_format(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("format", kwargs)?;
    check_count("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("format() argument 2 must be str, not {}", interp.type_name(v)),
            ))
        }
        None => String::new(),
    };
    Ok(Value::string(interp.format_value(&args[0], &spec)?))
}
