//! Methods of `str`: `format` (the `str.format` mini-language of fields) and the text
//! methods. Indexing is by code point throughout.
//!
//! Invariant: every method returns a new string; `str` values are never mutated.

use crate::builtins::add_method;
use crate::builtins::args::{check_method_count, no_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::function::Kwargs;
use crate::object::PyStr;
use crate::value::Value;
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    let s = interp.types.str.clone();
    add_method(&s, "format", str_format);
    add_method(&s, "join", str_join);
}

/// `self` as a str (a str, or the str inside an instance of a `str` subclass).
pub fn this_str(interp: &Interp, args: &[Value], method: &str) -> PResult<Rc<PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(Value::Instance(inst)) => match &*inst.base_value.borrow() {
            Value::Str(s) => Ok(s.clone()),
            _ => Err(PyErr::new(ExcType::TypeError, format!("descriptor '{method}' requires a 'str' object"))),
        },
        Some(v) => Err(PyErr::new(
            ExcType::TypeError,
            format!("descriptor '{method}' for 'str' objects doesn't apply to a '{}' object", interp.type_name(v)),
        )),
        None => Err(PyErr::new(ExcType::TypeError, format!("descriptor '{method}' of 'str' object needs an argument"))),
    }
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
        match it {
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Instance(inst) if matches!(&*inst.base_value.borrow(), Value::Str(_)) => {
                if let Value::Str(s) = &*inst.base_value.borrow() {
                    out.push_str(s.as_str());
                }
            }
            v => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("sequence item {i}: expected str instance, {} found", interp.type_name(v)),
                ))
            }
        }
    }
    Ok(Value::string(out))
}

/// `fmt.format(*args, **kwargs)`: replacement fields `{name!conv:spec}` with attribute and
/// index chains (`{0.x}`, `{a[key]}`) and nested fields in the spec.
fn str_format(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let fmt = this_str(interp, args, "format")?;
    let mut auto = AutoNumber::Unknown;
    Ok(Value::string(format_fields(interp, fmt.as_str(), &args[1..], kwargs, &mut auto, 0)?))
}

#[derive(PartialEq)]
enum AutoNumber {
    Unknown,
    Auto(usize),
    Manual,
}

pub fn format_fields(
    interp: &Interp,
    fmt: &str,
    args: &[Value],
    kwargs: &Kwargs,
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
            out.push_str(&format_one_field(interp, &field, args, kwargs, auto, depth)?);
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

fn format_one_field(
    interp: &Interp,
    field: &str,
    args: &[Value],
    kwargs: &Kwargs,
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
        match kwargs.iter().find(|(k, _)| &**k == first) {
            Some((_, v)) => v.clone(),
            None => return Err(PyErr::with_args(ExcType::KeyError, vec![Value::str(first)])),
        }
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
    let spec = if spec.contains('{') { format_fields(interp, spec, args, kwargs, auto, depth + 1)? } else { spec.to_string() };
    interp.format_value(&value, &spec)
}
