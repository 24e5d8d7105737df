//! The `bisect` module: binary search and insertion in sorted sequences, as CPython's
//! `_bisectmodule.c` (`lo`, `hi`, `key=`; comparisons only through `<`).
//!
//! Invariant: no borrow of the list is held while `<` or `key` runs: each probed item is
//! cloned out first.

use crate::builtins::args::{kwarg, only_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::modules::{add_fn, new_module};
use crate::object::function::Kwargs;
use crate::value::Value;

/// Makes `bisect`.
pub fn make(_interp: &Interp) -> PResult<std::rc::Rc<ModuleObj>> {
    let m = new_module("bisect");
    add_fn(&m, "bisect_left", bisect_left);
    add_fn(&m, "bisect_right", bisect_right);
    add_fn(&m, "bisect", bisect_right);
    add_fn(&m, "insort_left", insort_left);
    add_fn(&m, "insort_right", insort_right);
    add_fn(&m, "insort", insort_right);
    Ok(m)
}

/// The bound arguments `(a, x, lo, hi, key)` of every function here.
struct Args {
    a: Value,
    x: Value,
    lo: usize,
    hi: Option<usize>,
    key: Value,
}

fn parse(interp: &Interp, fname: &str, args: &[Value], kwargs: &Kwargs) -> PResult<Args> {
    only_kwargs(fname, kwargs, &["a", "x", "lo", "hi", "key"])?;
    if args.len() > 4 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("{fname}() takes at most 4 positional arguments ({} given)", args.len()),
        ));
    }
    let get = |i: usize, name: &str| args.get(i).or_else(|| kwarg(kwargs, name)).cloned();
    let Some(a) = get(0, "a") else {
        return Err(PyErr::new(ExcType::TypeError, format!("{fname}() missing required argument 'a' (pos 1)")));
    };
    let Some(x) = get(1, "x") else {
        return Err(PyErr::new(ExcType::TypeError, format!("{fname}() missing required argument 'x' (pos 2)")));
    };
    let lo = match get(2, "lo") {
        Some(v) => interp.index_value(&v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(PyErr::new(ExcType::ValueError, "lo must be non-negative"));
    }
    let hi = match get(3, "hi") {
        None | Some(Value::None) => None,
        Some(v) => Some(interp.index_value(&v)?.max(0) as usize),
    };
    Ok(Args { a, x, lo: lo as usize, hi, key: kwarg(kwargs, "key").cloned().unwrap_or(Value::None) })
}

/// `a[i]`, cloned out of a list without holding its borrow.
fn item(interp: &Interp, a: &Value, i: usize) -> PResult<Value> {
    if let Value::List(l) = a {
        if let Some(v) = l.items.borrow().get(i) {
            return Ok(v.clone());
        }
    }
    interp.get_item(a, &Value::Int(i as i64))
}

/// The insertion point of `x`: leftmost when `left`, else after any equal items.
fn search(interp: &Interp, p: &Args, x: &Value, left: bool) -> PResult<usize> {
    let mut lo = p.lo;
    let mut hi = match p.hi {
        Some(h) => h,
        None => interp.len_of(&p.a)?,
    };
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut probe = item(interp, &p.a, mid)?;
        if !p.key.is_none() {
            probe = interp.call_value(&p.key, &[probe], &[])?;
        }
        let go_right = if left { interp.less_than(&probe, x)? } else { !interp.less_than(x, &probe)? };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

/// `bisect.bisect_left(a, x, lo=0, hi=len(a), *, key=None)`.
fn bisect_left(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let p = parse(interp, "bisect_left", args, kwargs)?;
    Ok(Value::Int(search(interp, &p, &p.x, true)? as i64))
}

/// `bisect.bisect_right(a, x, lo=0, hi=len(a), *, key=None)` (also `bisect.bisect`).
fn bisect_right(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let p = parse(interp, "bisect_right", args, kwargs)?;
    Ok(Value::Int(search(interp, &p, &p.x, false)? as i64))
}

fn insort(interp: &Interp, fname: &str, args: &[Value], kwargs: &Kwargs, left: bool) -> PResult<Value> {
    let p = parse(interp, fname, args, kwargs)?;
    let probe =
        if p.key.is_none() { p.x.clone() } else { interp.call_value(&p.key, std::slice::from_ref(&p.x), &[])? };
    let i = search(interp, &p, &probe, left)?;
    match &p.a {
        Value::List(l) => {
            let mut items = l.items.borrow_mut();
            let i = i.min(items.len());
            items.insert(i, p.x.clone());
        }
        _ => {
            interp.call_method("insert", &[p.a.clone(), Value::Int(i as i64), p.x.clone()], &[])?;
        }
    }
    Ok(Value::None)
}

/// `bisect.insort_left(a, x, lo=0, hi=len(a), *, key=None)`.
fn insort_left(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    insort(interp, "insort_left", args, kwargs, true)
}

/// `bisect.insort_right(a, x, lo=0, hi=len(a), *, key=None)` (also `bisect.insort`).
fn insort_right(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    insort(interp, "insort_right", args, kwargs, false)
}
