//! Methods of `str`, second part: searching (`find`, `index`, `count`, `startswith`…),
//! splitting (`split`, `rsplit`, `splitlines`, `partition`…), stripping, `replace`,
//! `removeprefix`/`removesuffix` and `expandtabs`.
//!
//! Invariant: `start`/`end` arguments and every returned index count code points, and are
//! normalised exactly as CPython's `ADJUST_INDICES` (negative from the end, `end` clamped
//! to the length, `start` not clamped, so `"abc".find("", 4)` is -1).
//! Invariant: searching works on the UTF-8 text between the byte offsets of the two code
//! point bounds, so a match never straddles a bound.

use super::char_class as cc;
use super::str_methods::{need_str, str_value, this_str};
use crate::builtins::add_method;
use crate::builtins::args::{check_count, check_method_count, no_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::class::Class;
use crate::object::function::Kwargs;
use crate::object::PyStr;
use crate::value::Value;
use std::rc::Rc;

/// Adds the searching, splitting and stripping methods to the `str` class.
pub fn register(s: &Rc<Class>) {
    add_method(s, "find", str_find::<0>);
    add_method(s, "rfind", str_find::<1>);
    add_method(s, "index", str_find::<2>);
    add_method(s, "rindex", str_find::<3>);
    add_method(s, "count", str_count);
    add_method(s, "startswith", str_tailmatch::<false>);
    add_method(s, "endswith", str_tailmatch::<true>);
    add_method(s, "split", str_split::<false>);
    add_method(s, "rsplit", str_split::<true>);
    add_method(s, "splitlines", str_splitlines);
    add_method(s, "partition", str_partition::<false>);
    add_method(s, "rpartition", str_partition::<true>);
    add_method(s, "strip", str_strip::<0>);
    add_method(s, "lstrip", str_strip::<1>);
    add_method(s, "rstrip", str_strip::<2>);
    add_method(s, "replace", str_replace);
    add_method(s, "removeprefix", str_remove_affix::<false>);
    add_method(s, "removesuffix", str_remove_affix::<true>);
    add_method(s, "expandtabs", str_expandtabs);
}

/// A `start`/`end` argument: an int, `None`, or an object with `__index__`.
fn slice_index(interp: &Interp, v: Option<&Value>) -> PResult<Option<i64>> {
    let bad = || PyErr::new(ExcType::TypeError, "slice indices must be integers or None or have an __index__ method");
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::BigInt(b)) => {
            Ok(Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 }))
        }
        Some(v @ Value::Instance(_)) => {
            interp.index_value(v).map(Some).map_err(|e| if interp.err_is(&e, ExcType::TypeError) { bad() } else { e })
        }
        Some(_) => Err(bad()),
    }
}

/// CPython's `ADJUST_INDICES`: the bounds `(start, end)` of a search in a text of `len`
/// code points.
fn adjust_indices(len: usize, start: Option<i64>, end: Option<i64>) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The text between code point bounds `start <= end <= len`, and its byte offset.
fn window(s: &PyStr, start: i64, end: i64) -> (&str, usize) {
    let b0 = s.byte_offset(start as usize);
    let b1 = s.byte_offset(end as usize).max(b0);
    (&s.as_str()[b0..b1], b0)
}

/// The number of code points in `text`.
fn code_points(text: &str) -> i64 {
    if text.is_ascii() {
        text.len() as i64
    } else {
        text.chars().count() as i64
    }
}

/// The parsed `(sub[, start[, end]])` arguments of the search methods.
struct Search {
    s: Rc<PyStr>,
    sub: Rc<PyStr>,
    start: i64,
    end: i64,
}

/// Parses `self`, `sub`, `start` and `end` for the search methods.
fn search_args(interp: &Interp, args: &[Value], kwargs: &Kwargs, name: &str) -> PResult<Search> {
    no_kwargs(format_args!("str.{name}"), kwargs)?;
    check_method_count(name, args, 1, 3)?;
    let s = this_str(interp, args, name)?;
    let sub = need_str(interp, &args[1], "")?;
    let (start, end) = adjust_indices(s.len(), slice_index(interp, args.get(2))?, slice_index(interp, args.get(3))?);
    Ok(Search { s, sub, start, end })
}

const FIND_NAMES: [&str; 4] = ["find", "rfind", "index", "rindex"];

/// `str.find(sub[, start[, end]])` (`N` = 0), `rfind` (1): the lowest (highest) index of
/// `sub`, or -1; `index` (2) and `rindex` (3) raise `ValueError` instead of returning -1.
fn str_find<const N: usize>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = search_args(interp, args, kwargs, FIND_NAMES[N])?;
    let mut found = None;
    if a.end - a.start >= a.sub.len() as i64 {
        let (text, _) = window(&a.s, a.start, a.end);
        let pos = if N % 2 == 1 { text.rfind(a.sub.as_str()) } else { text.find(a.sub.as_str()) };
        found = pos.map(|p| a.start + code_points(&text[..p]));
    }
    match found {
        Some(i) => Ok(Value::Int(i)),
        None if N >= 2 => Err(PyErr::new(ExcType::ValueError, "substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

/// `str.count(sub[, start[, end]])`: non-overlapping occurrences.
fn str_count(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = search_args(interp, args, kwargs, "count")?;
    if a.end - a.start < a.sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    if a.sub.is_empty() {
        return Ok(Value::Int(a.end - a.start + 1));
    }
    let (text, _) = window(&a.s, a.start, a.end);
    Ok(Value::Int(text.matches(a.sub.as_str()).count() as i64))
}

/// `str.startswith(prefix[, start[, end]])` and `endswith` (`AT_END`): `prefix` may be a
/// tuple of strings, any of which matches.
fn str_tailmatch<const AT_END: bool>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let name = if AT_END { "endswith" } else { "startswith" };
    no_kwargs(format_args!("str.{name}"), kwargs)?;
    check_method_count(name, args, 1, 3)?;
    let s = this_str(interp, args, name)?;
    let (start, end) = adjust_indices(s.len(), slice_index(interp, args.get(2))?, slice_index(interp, args.get(3))?);
    let matches = |sub: &PyStr| {
        if end - (sub.len() as i64) < start {
            return false;
        }
        let (text, _) = window(&s, start, end);
        if AT_END {
            text.ends_with(sub.as_str())
        } else {
            text.starts_with(sub.as_str())
        }
    };
    if let Value::Tuple(t) = &args[1] {
        for item in t.items.iter() {
            let sub = str_value(item).ok_or_else(|| {
                PyErr::new(
                    ExcType::TypeError,
                    format!("tuple for {name} must only contain str, not {}", interp.type_name(item)),
                )
            })?;
            if matches(&sub) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let sub = str_value(&args[1]).ok_or_else(|| {
        PyErr::new(
            ExcType::TypeError,
            format!("{name} first arg must be str or a tuple of str, not {}", interp.type_name(&args[1])),
        )
    })?;
    Ok(Value::Bool(matches(&sub)))
}

/// Positional-or-keyword arguments of a method (after `self`), by parameter name, with
/// CPython's messages for too many, unknown and doubled arguments.
fn params(name: &str, args: &[Value], kwargs: &Kwargs, names: &[&str]) -> PResult<Vec<Option<Value>>> {
    let pos = args.get(1..).unwrap_or(&[]);
    if pos.len() > names.len() {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!(
                "{name}() takes at most {} argument{} ({} given)",
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                pos.len()
            ),
        ));
    }
    let mut out: Vec<Option<Value>> = names.iter().enumerate().map(|(i, _)| pos.get(i).cloned()).collect();
    for (k, v) in kwargs {
        let Some(i) = names.iter().position(|n| **n == **k) else {
            return Err(PyErr::new(ExcType::TypeError, format!("'{k}' is an invalid keyword argument for {name}()")));
        };
        if out[i].is_some() {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("argument for {name}() given by name ('{k}') and position ({})", i + 1),
            ));
        }
        out[i] = Some(v.clone());
    }
    Ok(out)
}

/// `str.split(sep=None, maxsplit=-1)` and `rsplit` (`RIGHT`): runs of whitespace when
/// `sep` is `None`, else the exact separator; at most `maxsplit` splits.
fn str_split<const RIGHT: bool>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let name = if RIGHT { "rsplit" } else { "split" };
    let p = params(name, args, kwargs, &["sep", "maxsplit"])?;
    let s = this_str(interp, args, name)?;
    let sep = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(str_value(v).ok_or_else(|| {
            PyErr::new(ExcType::TypeError, format!("must be str or None, not {}", interp.type_name(v)))
        })?),
    };
    let maxsplit = match &p[1] {
        None => -1,
        Some(v) => interp.index_value(v)?,
    };
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let text = s.as_str();
    let parts: Vec<&str> = match &sep {
        None if RIGHT => rsplit_whitespace(text, limit),
        None => split_whitespace(text, limit),
        Some(sep) => {
            if sep.is_empty() {
                return Err(PyErr::new(ExcType::ValueError, "empty separator"));
            }
            let n = limit.saturating_add(1);
            if RIGHT {
                let mut v: Vec<&str> = text.rsplitn(n, sep.as_str()).collect();
                v.reverse();
                v
            } else {
                text.splitn(n, sep.as_str()).collect()
            }
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

/// Splits at runs of whitespace, at most `limit` times; the rest keeps its trailing
/// whitespace.
fn split_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_start_matches(cc::is_space);
    while !rest.is_empty() {
        if out.len() == limit {
            out.push(rest);
            break;
        }
        let end = rest.find(cc::is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(cc::is_space);
    }
    out
}

/// `split_whitespace` from the right.
fn rsplit_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_end_matches(cc::is_space);
    while !rest.is_empty() {
        if out.len() == limit {
            out.push(rest);
            break;
        }
        let start = rest.rfind(cc::is_space).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(cc::is_space);
    }
    out.reverse();
    out
}

/// `str.splitlines(keepends=False)`: splits at every line boundary (`\n`, `\r\n`, `\r`,
/// `\v`, `\f`, `\x1c`-`\x1e`, `\x85`, `\u2028`, `\u2029`).
fn str_splitlines(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let p = params("splitlines", args, kwargs, &["keepends"])?;
    let s = this_str(interp, args, "splitlines")?;
    let keepends = match &p[0] {
        None => false,
        Some(v @ Value::Float(_)) => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("'{}' object cannot be interpreted as an integer", interp.type_name(v)),
            ))
        }
        Some(v) => interp.index_value(v)? != 0,
    };
    let text = s.as_str();
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let line_end = text[i..].find(cc::is_line_break).map_or(text.len(), |p| i + p);
        let mut next = line_end;
        if line_end < text.len() {
            next += if text[line_end..].starts_with("\r\n") {
                2
            } else {
                text[line_end..].chars().next().map_or(1, char::len_utf8)
            };
        }
        out.push(Value::str(&text[i..if keepends { next } else { line_end }]));
        i = next;
    }
    Ok(Value::list(out))
}

/// `str.partition(sep)` and `rpartition` (`RIGHT`): `(before, sep, after)` around the
/// first (last) occurrence.
fn str_partition<const RIGHT: bool>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let name = if RIGHT { "rpartition" } else { "partition" };
    no_kwargs(format_args!("str.{name}"), kwargs)?;
    check_method_count(format_args!("str.{name}"), args, 1, 1)?;
    let s = this_str(interp, args, name)?;
    let sep = need_str(interp, &args[1], "")?;
    if sep.is_empty() {
        return Err(PyErr::new(ExcType::ValueError, "empty separator"));
    }
    let text = s.as_str();
    let pos = if RIGHT { text.rfind(sep.as_str()) } else { text.find(sep.as_str()) };
    let parts = match pos {
        Some(p) => vec![Value::str(&text[..p]), Value::Str(sep.clone()), Value::str(&text[p + sep.len_bytes()..])],
        None if RIGHT => vec![Value::str(""), Value::str(""), Value::Str(s.clone())],
        None => vec![Value::Str(s.clone()), Value::str(""), Value::str("")],
    };
    Ok(Value::tuple(parts))
}

const STRIP_NAMES: [&str; 3] = ["strip", "lstrip", "rstrip"];

/// `str.strip(chars=None)` (`N` = 0), `lstrip` (1), `rstrip` (2): whitespace, or any of
/// `chars`, removed from the ends.
fn str_strip<const N: usize>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let name = STRIP_NAMES[N];
    no_kwargs(format_args!("str.{name}"), kwargs)?;
    check_count(name, args.get(1..).unwrap_or(&[]), 0, 1)?;
    let s = this_str(interp, args, name)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(
            str_value(v).ok_or_else(|| PyErr::new(ExcType::TypeError, format!("{name} arg must be None or str")))?,
        ),
    };
    let text = s.as_str();
    let strip = |t: &'_ str, pred: &dyn Fn(char) -> bool| -> (usize, usize) {
        let start = if N == 2 { 0 } else { t.len() - t.trim_start_matches(|c| pred(c)).len() };
        let end = if N == 1 { t.len() } else { t.trim_end_matches(|c| pred(c)).len() };
        (start, end.max(start))
    };
    let (start, end) = match &chars {
        None => strip(text, &cc::is_space),
        Some(set) => strip(text, &|c| set.as_str().contains(c)),
    };
    if start == 0 && end == text.len() {
        return Ok(Value::Str(s));
    }
    Ok(Value::str(&text[start..end]))
}

/// `str.replace(old, new, count=-1)`: the first `count` occurrences (all when negative).
fn str_replace(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("str.replace", kwargs)?;
    check_count("replace", args.get(1..).unwrap_or(&[]), 2, 3)?;
    let s = this_str(interp, args, "replace")?;
    let old = need_str(interp, &args[1], "replace() argument 1 ")?;
    let new = need_str(interp, &args[2], "replace() argument 2 ")?;
    let count = match args.get(3) {
        Some(v) => interp.index_value(v)?,
        None => -1,
    };
    let text = s.as_str();
    Ok(Value::string(if count < 0 {
        text.replace(old.as_str(), new.as_str())
    } else {
        text.replacen(old.as_str(), new.as_str(), count as usize)
    }))
}

/// `str.removeprefix(prefix)` and `removesuffix` (`SUFFIX`).
fn str_remove_affix<const SUFFIX: bool>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let name = if SUFFIX { "removesuffix" } else { "removeprefix" };
    no_kwargs(format_args!("str.{name}"), kwargs)?;
    check_method_count(format_args!("str.{name}"), args, 1, 1)?;
    let s = this_str(interp, args, name)?;
    let affix = need_str(interp, &args[1], &format!("{name}() argument "))?;
    let text = s.as_str();
    let rest = if SUFFIX { text.strip_suffix(affix.as_str()) } else { text.strip_prefix(affix.as_str()) };
    match rest {
        Some(r) if !affix.is_empty() => Ok(Value::str(r)),
        _ => Ok(Value::Str(s)),
    }
}

/// `str.expandtabs(tabsize=8)`: each tab becomes spaces up to the next multiple of
/// `tabsize` columns; `\n` and `\r` restart the column count.
fn str_expandtabs(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let p = params("expandtabs", args, kwargs, &["tabsize"])?;
    let s = this_str(interp, args, "expandtabs")?;
    let tabsize = match &p[0] {
        None => 8,
        Some(v) => interp.index_value(v)?,
    };
    let mut out = String::with_capacity(s.len_bytes());
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize - col % tabsize;
                    col += incr;
                    out.extend(std::iter::repeat(' ').take(incr as usize));
                }
            }
            '\n' | '\r' => {
                col = 0;
                out.push(c);
            }
            _ => {
                col += 1;
                out.push(c);
            }
        }
    }
    Ok(Value::string(out))
}
