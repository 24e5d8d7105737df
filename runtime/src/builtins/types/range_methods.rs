//! Methods of `range` (both the machine-word and the big form): `index`, `count`.
//!
//! Invariant: ints are answered arithmetically (never by iterating a range, which may be
//! astronomically long); other values are compared by `==` item by item, as CPython does.

use crate::builtins::add_method;
use crate::builtins::args::{check_method_count, no_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::function::Kwargs;
use crate::object::range::{as_bigint, parts_of, RangeParts};
use crate::value::Value;

/// Adds the methods of `range` to its class.
pub fn register(interp: &mut Interp) {
    let r = interp.types.range.clone();
    add_method(&r, "index", range_index);
    add_method(&r, "count", range_count);
}

fn this(interp: &Interp, args: &[Value], method: &str) -> PResult<RangeParts> {
    args.first().and_then(parts_of).ok_or_else(|| {
        PyErr::new(
            ExcType::TypeError,
            format!(
                "descriptor '{method}' for 'range' objects doesn't apply to a '{}' object",
                args.first().map_or("NoneType".to_string(), |v| interp.type_name(v))
            ),
        )
    })
}

/// The position of `x` in the range, by arithmetic for ints and by `==` otherwise.
fn position(interp: &Interp, range: &Value, parts: &RangeParts, x: &Value) -> PResult<Option<Value>> {
    if let Some(i) = as_bigint(x) {
        return Ok(parts.index_of(&i).map(Value::from_bigint));
    }
    let it = interp.get_iter(range)?;
    let mut i: i64 = 0;
    while let Some(item) = interp.iter_next(&it)? {
        if interp.eq(&item, x)? {
            return Ok(Some(Value::Int(i)));
        }
        i += 1;
    }
    Ok(None)
}

/// `range.index(x)`.
fn range_index(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("index", kwargs)?;
    check_method_count("index", args, 1, 1)?;
    let parts = this(interp, args, "index")?;
    match position(interp, &args[0], &parts, &args[1])? {
        Some(i) => Ok(i),
        // CPython names the int; other values fall back to the generic sequence message.
        None if as_bigint(&args[1]).is_some() => {
            Err(PyErr::new(ExcType::ValueError, format!("{} is not in range", interp.repr(&args[1])?)))
        }
        None => Err(PyErr::new(ExcType::ValueError, "sequence.index(x): x not in sequence")),
    }
}

/// `range.count(x)`.
fn range_count(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("count", kwargs)?;
    check_method_count("count", args, 1, 1)?;
    let parts = this(interp, args, "count")?;
    if let Some(i) = as_bigint(&args[1]) {
        return Ok(Value::Int(parts.index_of(&i).is_some() as i64));
    }
    let it = interp.get_iter(&args[0])?;
    let mut n: i64 = 0;
    while let Some(item) = interp.iter_next(&it)? {
        if interp.eq(&item, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
