//! The builtins that consume or wrap an iterable: `iter`, `next`, `enumerate`, `zip`,
//! `map`, `filter`, `reversed`, `sorted` (and `Interp::sort_values`, shared with
//! `list.sort`), `min`, `max`, `sum`, `any` and `all`.
//!
//! Invariant: `enumerate`, `zip`, `map` and `filter` call `iter()` on their arguments when
//! called (so a non-iterable fails at once, as in CPython) and consume nothing until
//! iterated; `sum`, `any` and `all` pull one item at a time (`any`/`all` stop early), while
//! `sorted`, `min` and `max` collect first.

use crate::builtins::args::{arg_or_kw, check_count, kwarg, no_kwargs, only_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::{iter_value, NativeIter};
use crate::object::function::Kwargs;
use crate::object::Other;
use crate::value::Value;

fn min_max(interp: &Interp, name: &str, args: &[Value], kwargs: &Kwargs, want_max: bool) -> PResult<Value> {
    only_kwargs(name, kwargs, &["key", "default"])?;
    let key = kwarg(kwargs, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(kwargs, "default").cloned();
    let items = match args.len() {
        0 => return Err(PyErr::new(ExcType::TypeError, format!("{name} expected at least 1 argument, got 0"))),
        1 => interp.collect_iter(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("Cannot specify a default for {name}() with multiple positional arguments"),
                ));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => interp.call_value(f, &[item.clone()], &[])?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                // CPython's order: `item > best` for max, `item < best` for min.
                let better = if want_max { interp.greater_than(&k, &bk)? } else { interp.less_than(&k, &bk)? };
                if better {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(PyErr::new(ExcType::ValueError, format!("{name}() arg is an empty sequence"))),
        },
    }
}

pub(super) fn builtin_min(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    min_max(interp, "min", args, kwargs, false)
}

pub(super) fn builtin_max(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    min_max(interp, "max", args, kwargs, true)
}

/// Python's `sum(iterable, start=0)`.
pub(super) fn builtin_sum(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("sum", kwargs, &["start"])?;
    check_count("sum", args, 1, 2)?;
    let mut total = arg_or_kw(args, 1, kwargs, "start").unwrap_or(Value::Int(0));
    if let Value::Str(_) = total {
        return Err(PyErr::new(ExcType::TypeError, "sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let add = |total: &Value, x: &Value| -> PResult<Value> {
        Ok(match (total, x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => interp.binary_op(lang::ast::BinOp::Add, total, x)?,
        })
    };
    // A list element by element (the length read again each time, as its iterator does)
    // without an iterator object; a tuple in place.
    match &args[0] {
        Value::List(l) => {
            for i in 0.. {
                let Some(x) = l.items.borrow().get(i).cloned() else { break };
                total = add(&total, &x)?;
            }
            return Ok(total);
        }
        Value::Tuple(t) => {
            for x in t.items.iter() {
                total = add(&total, x)?;
            }
            return Ok(total);
        }
        _ => {}
    }
    let it = interp.get_iter(&args[0])?;
    while let Some(x) = interp.iter_next(&it)? {
        total = add(&total, &x)?;
    }
    Ok(total)
}

pub(super) fn builtin_any(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("any", kwargs)?;
    check_count("any", args, 1, 1)?;
    let it = interp.get_iter(&args[0])?;
    while let Some(x) = interp.iter_next(&it)? {
        if interp.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub(super) fn builtin_all(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("all", kwargs)?;
    check_count("all", args, 1, 1)?;
    let it = interp.get_iter(&args[0])?;
    while let Some(x) = interp.iter_next(&it)? {
        if !interp.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

impl Interp {
    /// Sorts in place, stably, by `key` (or the values), as `list.sort(key=, reverse=)`.
    pub fn sort_values(&self, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PResult<()> {
        let keys: Vec<Value> = match key {
            Some(k) if !k.is_none() => {
                items.iter().map(|x| self.call_value(k, &[x.clone()], &[])).collect::<PResult<_>>()?
            }
            _ => items.clone(),
        };
        // CPython sorts (key, item) pairs; `reverse` reverses before and after a stable
        // sort so that equal items keep their order.
        let mut pairs: Vec<(Value, Value)> = keys.into_iter().zip(items.iter().cloned()).collect();
        if reverse {
            pairs.reverse();
        }
        crate::builtins::sort::timsort(&mut pairs, &mut |a, b| self.less_than(&a.0, &b.0))?;
        if reverse {
            pairs.reverse();
        }
        let sorted: Vec<Value> = pairs.into_iter().map(|p| p.1).collect();
        *items = sorted;
        Ok(())
    }
}

/// Python's `sorted(iterable, key=None, reverse=False)`: stable.
pub(super) fn builtin_sorted(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("sorted", kwargs, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(PyErr::new(ExcType::TypeError, format!("sorted expected 1 argument, got {}", args.len())));
    }
    let mut items = interp.collect_iter(&args[0])?;
    let reverse = match kwarg(kwargs, "reverse") {
        Some(r) => interp.truthy(r)?,
        None => false,
    };
    interp.sort_values(&mut items, kwarg(kwargs, "key"), reverse)?;
    Ok(Value::list(items))
}

pub(super) fn builtin_reversed(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("reversed", kwargs)?;
    check_count("reversed", args, 1, 1)?;
    let v = &args[0];
    Ok(match v {
        Value::List(l) => iter_value(NativeIter::ListReversed { list: l.clone(), index: l.items.borrow().len() }),
        Value::Range(r) => {
            let n = r.len();
            let last = r.at(n - 1);
            iter_value(NativeIter::Range { next: last, stop: r.start - r.step, step: -r.step }).clone_if(n > 0)
        }
        Value::Other(o) if matches!(&**o, Other::BigRange(_)) => match &**o {
            Other::BigRange(b) => {
                iter_value(NativeIter::Lib(Box::new(crate::object::range::BigRangeIter::reversed(&b.0))))
            }
            _ => Value::None,
        },
        Value::Tuple(_) | Value::Str(_) => {
            let mut items = interp.collect_iter(v)?;
            items.reverse();
            iter_value(NativeIter::Values { items: items.into(), index: 0, type_name: "reversed" })
        }
        Value::Dict(d) => {
            let mut items: Vec<Value> = d.table.borrow().iter().map(|e| e.key.clone()).collect();
            items.reverse();
            iter_value(NativeIter::Values { items: items.into(), index: 0, type_name: "dict_reversekeyiterator" })
        }
        _ => {
            let class = interp.class_of(v);
            if let Some(m) = class.lookup("__reversed__") {
                return interp.call_value(&m, &[v.clone()], &[]);
            }
            if class.lookup("__len__").is_some() && class.lookup("__getitem__").is_some() {
                let n = interp.len_of(v)?;
                let mut items = Vec::with_capacity(n);
                for i in (0..n).rev() {
                    items.push(interp.get_item(v, &Value::Int(i as i64))?);
                }
                return Ok(iter_value(NativeIter::Values { items: items.into(), index: 0, type_name: "reversed" }));
            }
            if let Value::Instance(inst) = v {
                let base = inst.base_value.borrow().clone();
                if !base.is_none() {
                    return builtin_reversed(interp, &[base], kwargs);
                }
            }
            return Err(PyErr::new(ExcType::TypeError, format!("'{}' object is not reversible", interp.type_name(v))));
        }
    })
}

/// Helper for `reversed(range)`: an empty range gives an exhausted iterator.
trait CloneIf {
    fn clone_if(self, keep: bool) -> Value;
}

impl CloneIf for Value {
    fn clone_if(self, keep: bool) -> Value {
        if keep {
            self
        } else {
            iter_value(NativeIter::Exhausted)
        }
    }
}

pub(super) fn builtin_enumerate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("enumerate", kwargs, &["start"])?;
    let Some(iterable) = arg_or_kw(args, 0, kwargs, "iterable") else {
        return Err(PyErr::new(ExcType::TypeError, "enumerate() missing required argument 'iterable' (pos 1)"));
    };
    // CPython converts the start before it asks the iterable for an iterator.
    let start = match arg_or_kw(args, 1, kwargs, "start") {
        Some(Value::BigInt(big)) => Err((*big).clone()),
        Some(s) => Ok(interp.index_value(&s)?),
        None => Ok(0),
    };
    let inner = interp.get_iter(&iterable)?;
    Ok(iter_value(match start {
        Ok(count) => NativeIter::Enumerate { inner, count },
        Err(count) => NativeIter::EnumerateBig { inner, count },
    }))
}

pub(super) fn builtin_zip(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let strict = match kwarg(kwargs, "strict") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    only_kwargs("zip", kwargs, &["strict"])?;
    if strict {
        return Err(PyErr::new(ExcType::NotImplementedError, "hyper does not support zip(strict=True) yet"));
    }
    let mut iters = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        iters.push(interp.get_iter(a).map_err(|e| {
            if interp.err_is(&e, ExcType::TypeError) {
                PyErr::new(ExcType::TypeError, format!("zip argument #{} must support iteration", i + 1))
            } else {
                e
            }
        })?);
    }
    Ok(iter_value(NativeIter::Zip { iters }))
}

pub(super) fn builtin_map(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("map", kwargs)?;
    if args.len() < 2 {
        return Err(PyErr::new(ExcType::TypeError, "map() must have at least two arguments."));
    }
    let iters = args[1..].iter().map(|a| interp.get_iter(a)).collect::<PResult<Vec<_>>>()?;
    Ok(iter_value(NativeIter::Map { func: args[0].clone(), iters }))
}

pub(super) fn builtin_filter(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("filter", kwargs)?;
    check_count("filter", args, 2, 2)?;
    let inner = interp.get_iter(&args[1])?;
    Ok(iter_value(NativeIter::Filter { func: args[0].clone(), inner }))
}

pub(super) fn builtin_iter(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("iter", kwargs)?;
    check_count("iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(iter_value(NativeIter::CallIter { func: args[0].clone(), sentinel: args[1].clone() }));
    }
    interp.get_iter(&args[0])
}

/// Python's `next(iterator[, default])`.
pub(super) fn builtin_next(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("next", kwargs)?;
    check_count("next", args, 1, 2)?;
    let it = &args[0];
    let is_iterator = match it {
        Value::Other(o) => {
            matches!(**o, Other::Iter(_) | Other::Generator(_)) || interp.class_of(it).lookup("__next__").is_some()
        }
        _ => interp.class_of(it).lookup("__next__").is_some(),
    };
    if !is_iterator {
        return Err(PyErr::new(ExcType::TypeError, format!("'{}' object is not an iterator", interp.type_name(it))));
    }
    let r = match it {
        Value::Other(o) => match &**o {
            Other::Iter(_) | Other::Generator(_) => interp.iter_next(it)?,
            _ => return call_next(interp, it, args),
        },
        _ => return call_next(interp, it, args),
    };
    match r {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                if let Value::Other(o) = it {
                    if let Other::Generator(g) = &**o {
                        let rv = g.return_value.borrow().clone();
                        if !rv.is_none() {
                            return Err(PyErr::with_args(ExcType::StopIteration, vec![rv]));
                        }
                    }
                }
                Err(PyErr::new(ExcType::StopIteration, ""))
            }
        },
    }
}

fn call_next(interp: &Interp, it: &Value, args: &[Value]) -> PResult<Value> {
    let m = interp.class_of(it).lookup("__next__");
    let Some(m) = m else {
        return Err(PyErr::new(ExcType::TypeError, format!("'{}' object is not an iterator", interp.type_name(it))));
    };
    match interp.call_value(&m, &[it.clone()], &[]) {
        Err(e) if interp.err_is(&e, ExcType::StopIteration) && args.len() > 1 => Ok(args[1].clone()),
        r => r,
    }
}
