//! `collections.abc`: the abstract base classes, with the mixin methods CPython's
//! `_collections_abc.py` gives their subclasses (`Mapping.get`, `Sequence.index`,
//! `MutableMapping.setdefault`, the `Set` operators…), written against the abstract
//! methods (`__getitem__`, `__len__`, `__iter__`, `insert`…) a subclass defines.
//!
//! Invariant: every class here has module `collections.abc`, which is what
//! `modules::abc_isinstance` keys on to make builtin values instances of them.
//! What it does not do: refuse to instantiate a class with abstract methods left, and
//! return live views from `Mapping.keys()`/`items()`/`values()` (they return lists).

use crate::builtins::add_method;
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::{iter_value, NativeIter};
use crate::module::ModuleObj;
use crate::modules::collections::is_mapping;
use crate::modules::new_module;
use crate::object::class::{Class, ClassDict};
use crate::object::function::{Kwargs, NativeFn};
use crate::object::Other;
use crate::value::Value;
use lang::ast::CmpOp;
use std::rc::Rc;

fn class(name: &str, bases: &[&Rc<Class>], interp: &Interp) -> PResult<Rc<Class>> {
    let bases: Vec<Rc<Class>> =
        if bases.is_empty() { vec![interp.types.object.clone()] } else { bases.iter().map(|b| (*b).clone()).collect() };
    Class::new(name, "collections.abc", bases, ClassDict::default(), false, None)
        .map_err(|e| PyErr::new(ExcType::TypeError, e))
}

fn methods(c: &Rc<Class>, list: &[(&str, NativeFn)]) {
    for (name, f) in list {
        add_method(c, name, *f);
    }
}

/// Makes `collections.abc`.
pub fn make(interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("collections.abc");
    let hashable = class("Hashable", &[], interp)?;
    let iterable = class("Iterable", &[], interp)?;
    let iterator = class("Iterator", &[&iterable], interp)?;
    methods(&iterator, &[("__iter__", iter_self)]);
    let reversible = class("Reversible", &[&iterable], interp)?;
    let generator = class("Generator", &[&iterator], interp)?;
    let sized = class("Sized", &[], interp)?;
    let container = class("Container", &[], interp)?;
    let callable = class("Callable", &[], interp)?;
    let collection = class("Collection", &[&sized, &iterable, &container], interp)?;
    let sequence = class("Sequence", &[&reversible, &collection], interp)?;
    methods(
        &sequence,
        &[
            ("__iter__", seq_iter),
            ("__contains__", seq_contains),
            ("__reversed__", seq_reversed),
            ("index", seq_index),
            ("count", seq_count),
        ],
    );
    let mutable_sequence = class("MutableSequence", &[&sequence], interp)?;
    methods(
        &mutable_sequence,
        &[
            ("append", mseq_append),
            ("clear", mseq_clear),
            ("reverse", mseq_reverse),
            ("extend", mseq_extend),
            ("pop", mseq_pop),
            ("remove", mseq_remove),
            ("__iadd__", mseq_iadd),
        ],
    );
    let mapping = class("Mapping", &[&collection], interp)?;
    methods(
        &mapping,
        &[
            ("get", map_get),
            ("__contains__", map_contains),
            ("keys", map_keys),
            ("items", map_items),
            ("values", map_values),
            ("__eq__", map_eq),
        ],
    );
    mapping.set_attr("__hash__".into(), Value::None);
    let mutable_mapping = class("MutableMapping", &[&mapping], interp)?;
    methods(
        &mutable_mapping,
        &[
            ("pop", mmap_pop),
            ("popitem", mmap_popitem),
            ("clear", mmap_clear),
            ("update", mmap_update),
            ("setdefault", mmap_setdefault),
        ],
    );
    let set = class("Set", &[&collection], interp)?;
    methods(
        &set,
        &[
            ("__le__", set_le),
            ("__lt__", set_lt),
            ("__ge__", set_ge),
            ("__gt__", set_gt),
            ("__eq__", set_eq),
            ("__and__", set_and),
            ("__or__", set_or),
            ("__sub__", set_sub),
            ("isdisjoint", set_isdisjoint),
        ],
    );
    set.set_attr("__hash__".into(), Value::None);
    let mutable_set = class("MutableSet", &[&set], interp)?;
    methods(&mutable_set, &[("remove", mset_remove), ("pop", mset_pop), ("clear", mset_clear)]);
    for c in [
        hashable,
        iterable,
        iterator,
        reversible,
        generator,
        sized,
        container,
        callable,
        collection,
        sequence,
        mutable_sequence,
        mapping,
        mutable_mapping,
        set,
        mutable_set,
    ] {
        crate::modules::collections::add_class_getitem(&c);
        m.set(&c.name.clone(), Value::Class(c));
    }
    Ok(m)
}

fn this(args: &[Value]) -> PResult<&Value> {
    args.first().ok_or_else(|| PyErr::new(ExcType::TypeError, "method needs self"))
}

fn arg<'a>(args: &'a [Value], i: usize, name: &str) -> PResult<&'a Value> {
    args.get(i)
        .ok_or_else(|| PyErr::new(ExcType::TypeError, format!("{name}() missing 1 required positional argument")))
}

fn not_implemented() -> Value {
    Value::Other(Rc::new(Other::NotImplemented))
}

/// `Iterator.__iter__`: the iterator itself.
fn iter_self(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(this(args)?.clone())
}

/// `Sequence.__iter__`: `self[0]`, `self[1]`, … until `IndexError`.
fn seq_iter(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(iter_value(NativeIter::Sequence { obj: this(args)?.clone(), index: 0 }))
}

fn contains_by_iter(interp: &Interp, obj: &Value, x: &Value) -> PResult<bool> {
    let it = interp.get_iter(obj)?;
    while let Some(v) = interp.iter_next(&it)? {
        if v.is(x) || interp.eq(&v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn seq_contains(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::Bool(contains_by_iter(interp, this(args)?, arg(args, 1, "__contains__")?)?))
}

fn seq_reversed(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = this(args)?;
    let n = interp.len_of(s)?;
    let mut items = Vec::with_capacity(n);
    for i in (0..n).rev() {
        items.push(interp.get_item(s, &Value::Int(i as i64))?);
    }
    Ok(iter_value(NativeIter::Values { items: items.into(), index: 0, type_name: "generator" }))
}

/// `Sequence.index(value, start=0, stop=None)`.
fn seq_index(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = this(args)?;
    let x = arg(args, 1, "index")?;
    let n = interp.len_of(s)? as i64;
    let norm = |v: Option<&Value>, default: i64| -> PResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = interp.index_value(v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i })
            }
        }
    };
    let start = norm(args.get(2), 0)?;
    let stop = norm(args.get(3), i64::MAX)?;
    let mut i = start;
    while i < stop {
        let v = match interp.get_item(s, &Value::Int(i)) {
            Ok(v) => v,
            Err(e) if interp.err_is(&e, ExcType::IndexError) => break,
            Err(e) => return Err(e),
        };
        if v.is(x) || interp.eq(&v, x)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(PyErr::with_args(ExcType::ValueError, Vec::new()))
}

fn seq_count(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let x = arg(args, 1, "count")?;
    let it = interp.get_iter(this(args)?)?;
    let mut n = 0;
    while let Some(v) = interp.iter_next(&it)? {
        if v.is(x) || interp.eq(&v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn mseq_append(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = this(args)?;
    let n = interp.len_of(s)?;
    interp.call_method("insert", &[s.clone(), Value::Int(n as i64), arg(args, 1, "append")?.clone()], &[])?;
    Ok(Value::None)
}

fn mseq_clear(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = this(args)?;
    loop {
        match interp.call_method("pop", std::slice::from_ref(s), &[]) {
            Ok(_) => {}
            Err(e) if interp.err_is(&e, ExcType::IndexError) => return Ok(Value::None),
            Err(e) => return Err(e),
        }
    }
}

fn mseq_reverse(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = this(args)?;
    let n = interp.len_of(s)? as i64;
    for i in 0..n / 2 {
        let (a, b) = (Value::Int(i), Value::Int(n - i - 1));
        let x = interp.get_item(s, &b)?;
        let y = interp.get_item(s, &a)?;
        interp.set_item(s, &a, x)?;
        interp.set_item(s, &b, y)?;
    }
    Ok(Value::None)
}

fn mseq_extend(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = this(args)?;
    let values = arg(args, 1, "extend")?;
    let items = interp.collect_iter(values)?;
    for v in items {
        interp.call_method("append", &[s.clone(), v], &[])?;
    }
    Ok(Value::None)
}

fn mseq_pop(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = this(args)?;
    let index = args.get(1).cloned().unwrap_or(Value::Int(-1));
    let v = interp.get_item(s, &index)?;
    interp.del_item(s, &index)?;
    Ok(v)
}

fn mseq_remove(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = this(args)?;
    let i = interp.call_method("index", &[s.clone(), arg(args, 1, "remove")?.clone()], &[])?;
    interp.del_item(s, &i)?;
    Ok(Value::None)
}

fn mseq_iadd(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    mseq_extend(interp, args, kwargs)?;
    Ok(this(args)?.clone())
}

/// `self[key]`, or `None` on `KeyError`.
fn lookup(interp: &Interp, m: &Value, key: &Value) -> PResult<Option<Value>> {
    match interp.get_item(m, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if interp.err_is(&e, ExcType::KeyError) => Ok(None),
        Err(e) => Err(e),
    }
}

fn map_get(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let default = args.get(2).cloned().unwrap_or(Value::None);
    Ok(lookup(interp, this(args)?, arg(args, 1, "get")?)?.unwrap_or(default))
}

fn map_contains(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::Bool(lookup(interp, this(args)?, arg(args, 1, "__contains__")?)?.is_some()))
}

fn map_keys(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::list(interp.collect_iter(this(args)?)?))
}

fn map_items(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let m = this(args)?;
    let mut out = Vec::new();
    for k in interp.collect_iter(m)? {
        let v = interp.get_item(m, &k)?;
        out.push(Value::tuple(vec![k, v]));
    }
    Ok(Value::list(out))
}

fn map_values(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let m = this(args)?;
    let mut out = Vec::new();
    for k in interp.collect_iter(m)? {
        out.push(interp.get_item(m, &k)?);
    }
    Ok(Value::list(out))
}

/// A plain dict of a mapping's items (for `Mapping.__eq__`).
fn as_dict(interp: &Interp, m: &Value) -> PResult<Value> {
    let d = crate::object::PyDict::new();
    for k in interp.collect_iter(m)? {
        let v = interp.get_item(m, &k)?;
        interp.dict_set(&d, k, v)?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn is_abc_instance(interp: &Interp, v: &Value, name: &str) -> bool {
    is_mapping(v) && name == "Mapping"
        || interp.class_of(v).mro_iter().any(|c| c.module == "collections.abc" && c.name == name)
        || (name == "Set" && matches!(v, Value::Set(_)))
}

fn map_eq(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (a, b) = (this(args)?, arg(args, 1, "__eq__")?);
    if !is_abc_instance(interp, b, "Mapping") {
        return Ok(not_implemented());
    }
    Ok(Value::Bool(interp.eq(&as_dict(interp, a)?, &as_dict(interp, b)?)?))
}

fn mmap_pop(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (m, key) = (this(args)?, arg(args, 1, "pop")?);
    match lookup(interp, m, key)? {
        Some(v) => {
            interp.del_item(m, key)?;
            Ok(v)
        }
        None => match args.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::with_args(ExcType::KeyError, vec![key.clone()])),
        },
    }
}

fn mmap_popitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let m = this(args)?;
    let it = interp.get_iter(m)?;
    let Some(key) = interp.iter_next(&it)? else { return Err(PyErr::with_args(ExcType::KeyError, Vec::new())) };
    let v = interp.get_item(m, &key)?;
    interp.del_item(m, &key)?;
    Ok(Value::tuple(vec![key, v]))
}

fn mmap_clear(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    loop {
        match mmap_popitem(interp, args, kwargs) {
            Ok(_) => {}
            Err(e) if interp.err_is(&e, ExcType::KeyError) => return Ok(Value::None),
            Err(e) => return Err(e),
        }
    }
}

/// `MutableMapping.update(other=(), /, **kwds)`.
fn mmap_update(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let m = this(args)?;
    if let Some(other) = args.get(1) {
        let has_keys = interp.class_of(other).lookup("keys").is_some();
        if is_abc_instance(interp, other, "Mapping") || has_keys {
            let keys =
                if has_keys { interp.call_method("keys", std::slice::from_ref(other), &[])? } else { other.clone() };
            for k in interp.collect_iter(&keys)? {
                let v = interp.get_item(other, &k)?;
                interp.set_item(m, &k, v)?;
            }
        } else {
            for pair in interp.collect_iter(other)? {
                let kv = interp.collect_iter(&pair)?;
                if kv.len() != 2 {
                    return Err(PyErr::new(ExcType::ValueError, "too many values to unpack (expected 2)"));
                }
                interp.set_item(m, &kv[0], kv[1].clone())?;
            }
        }
    }
    for (k, v) in kwargs {
        interp.set_item(m, &Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

fn mmap_setdefault(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (m, key) = (this(args)?, arg(args, 1, "setdefault")?);
    if let Some(v) = lookup(interp, m, key)? {
        return Ok(v);
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    interp.set_item(m, key, default.clone())?;
    Ok(default)
}

/// Every element of `a` is in `b`.
fn all_in(interp: &Interp, a: &Value, b: &Value) -> PResult<bool> {
    for x in interp.collect_iter(a)? {
        if !interp.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `Set` comparisons: subset and superset tests by size and membership.
fn set_compare(interp: &Interp, args: &[Value], op: CmpOp) -> PResult<Value> {
    let (a, b) = (this(args)?, arg(args, 1, "comparison")?);
    if !is_abc_instance(interp, b, "Set") {
        return Ok(not_implemented());
    }
    let (la, lb) = (interp.len_of(a)?, interp.len_of(b)?);
    let r = match op {
        CmpOp::LtE => la <= lb && all_in(interp, a, b)?,
        CmpOp::Lt => la < lb && all_in(interp, a, b)?,
        CmpOp::GtE => la >= lb && all_in(interp, b, a)?,
        CmpOp::Gt => la > lb && all_in(interp, b, a)?,
        _ => la == lb && all_in(interp, a, b)?,
    };
    Ok(Value::Bool(r))
}

fn set_le(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    set_compare(interp, args, CmpOp::LtE)
}

fn set_lt(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    set_compare(interp, args, CmpOp::Lt)
}

fn set_ge(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    set_compare(interp, args, CmpOp::GtE)
}

fn set_gt(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    set_compare(interp, args, CmpOp::Gt)
}

fn set_eq(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    set_compare(interp, args, CmpOp::Eq)
}

/// `cls(iterable)`, as `Set._from_iterable`.
fn from_iterable(interp: &Interp, this: &Value, items: Vec<Value>) -> PResult<Value> {
    interp.call_value(&Value::Class(interp.class_of(this)), &[Value::list(items)], &[])
}

fn set_and(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (a, b) = (this(args)?, arg(args, 1, "__and__")?);
    if interp.get_iter(b).is_err() {
        return Ok(not_implemented());
    }
    let mut out = Vec::new();
    for x in interp.collect_iter(b)? {
        if interp.contains(a, &x)? {
            out.push(x);
        }
    }
    from_iterable(interp, a, out)
}

fn set_or(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (a, b) = (this(args)?, arg(args, 1, "__or__")?);
    if interp.get_iter(b).is_err() {
        return Ok(not_implemented());
    }
    let mut out = interp.collect_iter(a)?;
    out.extend(interp.collect_iter(b)?);
    from_iterable(interp, a, out)
}

fn set_sub(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (a, b) = (this(args)?, arg(args, 1, "__sub__")?);
    if interp.get_iter(b).is_err() {
        return Ok(not_implemented());
    }
    let mut out = Vec::new();
    for x in interp.collect_iter(a)? {
        if !interp.contains(b, &x)? {
            out.push(x);
        }
    }
    from_iterable(interp, a, out)
}

fn set_isdisjoint(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (a, b) = (this(args)?, arg(args, 1, "isdisjoint")?);
    for x in interp.collect_iter(b)? {
        if interp.contains(a, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn mset_remove(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (s, x) = (this(args)?, arg(args, 1, "remove")?);
    if !interp.contains(s, x)? {
        return Err(PyErr::with_args(ExcType::KeyError, vec![x.clone()]));
    }
    interp.call_method("discard", &[s.clone(), x.clone()], &[])?;
    Ok(Value::None)
}

fn mset_pop(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let s = this(args)?;
    let it = interp.get_iter(s)?;
    let Some(v) = interp.iter_next(&it)? else { return Err(PyErr::with_args(ExcType::KeyError, Vec::new())) };
    interp.call_method("discard", &[s.clone(), v.clone()], &[])?;
    Ok(v)
}

fn mset_clear(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    loop {
        match mset_pop(interp, args, kwargs) {
            Ok(_) => {}
            Err(e) if interp.err_is(&e, ExcType::KeyError) => return Ok(Value::None),
            Err(e) => return Err(e),
        }
    }
}
