//! Methods of `str`, first part: registration, `format`/`format_map`, `join`, case
//! conversion, the `is…` predicates, padding, `translate`/`maketrans` and the slot wrappers.
//! Searching, splitting and stripping are in `str_search.rs`. Indexing is by code point
//! throughout, as in CPython.
//!
//! Invariant: every method returns a new string; `str` values are never mutated.
//! Invariant: `self` may be a `str` or an instance of a `str` subclass; methods work on the
//! str inside it (`this_str`).
//!
//! Deliberately absent: `encode` raises `NotImplementedError` (bytes are out of scope).

use super::char_class as cc;
use super::slot_wrappers::{
    add_container_slots, add_item_slots, add_rich_compare, add_sequence_arith, check_slot_args, slot_self, STR,
};
use super::str_search;
use crate::builtins::args::{check_count, check_method_count, no_kwargs};
use crate::builtins::{add_method, add_static};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::function::Kwargs;
use crate::object::{PyDict, PyStr};
use crate::value::Value;
use std::rc::Rc;

/// Adds the methods of `str` to its class (those of `str_search.rs` included).
pub fn register(interp: &mut Interp) {
    let s = interp.types.str.clone();
    add_method(&s, "format", str_format);
    add_method(&s, "format_map", str_format_map);
    add_method(&s, "join", str_join);
    add_method(&s, "upper", str_upper);
    add_method(&s, "lower", str_lower);
    add_method(&s, "title", str_title);
    add_method(&s, "capitalize", str_capitalize);
    add_method(&s, "swapcase", str_swapcase);
    add_method(&s, "casefold", str_casefold);
    add_method(&s, "isdigit", str_is::<0>);
    add_method(&s, "isdecimal", str_is::<1>);
    add_method(&s, "isnumeric", str_is::<2>);
    add_method(&s, "isalpha", str_is::<3>);
    add_method(&s, "isalnum", str_is::<4>);
    add_method(&s, "isspace", str_is::<5>);
    add_method(&s, "isprintable", str_is::<6>);
    add_method(&s, "isascii", str_is::<7>);
    add_method(&s, "isupper", str_isupper);
    add_method(&s, "islower", str_islower);
    add_method(&s, "istitle", str_istitle);
    add_method(&s, "isidentifier", str_isidentifier);
    add_method(&s, "zfill", str_zfill);
    add_method(&s, "center", str_pad::<0>);
    add_method(&s, "ljust", str_pad::<1>);
    add_method(&s, "rjust", str_pad::<2>);
    add_method(&s, "translate", str_translate);
    add_static(&s, "maketrans", str_maketrans);
    add_method(&s, "encode", str_encode);
    add_method(&s, "__mod__", str_mod);
    add_container_slots::<STR>(&s);
    add_item_slots::<STR>(&s, false);
    add_sequence_arith::<STR>(&s);
    add_rich_compare::<STR>(&s, true);
    str_search::register(&s);
}

/// `self` as a str (a str, or the str inside an instance of a `str` subclass).
pub fn this_str(interp: &Interp, args: &[Value], method: &str) -> PResult<Rc<PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(Value::Instance(inst)) => match &*inst.base_value.borrow() {
            Value::Str(s) => Ok(s.clone()),
            _ => Err(PyErr::new(
                ExcType::TypeError,
                format!("descriptor '{method}' for 'str' objects doesn't apply to a '{}' object", inst.class.name),
            )),
        },
        Some(v) => Err(PyErr::new(
            ExcType::TypeError,
            format!("descriptor '{method}' for 'str' objects doesn't apply to a '{}' object", interp.type_name(v)),
        )),
        None => Err(PyErr::new(ExcType::TypeError, format!("descriptor '{method}' of 'str' object needs an argument"))),
    }
}

/// A str argument (a str or an instance of a `str` subclass), or `None`.
pub fn str_value(v: &Value) -> Option<Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(inst) => match &*inst.base_value.borrow() {
            Value::Str(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A str argument, or `TypeError: {prefix}must be str, not int`.
pub fn need_str(interp: &Interp, v: &Value, prefix: &str) -> PResult<Rc<PyStr>> {
    str_value(v)
        .ok_or_else(|| PyErr::new(ExcType::TypeError, format!("{prefix}must be str, not {}", interp.type_name(v))))
}

/// `self` of a method taking no arguments (`str.upper() takes no arguments (1 given)`).
fn no_arg_self(interp: &Interp, args: &[Value], kwargs: &Kwargs, method: &str) -> PResult<Rc<PyStr>> {
    no_kwargs(format_args!("str.{method}"), kwargs)?;
    check_method_count(format_args!("str.{method}"), args, 0, 0)?;
    this_str(interp, args, method)
}

/// `sep.join(iterable)`.
fn str_join(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("str.join", kwargs)?;
    check_method_count("str.join", args, 1, 1)?;
    let sep = this_str(interp, args, "join")?;
    let items = interp.collect_iter(&args[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match str_value(it) {
            Some(s) => out.push_str(s.as_str()),
            None => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("sequence item {i}: expected str instance, {} found", interp.type_name(it)),
                ))
            }
        }
    }
    Ok(Value::string(out))
}

/// `str.upper()`: full case mapping (`ß` → `SS`).
fn str_upper(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let s = no_arg_self(interp, args, kwargs, "upper")?;
    Ok(if s.is_ascii() {
        Value::ascii_string(s.as_str().to_ascii_uppercase())
    } else {
        Value::string(s.as_str().to_uppercase())
    })
}

/// `str.lower()`: full case mapping, with the final sigma rule.
fn str_lower(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let s = no_arg_self(interp, args, kwargs, "lower")?;
    Ok(if s.is_ascii() {
        Value::ascii_string(s.as_str().to_ascii_lowercase())
    } else {
        Value::string(s.as_str().to_lowercase())
    })
}

/// `str.title()`: title case after an uncased character, lower case after a cased one.
fn str_title(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let s = no_arg_self(interp, args, kwargs, "title")?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.len_bytes());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            cc::push_lower_at(&chars, i, &mut out);
        } else {
            cc::push_title(c, &mut out);
        }
        prev_cased = cc::is_cased(c);
    }
    Ok(Value::string(out))
}

/// `str.capitalize()`: the first character in title case, the rest in lower case.
fn str_capitalize(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let s = no_arg_self(interp, args, kwargs, "capitalize")?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.len_bytes());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            cc::push_title(c, &mut out);
        } else {
            cc::push_lower_at(&chars, i, &mut out);
        }
    }
    Ok(Value::string(out))
}

/// `str.swapcase()`.
fn str_swapcase(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let s = no_arg_self(interp, args, kwargs, "swapcase")?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.len_bytes());
    for (i, &c) in chars.iter().enumerate() {
        if cc::is_upper(c) {
            cc::push_lower_at(&chars, i, &mut out);
        } else if cc::is_lower(c) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::string(out))
}

/// `str.casefold()`: full case folding (`ß` → `ss`).
fn str_casefold(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let s = no_arg_self(interp, args, kwargs, "casefold")?;
    let mut out = String::with_capacity(s.len_bytes());
    for c in s.as_str().chars() {
        cc::push_casefold(c, &mut out);
    }
    Ok(Value::string(out))
}

const PREDICATES: [(&str, fn(char) -> bool); 8] = [
    ("isdigit", cc::is_digit),
    ("isdecimal", cc::is_decimal),
    ("isnumeric", cc::is_numeric),
    ("isalpha", cc::is_alpha),
    ("isalnum", cc::is_alnum),
    ("isspace", cc::is_space),
    ("isprintable", cc::is_printable),
    ("isascii", |c| c.is_ascii()),
];

/// `str.isdigit()`, `isdecimal`, `isnumeric`, `isalpha`, `isalnum`, `isspace` (true for a
/// nonempty string of such characters), `isprintable` and `isascii` (true when empty).
fn str_is<const N: usize>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let (name, pred) = PREDICATES[N];
    let s = no_arg_self(interp, args, kwargs, name)?;
    let empty_ok = N >= 6;
    Ok(Value::Bool((empty_ok || !s.is_empty()) && s.as_str().chars().all(pred)))
}

/// `str.isupper()`: some cased character, and no lower or title case one.
fn str_isupper(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let s = no_arg_self(interp, args, kwargs, "isupper")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if cc::is_lower(c) || cc::is_title(c) {
            return Ok(Value::Bool(false));
        }
        cased |= cc::is_upper(c);
    }
    Ok(Value::Bool(cased))
}

/// `str.islower()`: some cased character, and no upper or title case one.
fn str_islower(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let s = no_arg_self(interp, args, kwargs, "islower")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if cc::is_upper(c) || cc::is_title(c) {
            return Ok(Value::Bool(false));
        }
        cased |= cc::is_lower(c);
    }
    Ok(Value::Bool(cased))
}

/// `str.istitle()`: upper/title case only after uncased characters, lower case only after
/// cased ones, and at least one cased character.
fn str_istitle(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let s = no_arg_self(interp, args, kwargs, "istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.as_str().chars() {
        if cc::is_upper(c) || cc::is_title(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if cc::is_lower(c) {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// `str.isidentifier()`: XID_Start (or `_`) then XID_Continue characters.
fn str_isidentifier(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let s = no_arg_self(interp, args, kwargs, "isidentifier")?;
    let mut chars = s.as_str().chars();
    Ok(Value::Bool(match chars.next() {
        Some(c) => cc::is_id_start(c) && chars.all(cc::is_id_continue),
        None => false,
    }))
}

/// A width argument (`'str' object cannot be interpreted as an integer`).
fn width_arg(interp: &Interp, v: &Value) -> PResult<i64> {
    interp.index_value(v)
}

/// `str.zfill(width)`: pads with zeros on the left, after a leading sign.
fn str_zfill(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("str.zfill", kwargs)?;
    check_method_count("str.zfill", args, 1, 1)?;
    let s = this_str(interp, args, "zfill")?;
    let width = width_arg(interp, &args[1])?;
    let len = s.len() as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let fill = (width - len) as usize;
    let text = s.as_str();
    let mut out = String::with_capacity(fill + text.len());
    let rest = match text.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(rest);
    Ok(Value::string(out))
}

const PAD_NAMES: [&str; 3] = ["center", "ljust", "rjust"];

/// `str.center(width, fillchar=' ')` (`N` = 0), `ljust` (1), `rjust` (2).
fn str_pad<const N: usize>(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let name = PAD_NAMES[N];
    no_kwargs(format_args!("str.{name}"), kwargs)?;
    check_count(name, args.get(1..).unwrap_or(&[]), 1, 2)?;
    let s = this_str(interp, args, name)?;
    let width = width_arg(interp, &args[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(v) => {
            let f = str_value(v).ok_or_else(|| {
                PyErr::new(
                    ExcType::TypeError,
                    format!("The fill character must be a unicode character, not {}", interp.type_name(v)),
                )
            })?;
            match (f.len(), f.as_str().chars().next()) {
                (1, Some(c)) => c,
                _ => {
                    return Err(PyErr::new(ExcType::TypeError, "The fill character must be exactly one character long"))
                }
            }
        }
    };
    let len = s.len() as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let marg = width - len;
    let left = match N {
        0 => marg / 2 + (marg & width & 1),
        1 => 0,
        _ => marg,
    };
    let mut out = String::with_capacity(s.len_bytes() + marg as usize * fill.len_utf8());
    out.extend(std::iter::repeat(fill).take(left as usize));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat(fill).take((marg - left) as usize));
    Ok(Value::string(out))
}

/// `str.translate(table)`: each character is looked up as `table[ord(c)]`; a missing key
/// keeps it, `None` deletes it, an int or a str replaces it.
fn str_translate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("str.translate", kwargs)?;
    check_method_count("str.translate", args, 1, 1)?;
    let s = this_str(interp, args, "translate")?;
    let table = &args[1];
    let mut out = String::with_capacity(s.len_bytes());
    for c in s.as_str().chars() {
        let key = Value::Int(c as i64);
        let mapped = match table {
            Value::Dict(d) => interp.dict_get(d, &key)?,
            _ => match interp.get_item(table, &key) {
                Ok(v) => Some(v),
                Err(e) if interp.err_is(&e, ExcType::LookupError) => None,
                Err(e) => return Err(e),
            },
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                let n = match v {
                    Value::Int(n) => n,
                    Value::Bool(b) => b as i64,
                    _ => -1,
                };
                match u32::try_from(n).ok().and_then(char::from_u32) {
                    Some(m) => out.push(m),
                    None => {
                        return Err(PyErr::new(ExcType::ValueError, "character mapping must be in range(0x110000)"))
                    }
                }
            }
            Some(v) => match str_value(&v) {
                Some(m) => out.push_str(m.as_str()),
                None => {
                    return Err(PyErr::new(ExcType::TypeError, "character mapping must return integer, None or str"))
                }
            },
        }
    }
    Ok(Value::string(out))
}

/// `str.maketrans(x[, y[, z]])`: a translation table for `str.translate`.
fn str_maketrans(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("str.maketrans", kwargs)?;
    check_count("maketrans", args, 1, 3)?;
    let out = PyDict::new();
    if args.len() == 1 {
        let Value::Dict(d) = &args[0] else {
            return Err(PyErr::new(ExcType::TypeError, "if you give only one argument to maketrans it must be a dict"));
        };
        let entries: Vec<(Value, Value)> = d.table.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
        for (k, v) in entries {
            let key = match &k {
                Value::Int(_) | Value::BigInt(_) => k.clone(),
                Value::Bool(b) => Value::Int(*b as i64),
                _ => match str_value(&k) {
                    Some(s) => match (s.len(), s.as_str().chars().next()) {
                        (1, Some(c)) => Value::Int(c as i64),
                        _ => {
                            return Err(PyErr::new(
                                ExcType::ValueError,
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    },
                    None => {
                        return Err(PyErr::new(
                            ExcType::TypeError,
                            "keys in translate table must be strings or integers",
                        ))
                    }
                },
            };
            interp.dict_set(&out, key, v)?;
        }
        return Ok(Value::Dict(Rc::new(out)));
    }
    let x = str_value(&args[0]).ok_or_else(|| {
        PyErr::new(ExcType::TypeError, "first maketrans argument must be a string if there is a second argument")
    })?;
    let y = str_value(&args[1]).ok_or_else(|| {
        PyErr::new(
            ExcType::TypeError,
            format!("maketrans() argument 2 must be str, not {}", interp.type_name(&args[1])),
        )
    })?;
    if x.len() != y.len() {
        return Err(PyErr::new(ExcType::ValueError, "the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        interp.dict_set(&out, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(zv) = args.get(2) {
        let z = str_value(zv).ok_or_else(|| {
            PyErr::new(ExcType::TypeError, format!("maketrans() argument 3 must be str, not {}", interp.type_name(zv)))
        })?;
        for c in z.as_str().chars() {
            interp.dict_set(&out, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(Rc::new(out)))
}

/// `str.encode()`: refused, hyper has no `bytes`.
fn str_encode(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    this_str(interp, args, "encode")?;
    Err(PyErr::new(ExcType::NotImplementedError, "str.encode() is not supported by hyper (no bytes type)"))
}

/// `str.__mod__(values)`: `%`-formatting.
fn str_mod(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    check_slot_args("__mod__", args, kwargs, 1, 1)?;
    let Value::Str(s) = slot_self(interp, STR, args, "__mod__")? else {
        return Err(PyErr::new(ExcType::TypeError, "descriptor '__mod__' requires a 'str' object"));
    };
    Ok(Value::string(interp.percent_format(s.as_str(), &args[1])?))
}

/// Where `str.format` finds named fields: the keyword arguments, or (`format_map`) any
/// mapping, looked up lazily with `mapping[name]`.
enum Named<'a> {
    Kwargs(&'a Kwargs),
    Mapping(&'a Value),
}

impl Named<'_> {
    /// The value of the named field `name` (`KeyError` when absent).
    fn get(&self, interp: &Interp, name: &str) -> PResult<Value> {
        match self {
            Named::Kwargs(kwargs) => match kwargs.iter().find(|(k, _)| &**k == name) {
                Some((_, v)) => Ok(v.clone()),
                None => Err(PyErr::with_args(ExcType::KeyError, vec![Value::str(name)])),
            },
            Named::Mapping(m) => interp.get_item(m, &Value::str(name)),
        }
    }
}

/// `fmt.format_map(mapping)`.
fn str_format_map(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("str.format_map", kwargs)?;
    check_method_count("str.format_map", args, 1, 1)?;
    let fmt = this_str(interp, args, "format_map")?;
    let mut auto = AutoNumber::Unknown;
    Ok(Value::string(format_fields(interp, fmt.as_str(), &[], &Named::Mapping(&args[1]), &mut auto, 0)?))
}

/// `fmt.format(*args, **kwargs)`: replacement fields `{name!conv:spec}` with attribute and
/// index chains (`{0.x}`, `{a[key]}`) and nested fields in the spec.
fn str_format(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let fmt = this_str(interp, args, "format")?;
    let mut auto = AutoNumber::Unknown;
    Ok(Value::string(format_fields(interp, fmt.as_str(), &args[1..], &Named::Kwargs(kwargs), &mut auto, 0)?))
}

#[derive(PartialEq)]
enum AutoNumber {
    Unknown,
    Auto(usize),
    Manual,
}

/// Expands the replacement fields of `fmt` (`depth` counts nested specs, at most 2).
fn format_fields(
    interp: &Interp,
    fmt: &str,
    args: &[Value],
    named: &Named,
    auto: &mut AutoNumber,
    depth: usize,
) -> PResult<String> {
    if depth > 2 {
        return Err(PyErr::new(ExcType::ValueError, "Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, counting nested braces in the spec.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(PyErr::new(ExcType::ValueError, "expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&format_one_field(interp, &field, args, named, auto, depth)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::new(ExcType::ValueError, "Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// Formats one replacement field `name!conv:spec`.
fn format_one_field(
    interp: &Interp,
    field: &str,
    args: &[Value],
    named: &Named,
    auto: &mut AutoNumber,
    depth: usize,
) -> PResult<String> {
    // Split `name!conv:spec`; the spec starts at the first ':' outside brackets.
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conversion, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut cs = r.chars();
        let conv = cs.next();
        let after = cs.as_str();
        match conv {
            Some('r' | 's' | 'a') => {}
            _ => return Err(PyErr::new(ExcType::ValueError, "Unknown conversion specifier")),
        }
        if !after.is_empty() && !after.starts_with(':') {
            return Err(PyErr::new(ExcType::ValueError, "expected ':' after conversion specifier"));
        }
        (conv, after.strip_prefix(':').unwrap_or(""))
    } else {
        (None, rest.strip_prefix(':').unwrap_or(""))
    };
    // The first part of the name: an index, a keyword, or empty (automatic numbering).
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let positional = first.is_empty() || first.parse::<usize>().is_ok();
    if positional && matches!(named, Named::Mapping(_)) {
        return Err(PyErr::new(ExcType::ValueError, "Format string contains positional fields"));
    }
    let mut value = if first.is_empty() {
        let n = match auto {
            AutoNumber::Manual => {
                return Err(PyErr::new(
                    ExcType::ValueError,
                    "cannot switch from manual field specification to automatic field numbering",
                ))
            }
            AutoNumber::Unknown => 0,
            AutoNumber::Auto(n) => *n,
        };
        *auto = AutoNumber::Auto(n + 1);
        args.get(n).cloned().ok_or_else(|| {
            PyErr::new(ExcType::IndexError, format!("Replacement index {n} out of range for positional args tuple"))
        })?
    } else if let Ok(n) = first.parse::<usize>() {
        if let AutoNumber::Auto(_) = auto {
            return Err(PyErr::new(
                ExcType::ValueError,
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *auto = AutoNumber::Manual;
        args.get(n).cloned().ok_or_else(|| {
            PyErr::new(ExcType::IndexError, format!("Replacement index {n} out of range for positional args tuple"))
        })?
    } else {
        named.get(interp, first)?
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            value = interp.get_attr(&value, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(PyErr::new(ExcType::ValueError, "Missing ']' in format string"));
            };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::str(key),
            };
            value = interp.get_item(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(PyErr::new(ExcType::ValueError, "Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let value = match conversion {
        Some('r') => Value::string(interp.repr(&value)?),
        Some('s') => Value::string(interp.str_of(&value)?),
        Some('a') => Value::string(crate::builtins::repr::ascii_escape(&interp.repr(&value)?)),
        _ => value,
    };
    let spec =
        if spec.contains('{') { format_fields(interp, spec, args, named, auto, depth + 1)? } else { spec.to_string() };
    interp.format_value(&value, &spec)
}
