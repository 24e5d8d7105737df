//! Argument checking for functions implemented in Rust, with CPython's messages.
//!
//! Invariant: a native function that takes no keyword arguments says so
//! (`len() takes no keyword arguments`) instead of ignoring them.

use crate::error::{ExcType, PResult, PyErr};
use crate::object::function::Kwargs;
use crate::value::Value;

/// Checks the positional argument count of `name(...)`.
pub fn check_count(name: impl std::fmt::Display, args: &[Value], min: usize, max: usize) -> PResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max && min == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max {
        format!("{name} expected {min} arguments, got {n}")
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(PyErr::new(ExcType::TypeError, msg))
}

/// Methods count `self` in `args`; messages count only the explicit arguments.
pub fn check_method_count(name: impl std::fmt::Display, args: &[Value], min: usize, max: usize) -> PResult<()> {
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max && min == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if n < min {
        format!("{name}() takes at least {min} argument{} ({n} given)", if min == 1 { "" } else { "s" })
    } else {
        format!("{name}() takes at most {max} argument{} ({n} given)", if max == 1 { "" } else { "s" })
    };
    Err(PyErr::new(ExcType::TypeError, msg))
}

pub fn no_kwargs(name: impl std::fmt::Display, kwargs: &Kwargs) -> PResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(PyErr::new(ExcType::TypeError, format!("{name}() takes no keyword arguments")))
    }
}

/// A keyword argument by name.
pub fn kwarg<'a>(kwargs: &'a Kwargs, name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

/// Rejects keyword arguments other than `allowed`.
pub fn only_kwargs(fname: &str, kwargs: &Kwargs, allowed: &[&str]) -> PResult<()> {
    for (k, _) in kwargs {
        if !allowed.contains(&&**k) {
            return Err(PyErr::new(ExcType::TypeError, format!("{fname}() got an unexpected keyword argument '{k}'")));
        }
    }
    Ok(())
}

/// Positional argument `i`, or the keyword `name`.
pub fn arg_or_kw(args: &[Value], i: usize, kwargs: &Kwargs, name: &str) -> Option<Value> {
    args.get(i).cloned().or_else(|| kwarg(kwargs, name).cloned())
}
