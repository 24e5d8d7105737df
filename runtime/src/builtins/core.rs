//! The builtin functions: `print`, `len`, `abs`, `min`/`max`, `sorted`, `isinstance`, … —
//! each named after and behaving as its CPython counterpart.
//!
//! Invariant: each function checks its arguments before any effect, so a `TypeError` for a
//! bad call never leaves half of the work done.

use crate::builtins::args::{arg_or_kw, check_count, kwarg, no_kwargs, only_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::{iter_value, NativeIter};
use crate::object::function::Kwargs;
use crate::object::Other;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    interp.add_builtin("print", builtin_print);
    interp.add_builtin("len", builtin_len);
    interp.add_builtin("repr", builtin_repr);
    interp.add_builtin("ascii", builtin_ascii);
    interp.add_builtin("abs", builtin_abs);
    interp.add_builtin("min", builtin_min);
    interp.add_builtin("max", builtin_max);
    interp.add_builtin("sum", builtin_sum);
    interp.add_builtin("any", builtin_any);
    interp.add_builtin("all", builtin_all);
    interp.add_builtin("sorted", builtin_sorted);
    interp.add_builtin("reversed", builtin_reversed);
    interp.add_builtin("enumerate", builtin_enumerate);
    interp.add_builtin("zip", builtin_zip);
    interp.add_builtin("map", builtin_map);
    interp.add_builtin("filter", builtin_filter);
    interp.add_builtin("iter", builtin_iter);
    interp.add_builtin("next", builtin_next);
    interp.add_builtin("isinstance", builtin_isinstance);
    interp.add_builtin("issubclass", builtin_issubclass);
    interp.add_builtin("hash", builtin_hash);
    interp.add_builtin("id", builtin_id);
    interp.add_builtin("chr", builtin_chr);
    interp.add_builtin("ord", builtin_ord);
    interp.add_builtin("hex", builtin_hex);
    interp.add_builtin("oct", builtin_oct);
    interp.add_builtin("bin", builtin_bin);
    interp.add_builtin("format", builtin_format);
    interp.add_builtin("callable", builtin_callable);
    interp.add_builtin("getattr", builtin_getattr);
    interp.add_builtin("setattr", builtin_setattr);
    interp.add_builtin("hasattr", builtin_hasattr);
    interp.add_builtin("delattr", builtin_delattr);
    interp.add_builtin("vars", builtin_vars);
    interp.add_builtin("dir", builtin_dir);
    interp.add_builtin("round", builtin_round);
    interp.add_builtin("divmod", builtin_divmod);
    interp.add_builtin("pow", builtin_pow);
    interp.add_builtin("input", builtin_input);
    interp.add_builtin("globals", builtin_globals);
    interp.add_builtin("locals", builtin_globals);
    interp.add_builtin("exit", builtin_exit);
    interp.add_builtin("quit", builtin_exit);
}

/// Python's `print(*args, sep=' ', end='\n', file=sys.stdout, flush=False)`.
fn builtin_print(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("print", kwargs, &["sep", "end", "file", "flush"])?;
    let text_arg = |name: &str, default: &str| -> PResult<String> {
        match kwarg(kwargs, name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(v) => Err(PyErr::new(
                ExcType::TypeError,
                format!("{name} must be None or a string, not {}", interp.type_name(v)),
            )),
        }
    };
    let sep = text_arg("sep", " ")?;
    let end = text_arg("end", "\n")?;
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Str(s) => out.push_str(s.as_str()),
            _ => out.push_str(&interp.str_of(a)?),
        }
    }
    out.push_str(&end);
    match kwarg(kwargs, "file") {
        None | Some(Value::None) => interp.write_stdout(&out)?,
        Some(f) => {
            interp.call_method("write", &[f.clone(), Value::string(out)], &[])?;
        }
    }
    if kwarg(kwargs, "flush").is_some_and(|v| interp.truthy(v).unwrap_or(false)) {
        interp.flush_stdout();
    }
    Ok(Value::None)
}

/// Python's `len(obj)`.
pub fn builtin_len(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("len", kwargs)?;
    check_count("len", args, 1, 1)?;
    Ok(Value::Int(interp.len_of(&args[0])? as i64))
}

impl Interp {
    /// `len(v)`.
    pub fn len_of(&self, v: &Value) -> PResult<usize> {
        Ok(match v {
            Value::Str(s) => s.len(),
            Value::List(l) => l.items.borrow().len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            Value::Other(o) if matches!(&**o, Other::BigRange(_)) => match &**o {
                Other::BigRange(b) => crate::object::range::range_len(&b.0)?,
                _ => 0,
            },
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__len__") {
                    let r = self.call_value(&m, &[v.clone()], &[])?;
                    let n = self.index_value(&r)?;
                    if n < 0 {
                        return Err(PyErr::new(ExcType::ValueError, "__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                let base = inst.base_value.borrow().clone();
                if base.is_none() {
                    return Err(self.no_len(v));
                }
                self.len_of(&base)?
            }
            Value::Other(o) if matches!(**o, Other::DictView { .. }) => match &**o {
                Other::DictView { dict, .. } => dict.len(),
                _ => 0,
            },
            Value::Other(_) => {
                let class = self.class_of(v);
                match class.lookup("__len__") {
                    Some(m) => {
                        let r = self.call_value(&m, &[v.clone()], &[])?;
                        self.index_value(&r)? as usize
                    }
                    None => return Err(self.no_len(v)),
                }
            }
            _ => return Err(self.no_len(v)),
        })
    }

    #[cold]
    fn no_len(&self, v: &Value) -> PyErr {
        PyErr::new(ExcType::TypeError, format!("object of type '{}' has no len()", self.type_name(v)))
    }
}

fn builtin_repr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("repr", kwargs)?;
    check_count("repr", args, 1, 1)?;
    Ok(Value::string(interp.repr(&args[0])?))
}

fn builtin_ascii(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("ascii", kwargs)?;
    check_count("ascii", args, 1, 1)?;
    Ok(Value::string(crate::builtins::repr::ascii_escape(&interp.repr(&args[0])?)))
}

/// Python's `abs(x)`.
fn builtin_abs(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("abs", kwargs)?;
    check_count("abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        v @ Value::Instance(inst) => match inst.class.lookup("__abs__") {
            Some(m) => interp.call_value(&m, &[v.clone()], &[])?,
            None => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("bad operand type for abs(): '{}'", inst.class.name),
                ))
            }
        },
        v => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("bad operand type for abs(): '{}'", interp.type_name(v)),
            ))
        }
    })
}

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
                let better = if want_max { interp.less_than(&bk, &k)? } else { interp.less_than(&k, &bk)? };
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

fn builtin_min(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    min_max(interp, "min", args, kwargs, false)
}

fn builtin_max(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    min_max(interp, "max", args, kwargs, true)
}

/// Python's `sum(iterable, start=0)`.
fn builtin_sum(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("sum", kwargs, &["start"])?;
    check_count("sum", args, 1, 2)?;
    let mut total = arg_or_kw(args, 1, kwargs, "start").unwrap_or(Value::Int(0));
    if let Value::Str(_) = total {
        return Err(PyErr::new(ExcType::TypeError, "sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = interp.get_iter(&args[0])?;
    while let Some(x) = interp.iter_next(&it)? {
        total = match (&total, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => interp.binary_op(lang::ast::BinOp::Add, &total, &x)?,
        };
    }
    Ok(total)
}

fn builtin_any(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
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

fn builtin_all(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
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
fn builtin_sorted(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
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

fn builtin_reversed(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
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

fn builtin_enumerate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("enumerate", kwargs, &["start"])?;
    let Some(iterable) = arg_or_kw(args, 0, kwargs, "iterable") else {
        return Err(PyErr::new(ExcType::TypeError, "enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = match arg_or_kw(args, 1, kwargs, "start") {
        Some(s) => interp.index_value(&s)?,
        None => 0,
    };
    let inner = interp.get_iter(&iterable)?;
    Ok(iter_value(NativeIter::Enumerate { inner, count: start }))
}

fn builtin_zip(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
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

fn builtin_map(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("map", kwargs)?;
    if args.len() < 2 {
        return Err(PyErr::new(ExcType::TypeError, "map() must have at least two arguments."));
    }
    let iters = args[1..].iter().map(|a| interp.get_iter(a)).collect::<PResult<Vec<_>>>()?;
    Ok(iter_value(NativeIter::Map { func: args[0].clone(), iters }))
}

fn builtin_filter(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("filter", kwargs)?;
    check_count("filter", args, 2, 2)?;
    let inner = interp.get_iter(&args[1])?;
    Ok(iter_value(NativeIter::Filter { func: args[0].clone(), inner }))
}

fn builtin_iter(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("iter", kwargs)?;
    check_count("iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(iter_value(NativeIter::CallIter { func: args[0].clone(), sentinel: args[1].clone() }));
    }
    interp.get_iter(&args[0])
}

/// Python's `next(iterator[, default])`.
fn builtin_next(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
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

fn class_tuple_check(
    interp: &Interp,
    v: &Value,
    cls: &Value,
    fname: &str,
    check: &dyn Fn(&Rc<crate::object::Class>) -> bool,
) -> PResult<bool> {
    match cls {
        Value::Class(c) => Ok(check(c)),
        Value::Tuple(t) => {
            for c in t.items.iter() {
                if class_tuple_check(interp, v, c, fname, check)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            Err(PyErr::new(ExcType::TypeError, format!("{fname}() arg 2 must be a type, a tuple of types, or a union")))
        }
    }
}

fn builtin_isinstance(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("isinstance", kwargs)?;
    check_count("isinstance", args, 2, 2)?;
    let class = interp.class_of(&args[0]);
    let r = class_tuple_check(interp, &args[0], &args[1], "isinstance", &|c| {
        class.is_subclass(c) || crate::modules::abc_isinstance(interp, &args[0], c)
    })?;
    Ok(Value::Bool(r))
}

fn builtin_issubclass(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("issubclass", kwargs)?;
    check_count("issubclass", args, 2, 2)?;
    let Value::Class(sub) = &args[0] else {
        return Err(PyErr::new(ExcType::TypeError, "issubclass() arg 1 must be a class"));
    };
    let r = class_tuple_check(interp, &args[0], &args[1], "issubclass", &|c| sub.is_subclass(c))?;
    Ok(Value::Bool(r))
}

fn builtin_hash(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("hash", kwargs)?;
    check_count("hash", args, 1, 1)?;
    let h = interp.hash(&args[0])?;
    Ok(Value::Int(h as i64))
}

fn builtin_id(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("id", kwargs)?;
    check_count("id", args, 1, 1)?;
    Ok(Value::Int(args[0].identity() as i64 & i64::MAX))
}

fn builtin_chr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
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

fn builtin_ord(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
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

fn int_arg(interp: &Interp, v: &Value) -> PResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => Ok(BigInt::from(interp.index_value(v)?)),
    }
}

fn base_convert(interp: &Interp, name: &str, args: &[Value], kwargs: &Kwargs, base: u32) -> PResult<Value> {
    no_kwargs(name, kwargs)?;
    check_count(name, args, 1, 1)?;
    let b = int_arg(interp, &args[0])?;
    Ok(Value::string(crate::numeric::int_text::int_to_base(&b, base, true)))
}

fn builtin_hex(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    base_convert(interp, "hex", args, kwargs, 16)
}

fn builtin_oct(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    base_convert(interp, "oct", args, kwargs, 8)
}

fn builtin_bin(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    base_convert(interp, "bin", args, kwargs, 2)
}

fn builtin_format(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
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

fn builtin_callable(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("callable", kwargs)?;
    check_count("callable", args, 1, 1)?;
    Ok(Value::Bool(match &args[0] {
        Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        Value::Other(o) => {
            matches!(**o, Other::StaticMethod(_)) || interp.class_of(&args[0]).lookup("__call__").is_some()
        }
        _ => false,
    }))
}

fn attr_name<'a>(interp: &Interp, v: &'a Value, fname: &str) -> PResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(PyErr::new(
            ExcType::TypeError,
            format!("{fname}(): attribute name must be string, not '{}'", interp.type_name(v)),
        )),
    }
}

fn builtin_getattr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("getattr", kwargs)?;
    check_count("getattr", args, 2, 3)?;
    let name = attr_name(interp, &args[1], "getattr")?;
    match interp.get_attr(&args[0], name) {
        Err(e) if args.len() == 3 && interp.err_is(&e, ExcType::AttributeError) => Ok(args[2].clone()),
        r => r,
    }
}

fn builtin_setattr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("setattr", kwargs)?;
    check_count("setattr", args, 3, 3)?;
    let name = attr_name(interp, &args[1], "setattr")?;
    interp.set_attr(&args[0], name, args[2].clone())?;
    Ok(Value::None)
}

fn builtin_hasattr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("hasattr", kwargs)?;
    check_count("hasattr", args, 2, 2)?;
    let name = attr_name(interp, &args[1], "hasattr")?;
    match interp.get_attr(&args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if interp.err_is(&e, ExcType::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn builtin_delattr(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("delattr", kwargs)?;
    check_count("delattr", args, 2, 2)?;
    let name = attr_name(interp, &args[1], "delattr")?;
    interp.del_attr(&args[0], name)?;
    Ok(Value::None)
}

fn builtin_vars(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("vars", kwargs)?;
    check_count("vars", args, 1, 1)?;
    match &args[0] {
        Value::Other(o) => match &**o {
            Other::Module(m) => {
                let d = crate::object::PyDict::new();
                for (k, v) in m.items() {
                    interp.dict_set(&d, Value::str(&k), v)?;
                }
                Ok(Value::Dict(Rc::new(d)))
            }
            _ => Err(PyErr::new(ExcType::TypeError, "vars() argument must have __dict__ attribute")),
        },
        v @ (Value::Instance(_) | Value::Class(_)) => interp.get_attr(v, "__dict__"),
        _ => Err(PyErr::new(ExcType::TypeError, "vars() argument must have __dict__ attribute")),
    }
}

fn builtin_dir(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("dir", kwargs)?;
    check_count("dir", args, 1, 1)?;
    let mut names: Vec<String> = Vec::new();
    match &args[0] {
        Value::Instance(inst) => {
            names.extend(inst.attrs().into_iter().map(|(k, _)| k.to_string()));
            for c in inst.class.mro_iter() {
                names.extend(c.dict.borrow().iter().map(|(k, _)| k.to_string()));
            }
        }
        Value::Class(c) => {
            for k in c.mro_iter() {
                names.extend(k.dict.borrow().iter().map(|(n, _)| n.to_string()));
            }
        }
        Value::Other(o) => {
            if let Other::Module(m) = &**o {
                names.extend(m.items().into_iter().map(|(k, _)| k.to_string()));
            }
        }
        v => {
            let class = interp.class_of(v);
            for k in class.mro_iter() {
                names.extend(k.dict.borrow().iter().map(|(n, _)| n.to_string()));
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// Python's `round(number, ndigits=None)`: banker's rounding, as CPython.
fn builtin_round(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("round", kwargs, &["number", "ndigits"])?;
    let Some(x) = arg_or_kw(args, 0, kwargs, "number") else {
        return Err(PyErr::new(ExcType::TypeError, "round() missing required argument 'number' (pos 1)"));
    };
    let nd = arg_or_kw(args, 1, kwargs, "ndigits").filter(|v| !v.is_none());
    match (&x, nd) {
        (Value::Float(f), None) => {
            let r = crate::numeric::float_repr::round_float_to_int_half_even(*f)?;
            Ok(Value::from_bigint(crate::numeric::arith::f64_to_bigint(r)?))
        }
        (Value::Float(f), Some(n)) => {
            let n = interp.index_value(&n)?;
            Ok(Value::Float(crate::numeric::float_repr::round_float(*f, n)?))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => Ok(match x {
            Value::Bool(b) => Value::Int(b as i64),
            v => v,
        }),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(n)) => {
            let n = interp.index_value(&n)?;
            if n >= 0 {
                return Ok(match x {
                    Value::Bool(b) => Value::Int(b as i64),
                    v => v,
                });
            }
            // Round to a multiple of 10**-n, ties to even.
            let v = int_arg(interp, &x)?;
            let m = num_traits::pow::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&v, &m);
            let twice = &r * 2;
            let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
            Ok(Value::from_bigint(q * m))
        }
        (Value::Instance(inst), nd) => match inst.class.lookup("__round__") {
            Some(m) => {
                let mut a = vec![x.clone()];
                if let Some(n) = nd {
                    a.push(n);
                }
                interp.call_value(&m, &a, &[])
            }
            None => {
                Err(PyErr::new(ExcType::TypeError, format!("type {} doesn't define __round__ method", inst.class.name)))
            }
        },
        (v, _) => {
            Err(PyErr::new(ExcType::TypeError, format!("type {} doesn't define __round__ method", interp.type_name(v))))
        }
    }
}

/// Python's `divmod(a, b)`, with floor semantics.
fn builtin_divmod(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("divmod", kwargs)?;
    check_count("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    match (a, b) {
        (Value::Float(_), _) | (_, Value::Float(_))
            if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) =>
        {
            let x = float_arg(interp, a, "divmod")?;
            let y = float_arg(interp, b, "divmod")?;
            let (q, r) = crate::numeric::arith::float_divmod(x, y)?;
            Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
            if matches!(b, Value::Int(0) | Value::Bool(false)) {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "integer division or modulo by zero"));
            }
            let q = interp.binary_op(lang::ast::BinOp::FloorDiv, a, b)?;
            let r = interp.binary_op(lang::ast::BinOp::Mod, a, b)?;
            Ok(Value::tuple(vec![q, r]))
        }
        _ => {
            if let Some(r) = interp.try_dunder(a, "__divmod__", b)? {
                return Ok(r);
            }
            if let Some(r) = interp.try_dunder(b, "__rdivmod__", a)? {
                return Ok(r);
            }
            Err(PyErr::new(
                ExcType::TypeError,
                format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    interp.type_name(a),
                    interp.type_name(b)
                ),
            ))
        }
    }
}

fn float_arg(interp: &Interp, v: &Value, fname: &str) -> PResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => Ok(crate::numeric::arith::bigint_to_f64(b)?),
        _ => Err(PyErr::new(
            ExcType::TypeError,
            format!("unsupported operand type(s) for {fname}(): '{}'", interp.type_name(v)),
        )),
    }
}

/// Python's `pow(base, exp, mod=None)`.
fn builtin_pow(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("pow", kwargs, &["base", "exp", "mod"])?;
    let base = arg_or_kw(args, 0, kwargs, "base");
    let exp = arg_or_kw(args, 1, kwargs, "exp");
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(PyErr::new(ExcType::TypeError, "pow() missing required argument 'exp' (pos 2)"));
    };
    let m = arg_or_kw(args, 2, kwargs, "mod").filter(|v| !v.is_none());
    let Some(m) = m else {
        return interp.binary_op(lang::ast::BinOp::Pow, &base, &exp);
    };
    let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    if !(is_int(&base) && is_int(&exp) && is_int(&m)) {
        return Err(PyErr::new(ExcType::TypeError, "pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let (b, e, md) = (int_arg(interp, &base)?, int_arg(interp, &exp)?, int_arg(interp, &m)?);
    if md.is_zero() {
        return Err(PyErr::new(ExcType::ValueError, "pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        // A negative exponent needs the modular inverse, as in Python 3.8+.
        let inv = mod_inverse(&b, &md)
            .ok_or_else(|| PyErr::new(ExcType::ValueError, "base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let mabs = md.abs();
    let mut r = b.modpow(&e, &mabs);
    if md.is_negative() && !r.is_zero() {
        r += &md;
    }
    Ok(Value::from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(a, &m), &m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&g.x, &m))
}

fn builtin_input(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("input", kwargs)?;
    check_count("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let prompt = interp.str_of(p)?;
        interp.write_stdout(&prompt)?;
    }
    interp.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(PyErr::new(ExcType::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(PyErr::new(ExcType::OSError, e.to_string())),
    }
}

fn builtin_globals(_interp: &Interp, _args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Err(PyErr::new(ExcType::NotImplementedError, "hyper does not support globals()/locals() yet"))
}

fn builtin_exit(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let code = args.first().cloned().unwrap_or(Value::None);
    let _ = interp;
    Err(PyErr::with_args(ExcType::SystemExit, vec![code]))
}
