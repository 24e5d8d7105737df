//! `collections.Counter`: a `dict` subclass counting hashable items, following CPython's
//! `collections/__init__.py` method by method (so orders and edge cases match).
//!
//! Invariant: missing keys read as 0 (`__missing__`) without being inserted.
//! Invariant: `most_common` and `repr` order by count, descending, stable in insertion
//! order for equal counts (CPython sorts with `reverse=True`, which keeps ties stable).

use crate::builtins::{add_classmethod, add_method, native_with};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::{iter_value, LibIter, NativeIter};
use crate::modules::collections::{
    add_alloc_new, add_repr, dict_entries, dict_of, dict_subclass_iter, getitem_with_missing, new_subclass, self_dict,
};
use crate::object::class::Class;
use crate::object::function::{Kwargs, NativeFn};
use crate::object::{Other, PyDict};
use crate::value::Value;
use lang::ast::{BinOp, CmpOp};
use std::rc::Rc;

/// The `Counter` class.
pub fn make_class(interp: &Interp) -> PResult<Rc<Class>> {
    let c = new_subclass("Counter", &interp.types.dict)?;
    add_alloc_new(&c);
    let methods: &[(&str, NativeFn)] = &[
        ("__init__", counter_init),
        ("__getitem__", counter_getitem),
        ("__missing__", counter_missing),
        ("__iter__", dict_subclass_iter),
        ("__delitem__", counter_delitem),
        ("__eq__", counter_eq),
        ("__ne__", counter_ne),
        ("update", counter_update),
        ("subtract", counter_subtract),
        ("most_common", counter_most_common),
        ("elements", counter_elements),
        ("total", counter_total),
        ("copy", counter_copy),
        ("__copy__", counter_copy),
        ("__add__", counter_add),
        ("__sub__", counter_sub),
        ("__or__", counter_or),
        ("__and__", counter_and),
        ("__pos__", counter_pos),
        ("__neg__", counter_neg),
        ("__iadd__", counter_iadd),
        ("__isub__", counter_isub),
    ];
    for (name, f) in methods {
        add_method(&c, name, *f);
    }
    add_classmethod(&c, "fromkeys", counter_fromkeys);
    add_repr(interp, &c, counter_repr)?;
    Ok(c)
}

fn me(interp: &Interp, args: &[Value], method: &str) -> PResult<Rc<PyDict>> {
    self_dict(interp, args, "Counter", method)
}

fn not_implemented() -> Value {
    Value::Other(Rc::new(Other::NotImplemented))
}

/// `self.get(key, 0)`.
fn get0(interp: &Interp, d: &PyDict, key: &Value) -> PResult<Value> {
    Ok(interp.dict_get(d, key)?.unwrap_or(Value::Int(0)))
}

/// `Counter(iterable=None, /, **kwds)`.
fn counter_init(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    counter_update(interp, args, kwargs)
}

fn counter_getitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    getitem_with_missing(interp, args, "Counter")
}

/// `Counter.__missing__(key)`: 0, and nothing is stored.
fn counter_missing(_interp: &Interp, _args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::Int(0))
}

/// `del c[key]`: no `KeyError` for a missing key.
fn counter_delitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__delitem__")?;
    if let Some(k) = args.get(1) {
        interp.dict_del(&d, k)?;
    }
    Ok(Value::None)
}

/// Adds (`sign` = 1) or subtracts (`sign` = -1) the counts of a mapping or iterable.
fn add_counts(interp: &Interp, d: &PyDict, source: &Value, subtract: bool) -> PResult<()> {
    if let Some(src) = dict_of(source) {
        if !subtract && d.is_empty() {
            return interp.dict_update(d, &Value::Dict(src));
        }
        for (k, count) in dict_entries(&src) {
            let cur = get0(interp, d, &k)?;
            let new = if subtract {
                interp.binary_op(BinOp::Sub, &cur, &count)?
            } else {
                interp.binary_op(BinOp::Add, &count, &cur)?
            };
            interp.dict_set(d, k, new)?;
        }
        return Ok(());
    }
    let it = interp.get_iter(source)?;
    let step = Value::Int(1);
    while let Some(k) = interp.iter_next(&it)? {
        let cur = get0(interp, d, &k)?;
        let op = if subtract { BinOp::Sub } else { BinOp::Add };
        let new = interp.binary_op(op, &cur, &step)?;
        interp.dict_set(d, k, new)?;
    }
    Ok(())
}

fn update_like(interp: &Interp, args: &[Value], kwargs: &Kwargs, name: &str, subtract: bool) -> PResult<Value> {
    let d = me(interp, args, name)?;
    if args.len() > 2 {
        return Err(PyErr::new(ExcType::TypeError, format!("expected at most 1 argument, got {}", args.len() - 1)));
    }
    if let Some(src) = args.get(1) {
        if !src.is_none() {
            add_counts(interp, &d, src, subtract)?;
        }
    }
    if !kwargs.is_empty() {
        let kw = PyDict::new();
        for (k, v) in kwargs {
            interp.dict_set(&kw, Value::str(k), v.clone())?;
        }
        add_counts(interp, &d, &Value::Dict(Rc::new(kw)), subtract)?;
    }
    Ok(Value::None)
}

/// `Counter.update(iterable=None, /, **kwds)`: adds counts.
fn counter_update(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    update_like(interp, args, kwargs, "update", false)
}

/// `Counter.subtract(iterable=None, /, **kwds)`: subtracts counts (they may go negative).
fn counter_subtract(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    update_like(interp, args, kwargs, "subtract", true)
}

fn item_count(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    match args.get(1) {
        Some(Value::Tuple(t)) if t.items.len() == 2 => Ok(t.items[1].clone()),
        _ => Err(PyErr::new(ExcType::TypeError, "expected a (key, count) pair")),
    }
}

/// The `(key, count)` pairs by count, descending, ties in insertion order.
fn sorted_items(interp: &Interp, d: &PyDict) -> PResult<Vec<Value>> {
    let mut items: Vec<Value> = dict_entries(d).into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect();
    let key = native_with("itemgetter", item_count, Value::None);
    interp.sort_values(&mut items, Some(&key), true)?;
    Ok(items)
}

/// `Counter.most_common(n=None)`.
fn counter_most_common(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "most_common")?;
    let n = crate::builtins::args::arg_or_kw(args, 1, kwargs, "n").unwrap_or(Value::None);
    let mut items = sorted_items(interp, &d)?;
    if !n.is_none() {
        let n = interp.index_value(&n)?.max(0) as usize;
        items.truncate(n);
    }
    Ok(Value::list(items))
}

/// The iterator of `Counter.elements()`: each key repeated by its count.
struct Elements {
    pairs: Vec<(Value, i64)>,
    index: usize,
    left: i64,
}

impl LibIter for Elements {
    fn next(&mut self, _interp: &Interp) -> PResult<Option<Value>> {
        while self.index < self.pairs.len() {
            let (k, n) = &self.pairs[self.index];
            if self.left == 0 {
                self.left = *n;
            }
            if self.left > 0 {
                self.left -= 1;
                let k = k.clone();
                if self.left == 0 {
                    self.index += 1;
                }
                return Ok(Some(k));
            }
            self.index += 1;
            self.left = 0;
        }
        Ok(None)
    }

    fn type_name(&self) -> &'static str {
        "itertools.chain"
    }
}

/// `Counter.elements()`: keys repeated by their counts, in insertion order; counts below
/// one are skipped.
fn counter_elements(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "elements")?;
    let mut pairs = Vec::new();
    for (k, v) in dict_entries(&d) {
        let n = match v {
            Value::Int(_) | Value::Bool(_) => interp.index_value(&v)?,
            _ => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("'{}' object cannot be interpreted as an integer", interp.type_name(&v)),
                ))
            }
        };
        pairs.push((k, n));
    }
    Ok(iter_value(NativeIter::Lib(Box::new(Elements { pairs, index: 0, left: 0 }))))
}

/// `Counter.total()`: the sum of the counts.
fn counter_total(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "total")?;
    let mut acc = Value::Int(0);
    for (_, v) in dict_entries(&d) {
        acc = interp.binary_op(BinOp::Add, &acc, &v)?;
    }
    Ok(acc)
}

/// `Counter.copy()`: `self.__class__(self)`.
fn counter_copy(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    me(interp, args, "copy")?;
    let class = interp.class_of(&args[0]);
    interp.call_value(&Value::Class(class), &[args[0].clone()], &[])
}

/// `Counter.fromkeys` is refused, as in CPython.
fn counter_fromkeys(_interp: &Interp, _args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Err(PyErr::new(ExcType::NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."))
}

/// A new, empty plain `Counter` (the binary operators return `Counter`, not a subclass).
fn new_counter(interp: &Interp) -> PResult<(Value, Rc<PyDict>)> {
    let m = interp.import_module("collections")?;
    let class = interp.get_attr(&m, "Counter")?;
    let c = interp.call_value(&class, &[], &[])?;
    let d = dict_of(&c).ok_or_else(|| PyErr::new(ExcType::TypeError, "Counter() did not make a dict"))?;
    Ok((c, d))
}

fn is_counter(interp: &Interp, v: &Value) -> bool {
    dict_of(v).is_some() && interp.class_of(v).mro_iter().any(|c| c.name == "Counter" && c.module == "collections")
}

fn positive(interp: &Interp, v: &Value) -> PResult<bool> {
    let r = interp.rich_compare(CmpOp::Gt, v, &Value::Int(0))?;
    interp.truthy(&r)
}

fn negative(interp: &Interp, v: &Value) -> PResult<bool> {
    let r = interp.rich_compare(CmpOp::Lt, v, &Value::Int(0))?;
    interp.truthy(&r)
}

/// The operands of a binary operator: `None` when `other` is not a Counter.
fn operands(interp: &Interp, args: &[Value], name: &str) -> PResult<Option<(Rc<PyDict>, Rc<PyDict>)>> {
    let a = me(interp, args, name)?;
    match args.get(1) {
        Some(o) if is_counter(interp, o) => Ok(dict_of(o).map(|b| (a, b))),
        _ => Ok(None),
    }
}

/// Which multiset operation a binary operator is.
#[derive(Clone, Copy, PartialEq)]
enum MultisetOp {
    Add,
    Sub,
    Or,
    And,
}

/// `c op other` as CPython's `Counter.__add__` and friends: counts combined key by key,
/// only positive results kept, keys of `self` first.
fn combine(interp: &Interp, args: &[Value], name: &str, op: MultisetOp) -> PResult<Value> {
    let Some((a, b)) = operands(interp, args, name)? else { return Ok(not_implemented()) };
    let (result, r) = new_counter(interp)?;
    for (k, count) in dict_entries(&a) {
        let other = get0(interp, &b, &k)?;
        let new = match op {
            MultisetOp::Add => interp.binary_op(BinOp::Add, &count, &other)?,
            MultisetOp::Sub => interp.binary_op(BinOp::Sub, &count, &other)?,
            MultisetOp::Or => {
                if interp.less_than(&count, &other)? {
                    other
                } else {
                    count
                }
            }
            MultisetOp::And => {
                if interp.less_than(&count, &other)? {
                    count
                } else {
                    other
                }
            }
        };
        if positive(interp, &new)? {
            interp.dict_set(&r, k, new)?;
        }
    }
    if op != MultisetOp::And {
        for (k, count) in dict_entries(&b) {
            if interp.dict_get(&a, &k)?.is_some() {
                continue;
            }
            if op == MultisetOp::Sub {
                if negative(interp, &count)? {
                    let neg = interp.binary_op(BinOp::Sub, &Value::Int(0), &count)?;
                    interp.dict_set(&r, k, neg)?;
                }
            } else if positive(interp, &count)? {
                interp.dict_set(&r, k, count)?;
            }
        }
    }
    Ok(result)
}

fn counter_add(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    combine(interp, args, "__add__", MultisetOp::Add)
}

fn counter_sub(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    combine(interp, args, "__sub__", MultisetOp::Sub)
}

fn counter_or(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    combine(interp, args, "__or__", MultisetOp::Or)
}

fn counter_and(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    combine(interp, args, "__and__", MultisetOp::And)
}

/// `+c` (keep the positive counts) or `-c` (negate the negative ones).
fn unary(interp: &Interp, args: &[Value], name: &str, negate: bool) -> PResult<Value> {
    let a = me(interp, args, name)?;
    let (result, r) = new_counter(interp)?;
    for (k, count) in dict_entries(&a) {
        if negate {
            if negative(interp, &count)? {
                let neg = interp.binary_op(BinOp::Sub, &Value::Int(0), &count)?;
                interp.dict_set(&r, k, neg)?;
            }
        } else if positive(interp, &count)? {
            interp.dict_set(&r, k, count)?;
        }
    }
    Ok(result)
}

fn counter_pos(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    unary(interp, args, "__pos__", false)
}

fn counter_neg(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    unary(interp, args, "__neg__", true)
}

/// `c += other` / `c -= other`: in place, then only positive counts are kept.
fn inplace(interp: &Interp, args: &[Value], name: &str, subtract: bool) -> PResult<Value> {
    let Some((a, b)) = operands(interp, args, name)? else { return Ok(not_implemented()) };
    for (k, count) in dict_entries(&b) {
        let cur = get0(interp, &a, &k)?;
        let op = if subtract { BinOp::Sub } else { BinOp::Add };
        let new = interp.binary_op(op, &cur, &count)?;
        interp.dict_set(&a, k, new)?;
    }
    for (k, count) in dict_entries(&a) {
        if !positive(interp, &count)? {
            interp.dict_del(&a, &k)?;
        }
    }
    Ok(args[0].clone())
}

fn counter_iadd(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    inplace(interp, args, "__iadd__", false)
}

fn counter_isub(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    inplace(interp, args, "__isub__", true)
}

/// `c == other` between Counters: missing keys count as zero (CPython 3.10+).
fn counter_eq(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let Some((a, b)) = operands(interp, args, "__eq__")? else { return Ok(not_implemented()) };
    for (x, y) in [(&a, &b), (&b, &a)] {
        for (k, count) in dict_entries(x) {
            let other = get0(interp, y, &k)?;
            if !interp.eq(&count, &other)? {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(true))
}

fn counter_ne(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let r = counter_eq(interp, args, kwargs)?;
    match r {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

/// `repr(c)`: `Counter({'a': 3, 'b': 1})` in `most_common` order, `Counter()` when empty.
fn counter_repr(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__repr__")?;
    let name = interp.class_of(&args[0]).name.clone();
    if d.is_empty() {
        return Ok(Value::string(format!("{name}()")));
    }
    let ordered = PyDict::new();
    match sorted_items(interp, &d) {
        Ok(items) => {
            for item in items {
                if let Value::Tuple(t) = &item {
                    interp.dict_set(&ordered, t.items[0].clone(), t.items[1].clone())?;
                }
            }
        }
        Err(e) if interp.err_is(&e, ExcType::TypeError) => {
            interp.dict_update(&ordered, &Value::Dict(d.clone()))?;
        }
        Err(e) => return Err(e),
    }
    Ok(Value::string(format!("{name}({})", interp.repr(&Value::Dict(Rc::new(ordered)))?)))
}
