//! The `functools` module: `reduce`, `partial`, `cache`, `lru_cache`, `wraps`,
//! `update_wrapper`, `total_ordering`, `cmp_to_key` and `cached_property`, following
//! CPython's `functools.py` and `_functoolsmodule.c`.
//!
//! Invariant: an `lru_cache` wrapper is a Python-level function (a `shim` forwarder), so it
//! binds as a method and takes attributes (`cache_info`, `cache_clear`, `__wrapped__`);
//! its state is an object whose dict keeps CPython's LRU order (oldest entry first).
//! Invariant: the cached function runs with no borrow of the cache held; a key added by a
//! recursive call during the computation is left as that call stored it, as in CPython.

use crate::builtins::args::{check_count, kwarg, only_kwargs};
use crate::builtins::{add_method, native, native_with};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::modules::collections::defaultdict::is_callable;
use crate::modules::native_object::{new_class, new_object, payload, this};
use crate::modules::{add_fn, new_module, shim};
use crate::object::class::Class;
use crate::object::function::{Kwargs, NativeFn};
use crate::object::{Other, PyDict};
use crate::value::Value;
use lang::ast::CmpOp;
use std::cell::Cell;
use std::rc::Rc;

/// Makes `functools`, with its classes (made once per interpreter).
pub fn make(interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("functools");
    add_fn(&m, "reduce", reduce);
    add_fn(&m, "update_wrapper", update_wrapper);
    add_fn(&m, "wraps", wraps);
    add_fn(&m, "total_ordering", total_ordering);
    add_fn(&m, "cached_property", cached_property);
    let partial = new_class(interp, "partial", "functools")?;
    let new = native("partial.__new__", partial_new);
    partial.set_attr("__new__".into(), Value::Other(Rc::new(Other::StaticMethod(new))));
    add_method(&partial, "__call__", partial_call);
    add_method(&partial, "__repr__", partial_repr);
    for (name, f) in [("func", partial_func as NativeFn), ("args", partial_args), ("keywords", partial_keywords)] {
        let prop = Other::named_property(name, native(&format!("partial.{name}"), f), Value::None, Value::None);
        partial.set_attr(name.into(), Value::Other(Rc::new(prop)));
    }
    m.set("partial", Value::Class(partial));
    let state_class = new_class(interp, "_lru_cache_wrapper", "functools")?;
    let cache_info = crate::modules::collections::namedtuple::make_class(
        interp,
        "CacheInfo",
        ["hits", "misses", "maxsize", "currsize"].iter().map(|s| s.to_string()).collect(),
        None,
        false,
        "functools",
    )?;
    let classes = Value::tuple(vec![Value::Class(state_class), Value::Class(cache_info)]);
    m.set("lru_cache", native_with("functools.lru_cache", lru_cache, classes.clone()));
    m.set("cache", native_with("functools.cache", cache, classes));
    let key_class = new_class(interp, "KeyWrapper", "functools")?;
    for (name, op) in [("__lt__", 0), ("__le__", 1), ("__gt__", 2), ("__ge__", 3), ("__eq__", 4), ("__ne__", 5)] {
        key_class.set_attr(name.into(), native_with(&format!("KeyWrapper.{name}"), key_compare, Value::Int(op)));
    }
    key_class.set_attr("__hash__".into(), Value::None);
    m.set("cmp_to_key", native_with("functools.cmp_to_key", cmp_to_key, Value::Class(key_class)));
    Ok(m)
}

/// `functools.reduce(function, iterable[, initial])`.
fn reduce(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    crate::builtins::args::no_kwargs("reduce", kwargs)?;
    check_count("reduce", args, 2, 3)?;
    let it = interp.get_iter(&args[1]).map_err(|e| {
        if interp.err_is(&e, ExcType::TypeError) {
            PyErr::new(ExcType::TypeError, "reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = match args.get(2) {
        Some(v) => v.clone(),
        None => match interp.iter_next(&it)? {
            Some(v) => v,
            None => return Err(PyErr::new(ExcType::TypeError, "reduce() of empty iterable with no initial value")),
        },
    };
    while let Some(v) = interp.iter_next(&it)? {
        acc = interp.call_value(&args[0], &[acc, v], &[])?;
    }
    Ok(acc)
}

/// The state of a `partial` object.
struct Partial {
    func: Value,
    args: Vec<Value>,
    keywords: Vec<(Rc<str>, Value)>,
}

fn me(interp: &Interp, args: &[Value], method: &str) -> PResult<Rc<Partial>> {
    this::<Partial>(interp, args, "functools.partial", method)
}

/// `partial(func, /, *args, **keywords)`; a partial of a partial is flattened.
fn partial_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let Some(Value::Class(class)) = args.first() else {
        return Err(PyErr::new(ExcType::TypeError, "partial.__new__(X): X is not a type object"));
    };
    let Some(func) = args.get(1) else {
        return Err(PyErr::new(ExcType::TypeError, "type 'partial' takes at least one argument"));
    };
    if !is_callable(interp, func) {
        return Err(PyErr::new(ExcType::TypeError, "the first argument must be callable"));
    }
    let mut data = Partial { func: func.clone(), args: args[2..].to_vec(), keywords: kwargs.to_vec() };
    if let Some(inner) = payload::<Partial>(func) {
        if interp.class_of(func).name == "partial" && interp.class_of(func).module == "functools" {
            let mut all = inner.args.clone();
            all.extend(data.args);
            let mut keywords = inner.keywords.clone();
            for (k, v) in data.keywords {
                match keywords.iter_mut().find(|(n, _)| *n == k) {
                    Some(slot) => slot.1 = v,
                    None => keywords.push((k, v)),
                }
            }
            data = Partial { func: inner.func.clone(), args: all, keywords };
        }
    }
    Ok(new_object(class, data))
}

/// Calling a partial: `func(*args, *more, **{**keywords, **more_keywords})`.
fn partial_call(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let p = me(interp, args, "__call__")?;
    let mut all = p.args.clone();
    all.extend(args[1..].iter().cloned());
    if kwargs.is_empty() {
        return interp.call_value(&p.func, &all, &p.keywords);
    }
    let mut keywords = p.keywords.clone();
    for (k, v) in kwargs {
        match keywords.iter_mut().find(|(n, _)| n == k) {
            Some(slot) => slot.1 = v.clone(),
            None => keywords.push((k.clone(), v.clone())),
        }
    }
    interp.call_value(&p.func, &all, &keywords)
}

/// `repr(p)`: `functools.partial(<function f at 0x…>, 1, a=2)`.
fn partial_repr(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let p = me(interp, args, "__repr__")?;
    let id = Rc::as_ptr(&p) as usize;
    if interp.repr_stack.borrow().contains(&id) {
        return Ok(Value::str("..."));
    }
    interp.repr_stack.borrow_mut().push(id);
    let parts = (|| -> PResult<Vec<String>> {
        let mut parts = vec![interp.repr(&p.func)?];
        for a in &p.args {
            parts.push(interp.repr(a)?);
        }
        for (k, v) in &p.keywords {
            parts.push(format!("{k}={}", interp.repr(v)?));
        }
        Ok(parts)
    })();
    interp.repr_stack.borrow_mut().pop();
    let class = interp.class_of(&args[0]);
    let name = if class.name == "partial" { "functools.partial".to_string() } else { class.name.clone() };
    Ok(Value::string(format!("{name}({})", parts?.join(", "))))
}

fn partial_func(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(me(interp, args, "func")?.func.clone())
}

fn partial_args(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::tuple(me(interp, args, "args")?.args.clone()))
}

fn partial_keywords(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let p = me(interp, args, "keywords")?;
    let d = PyDict::new();
    for (k, v) in &p.keywords {
        interp.dict_set(&d, Value::str(k), v.clone())?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// The state behind an `lru_cache` wrapper.
struct LruState {
    func: Value,
    /// `None`: unbounded (`maxsize=None`).
    maxsize: Option<usize>,
    typed: bool,
    /// Keys in LRU order: the oldest first.
    cache: PyDict,
    hits: Cell<i64>,
    misses: Cell<i64>,
    cache_info: Value,
    /// A private object marking where keyword arguments start in a key (CPython's `kwd_mark`).
    kwd_mark: Value,
}

/// The `(state class, CacheInfo class)` a cache native carries as `args[0]`.
fn classes(args: &[Value]) -> PResult<(Rc<Class>, Value)> {
    if let Some(Value::Tuple(t)) = args.first() {
        if let (Some(Value::Class(s)), Some(ci)) = (t.items.first(), t.items.get(1)) {
            return Ok((s.clone(), ci.clone()));
        }
    }
    Err(PyErr::new(ExcType::SystemError, "functools cache lost its classes"))
}

/// `functools.cache(user_function)`: `lru_cache(maxsize=None)`.
fn cache(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    crate::builtins::args::no_kwargs("cache", kwargs)?;
    if args.len() != 2 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("cache() takes 1 positional argument but {} were given", args.len().saturating_sub(1)),
        ));
    }
    let (state_class, cache_info) = classes(args)?;
    make_wrapper(interp, &state_class, cache_info, args[1].clone(), None, false)
}

/// `functools.lru_cache(maxsize=128, typed=False)`, or `@lru_cache` applied directly.
fn lru_cache(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("lru_cache", kwargs, &["maxsize", "typed"])?;
    let (state_class, cache_info) = classes(args)?;
    let maxsize = args.get(1).or_else(|| kwarg(kwargs, "maxsize")).cloned().unwrap_or(Value::Int(128));
    let typed = match args.get(2).or_else(|| kwarg(kwargs, "typed")) {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    if is_callable(interp, &maxsize) && !matches!(maxsize, Value::Int(_) | Value::Bool(_)) {
        return make_wrapper(interp, &state_class, cache_info, maxsize, Some(128), typed);
    }
    let bound = match &maxsize {
        Value::None => None,
        Value::Int(_) | Value::Bool(_) => Some(interp.index_value(&maxsize)?.max(0) as usize),
        _ => {
            return Err(PyErr::new(ExcType::TypeError, "Expected first argument to be an integer, a callable, or None"))
        }
    };
    let spec = Value::tuple(vec![
        Value::Class(state_class),
        cache_info,
        bound.map_or(Value::None, |n| Value::Int(n as i64)),
        Value::Bool(typed),
    ]);
    Ok(native_with("decorating_function", lru_decorate, spec))
}

/// The decorator `lru_cache(...)` returns: wraps its argument.
fn lru_decorate(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (state_class, cache_info) = classes(args)?;
    let (maxsize, typed) = match args.first() {
        Some(Value::Tuple(t)) => (t.items.get(2).cloned().unwrap_or(Value::None), t.items.get(3).cloned()),
        _ => (Value::None, None),
    };
    let Some(func) = args.get(1) else {
        return Err(PyErr::new(
            ExcType::TypeError,
            "decorating_function() missing 1 required positional argument: 'user_function'",
        ));
    };
    let maxsize = match maxsize {
        Value::Int(n) => Some(n as usize),
        _ => None,
    };
    let typed = matches!(typed, Some(Value::Bool(true)));
    make_wrapper(interp, &state_class, cache_info, func.clone(), maxsize, typed)
}

fn make_wrapper(
    interp: &Interp,
    state_class: &Rc<Class>,
    cache_info: Value,
    func: Value,
    maxsize: Option<usize>,
    typed: bool,
) -> PResult<Value> {
    if !is_callable(interp, &func) {
        return Err(PyErr::new(ExcType::TypeError, "the first argument must be callable"));
    }
    let state = LruState {
        func: func.clone(),
        maxsize,
        typed,
        cache: PyDict::new(),
        hits: Cell::new(0),
        misses: Cell::new(0),
        cache_info,
        kwd_mark: Value::Class(state_class.clone()),
    };
    let state = new_object(state_class, state);
    let name = match interp.get_attr(&func, "__name__") {
        Ok(Value::Str(s)) => s.as_str().to_string(),
        _ => "_lru_cache_wrapper".to_string(),
    };
    let qualname = match interp.get_attr(&func, "__qualname__") {
        Ok(Value::Str(s)) => s.as_str().to_string(),
        _ => name.clone(),
    };
    let call = native_with(&name, lru_call, state.clone());
    let wrapper = shim::python_function(interp, call, &name, &qualname)?;
    copy_function_attrs(interp, &func, &wrapper)?;
    interp.set_attr(&wrapper, "__wrapped__", func)?;
    interp.set_attr(&wrapper, "cache_info", native_with("cache_info", lru_cache_info, state.clone()))?;
    interp.set_attr(&wrapper, "cache_clear", native_with("cache_clear", lru_cache_clear, state.clone()))?;
    interp.set_attr(&wrapper, "cache_parameters", native_with("cache_parameters", lru_cache_parameters, state))?;
    Ok(wrapper)
}

fn state_of(interp: &Interp, args: &[Value]) -> PResult<Rc<LruState>> {
    this::<LruState>(interp, args, "functools._lru_cache_wrapper", "__call__")
}

/// The cache key of a call: the arguments, then a marker and the keyword pairs, then
/// (when `typed`) the argument types.
fn make_key(interp: &Interp, state: &LruState, args: &[Value], kwargs: &Kwargs) -> Value {
    let mut key: Vec<Value> = args.to_vec();
    if !kwargs.is_empty() {
        key.push(state.kwd_mark.clone());
        for (k, v) in kwargs {
            key.push(Value::str(k));
            key.push(v.clone());
        }
    }
    if state.typed {
        for a in args {
            key.push(Value::Class(interp.class_of(a)));
        }
        for (_, v) in kwargs {
            key.push(Value::Class(interp.class_of(v)));
        }
    }
    Value::tuple(key)
}

/// A call through an `lru_cache` wrapper (`args[0]` is the state).
fn lru_call(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let state = state_of(interp, args)?;
    let call_args = &args[1..];
    if state.maxsize == Some(0) {
        state.misses.set(state.misses.get() + 1);
        return interp.call_value(&state.func, call_args, kwargs);
    }
    let key = make_key(interp, &state, call_args, kwargs);
    if let Some(v) = interp.dict_get(&state.cache, &key)? {
        state.hits.set(state.hits.get() + 1);
        if state.maxsize.is_some() {
            // A hit becomes the most recently used entry.
            interp.dict_del(&state.cache, &key)?;
            interp.dict_set(&state.cache, key, v.clone())?;
        }
        return Ok(v);
    }
    state.misses.set(state.misses.get() + 1);
    let result = interp.call_value(&state.func, call_args, kwargs)?;
    match state.maxsize {
        None => interp.dict_set(&state.cache, key, result.clone())?,
        Some(max) => {
            if interp.dict_get(&state.cache, &key)?.is_some() {
                return Ok(result);
            }
            if state.cache.len() >= max {
                let oldest = {
                    let t = state.cache.table.borrow();
                    t.next_live(0).and_then(|p| t.get_at(p).map(|e| e.key.clone()))
                };
                if let Some(k) = oldest {
                    interp.dict_del(&state.cache, &k)?;
                }
            }
            interp.dict_set(&state.cache, key, result.clone())?;
        }
    }
    Ok(result)
}

/// `wrapper.cache_info()`: `CacheInfo(hits=…, misses=…, maxsize=…, currsize=…)`.
fn lru_cache_info(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = state_of(interp, args)?;
    let fields = vec![
        Value::Int(s.hits.get()),
        Value::Int(s.misses.get()),
        s.maxsize.map_or(Value::None, |n| Value::Int(n as i64)),
        Value::Int(s.cache.len() as i64),
    ];
    interp.call_value(&s.cache_info, &fields, &[])
}

/// `wrapper.cache_clear()`: empties the cache and resets the statistics.
fn lru_cache_clear(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = state_of(interp, args)?;
    s.cache.table.borrow_mut().clear();
    s.hits.set(0);
    s.misses.set(0);
    Ok(Value::None)
}

/// `wrapper.cache_parameters()`: `{'maxsize': …, 'typed': …}`.
fn lru_cache_parameters(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = state_of(interp, args)?;
    let d = PyDict::new();
    interp.dict_set(&d, Value::str("maxsize"), s.maxsize.map_or(Value::None, |n| Value::Int(n as i64)))?;
    interp.dict_set(&d, Value::str("typed"), Value::Bool(s.typed))?;
    Ok(Value::Dict(Rc::new(d)))
}

/// Copies `__module__`, `__name__`, `__qualname__`, `__doc__` and the attribute dict of
/// `wrapped` onto `wrapper`, as `functools.WRAPPER_ASSIGNMENTS`/`WRAPPER_UPDATES`.
fn copy_function_attrs(interp: &Interp, wrapped: &Value, wrapper: &Value) -> PResult<()> {
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        let v = match interp.get_attr(wrapped, name) {
            Ok(v) => v,
            Err(e) if interp.err_is(&e, ExcType::AttributeError) => continue,
            Err(e) => return Err(e),
        };
        if let (Value::Function(f), "__qualname__", Value::Str(s)) = (wrapper, name, &v) {
            *f.qualname.borrow_mut() = s.as_str().to_string();
            continue;
        }
        interp.set_attr(wrapper, name, v)?;
    }
    let attrs: Vec<(Rc<str>, Value)> = match wrapped {
        Value::Function(f) => f.attrs.borrow().iter().filter(|(k, _)| !k.starts_with("__")).cloned().collect(),
        Value::Instance(i) => i.attrs(),
        _ => Vec::new(),
    };
    for (k, v) in attrs {
        interp.set_attr(wrapper, &k, v)?;
    }
    Ok(())
}

/// `functools.update_wrapper(wrapper, wrapped)`.
fn update_wrapper(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("update_wrapper", kwargs, &["wrapper", "wrapped"])?;
    let wrapper = args.first().or_else(|| kwarg(kwargs, "wrapper")).cloned();
    let wrapped = args.get(1).or_else(|| kwarg(kwargs, "wrapped")).cloned();
    let (Some(wrapper), Some(wrapped)) = (wrapper, wrapped) else {
        return Err(PyErr::new(
            ExcType::TypeError,
            "update_wrapper() missing 1 required positional argument: 'wrapped'",
        ));
    };
    copy_function_attrs(interp, &wrapped, &wrapper)?;
    interp.set_attr(&wrapper, "__wrapped__", wrapped)?;
    Ok(wrapper)
}

/// `functools.wraps(wrapped)`: a decorator applying `update_wrapper`.
fn wraps(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("wraps", kwargs, &["wrapped"])?;
    let Some(wrapped) = args.first().or_else(|| kwarg(kwargs, "wrapped")).cloned() else {
        return Err(PyErr::new(ExcType::TypeError, "wraps() missing 1 required positional argument: 'wrapped'"));
    };
    Ok(native_with("update_wrapper", wraps_apply, wrapped))
}

fn wraps_apply(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(wrapped), Some(wrapper)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(
            ExcType::TypeError,
            "update_wrapper() missing 1 required positional argument: 'wrapper'",
        ));
    };
    update_wrapper(interp, &[wrapper.clone(), wrapped.clone()], &[])
}

/// The comparisons `total_ordering` can derive, each from a root and how: for root `__lt__`
/// CPython's `_convert` table lists `__gt__`, `__le__`, `__ge__` in this order.
const CONVERT: &[(&str, &[&str])] = &[
    ("__lt__", &["__gt__", "__le__", "__ge__"]),
    ("__le__", &["__ge__", "__lt__", "__gt__"]),
    ("__gt__", &["__lt__", "__ge__", "__le__"]),
    ("__ge__", &["__le__", "__gt__", "__lt__"]),
];

/// `functools.total_ordering(cls)`: fills in the missing rich comparisons from one root.
fn total_ordering(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    check_count("total_ordering", args, 1, 1)?;
    let Value::Class(cls) = &args[0] else {
        return Err(PyErr::new(ExcType::TypeError, "total_ordering() needs a class"));
    };
    let object = &interp.types.object;
    let defined = |op: &str| match (cls.lookup(op), object.lookup(op)) {
        (Some(a), Some(b)) => !a.is(&b),
        (Some(_), None) => true,
        _ => false,
    };
    let roots: Vec<&str> = CONVERT.iter().map(|(r, _)| *r).filter(|r| defined(r)).collect();
    // `max(roots)` by name prefers __lt__, then __le__, __gt__, __ge__.
    let Some(root) = roots.iter().max().copied() else {
        return Err(PyErr::new(ExcType::ValueError, "must define at least one ordering operation: < > <= >="));
    };
    let derived = CONVERT.iter().find(|(r, _)| *r == root).map_or(&[][..], |(_, d)| *d);
    for op in derived {
        if !roots.contains(op) {
            let data = Value::tuple(vec![Value::str(root), Value::str(op)]);
            cls.set_attr((*op).into(), native_with(op, derived_compare, data));
        }
    }
    Ok(args[0].clone())
}

/// A comparison derived by `total_ordering` (`args[0]` is `(root, op)`), as CPython's
/// `_gt_from_lt` and friends.
fn derived_compare(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Tuple(spec)), Some(a), Some(b)) = (args.first(), args.get(1), args.get(2)) else {
        return Err(PyErr::new(ExcType::TypeError, "expected 1 argument"));
    };
    let name = |i: usize| match spec.items.get(i) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    let (root, op) = (name(0), name(1));
    let Some(root_fn) = interp.class_of(a).lookup(&root) else {
        return Ok(Value::Other(Rc::new(Other::NotImplemented)));
    };
    let r = interp.call_value(&root_fn, &[a.clone(), b.clone()], &[])?;
    if crate::interp::ops::is_not_implemented(&r) {
        return Ok(r);
    }
    let truth = interp.truthy(&r)?;
    let eq = |op: CmpOp| interp.rich_compare(op, a, b);
    Ok(match (root.as_str(), op.as_str()) {
        // `not r and a != b`.
        ("__lt__", "__gt__") | ("__gt__", "__lt__") => {
            if truth {
                Value::Bool(false)
            } else {
                eq(CmpOp::NotEq)?
            }
        }
        // `r or a == b`.
        ("__lt__", "__le__") | ("__gt__", "__ge__") => {
            if truth {
                r
            } else {
                eq(CmpOp::Eq)?
            }
        }
        // `not r or a == b`.
        ("__le__", "__ge__") | ("__ge__", "__le__") => {
            if !truth {
                Value::Bool(true)
            } else {
                eq(CmpOp::Eq)?
            }
        }
        // `r and a != b`.
        ("__le__", "__lt__") | ("__ge__", "__gt__") => {
            if !truth {
                r
            } else {
                eq(CmpOp::NotEq)?
            }
        }
        // `not r`.
        _ => Value::Bool(!truth),
    })
}

/// A key object made by a `cmp_to_key` function.
struct KeyWrapper {
    cmp: Value,
    obj: Value,
}

/// `functools.cmp_to_key(mycmp)`: a key function for `sorted`, `min`, `max`…
fn cmp_to_key(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(class), Some(cmp)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "cmp_to_key() missing required argument 'mycmp' (pos 1)"));
    };
    Ok(native_with("functools.KeyWrapper", make_key_wrapper, Value::tuple(vec![class.clone(), cmp.clone()])))
}

fn make_key_wrapper(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Tuple(spec)), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "K() missing required argument 'obj' (pos 1)"));
    };
    let (Some(Value::Class(class)), Some(cmp)) = (spec.items.first(), spec.items.get(1)) else {
        return Err(PyErr::new(ExcType::SystemError, "cmp_to_key lost its class"));
    };
    Ok(new_object(class, KeyWrapper { cmp: cmp.clone(), obj: obj.clone() }))
}

/// A comparison of two key objects: `mycmp(a.obj, b.obj) <op> 0` (`args[0]` names the op).
fn key_compare(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Int(op)), Some(_), Some(b)) = (args.first(), args.get(1), args.get(2)) else {
        return Err(PyErr::new(ExcType::TypeError, "expected 1 argument"));
    };
    let x = this::<KeyWrapper>(interp, &args[1..], "functools.KeyWrapper", "__lt__")?;
    let Some(y) = payload::<KeyWrapper>(b) else {
        return Err(PyErr::new(ExcType::TypeError, "other argument must be K instance"));
    };
    let r = interp.call_value(&x.cmp, &[x.obj.clone(), y.obj.clone()], &[])?;
    let op = [CmpOp::Lt, CmpOp::LtE, CmpOp::Gt, CmpOp::GtE, CmpOp::Eq, CmpOp::NotEq][(*op as usize).min(5)];
    interp.rich_compare(op, &r, &Value::Int(0))
}

/// `functools.cached_property(func)`: computed on first access, then stored on the
/// instance (read back through the property, which finds the stored value first).
fn cached_property(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    check_count("cached_property", args, 1, 1)?;
    let name = interp.get_attr(&args[0], "__name__")?;
    let data = Value::tuple(vec![args[0].clone(), name.clone()]);
    let prop = Other::property(
        native_with("cached_property.__get__", cached_get, data),
        native_with("cached_property.__set__", cached_set, name.clone()),
        native_with("cached_property.__delete__", cached_del, name),
    );
    Ok(Value::Other(Rc::new(prop)))
}

fn cached_get(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Tuple(spec)), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "cached_property needs an instance"));
    };
    let (Some(func), Some(Value::Str(name))) = (spec.items.first(), spec.items.get(1)) else {
        return Err(PyErr::new(ExcType::SystemError, "cached_property lost its function"));
    };
    let Value::Instance(inst) = obj else {
        return Err(PyErr::new(ExcType::TypeError, "No '__dict__' attribute to cache the property"));
    };
    if let Some(v) = inst.get_attr(name.as_str()) {
        return Ok(v);
    }
    let v = interp.call_value(func, std::slice::from_ref(obj), &[])?;
    inst.set_attr_str(name.as_str(), v.clone());
    Ok(v)
}

fn cached_set(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Str(name)), Some(Value::Instance(inst)), Some(v)) = (args.first(), args.get(1), args.get(2))
    else {
        return Err(PyErr::new(ExcType::TypeError, "cached_property needs an instance"));
    };
    inst.set_attr_str(name.as_str(), v.clone());
    Ok(Value::None)
}

/// `del obj.name`: forgets the cached value (a non-data descriptor: the instance's own
/// attribute is what goes).
fn cached_del(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Str(name)), Some(obj @ Value::Instance(inst))) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "cached_property needs an instance"));
    };
    if !inst.del_attr(name.as_str()) {
        return Err(PyErr::new(
            ExcType::AttributeError,
            format!("'{}' object has no attribute '{}'", interp.type_name(obj), name.as_str()),
        ));
    }
    Ok(Value::None)
}
