//! `collections.deque`: a double-ended queue with an optional maximum length, as CPython's
//! `_collections.deque`.
//!
//! Invariant: with `maxlen = Some(n)` the deque never holds more than `n` items; an
//! append at one end drops an item from the other end.
//! Invariant: `state` changes on every mutation, so iterators and `remove`/`index`, which
//! compare items through Python code, detect a deque changed under them as CPython does.

use crate::builtins::args::{check_method_count, kwarg, only_kwargs};
use crate::builtins::{add_method, native};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::{iter_value, LibIter, NativeIter};
use crate::modules::native_object::{new_class, new_object, payload, this};
use crate::object::class::Class;
use crate::object::function::{Kwargs, NativeFn};
use crate::object::Other;
use crate::value::Value;
use lang::ast::CmpOp;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

impl Deque {
    fn new(maxlen: Option<usize>) -> Deque {
        Deque { items: RefCell::new(VecDeque::new()), maxlen: Cell::new(maxlen), state: Cell::new(0) }
    }

    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn push_back(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        match self.maxlen.get() {
            Some(0) => {}
            Some(n) => {
                if items.len() >= n {
                    items.pop_front();
                }
                items.push_back(v);
            }
            None => items.push_back(v),
        }
    }

    fn push_front(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        match self.maxlen.get() {
            Some(0) => {}
            Some(n) => {
                if items.len() >= n {
                    items.pop_back();
                }
                items.push_front(v);
            }
            None => items.push_front(v),
        }
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }
}

const NAME: &str = "collections.deque";

fn me(interp: &Interp, args: &[Value], method: &str) -> PResult<Rc<Deque>> {
    this::<Deque>(interp, args, NAME, method)
}

/// The `deque` class with its methods.
pub fn make_class(interp: &Interp) -> PResult<Rc<Class>> {
    let c = new_class(interp, "deque", "collections")?;
    let new = native("deque.__new__", deque_new);
    c.set_attr("__new__".into(), Value::Other(Rc::new(Other::StaticMethod(new))));
    let maxlen = Other::named_property("maxlen", native("deque.maxlen", deque_maxlen), Value::None, Value::None);
    c.set_attr("maxlen".into(), Value::Other(Rc::new(maxlen)));
    let hash = native("deque.__hash__", deque_hash);
    c.set_attr("__hash__".into(), crate::modules::shim::python_method(interp, hash, "__hash__", "deque.__hash__")?);
    let methods: &[(&str, NativeFn)] = &[
        ("__init__", deque_init),
        ("append", deque_append),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("rotate", deque_rotate),
        ("clear", deque_clear),
        ("count", deque_count),
        ("index", deque_index),
        ("remove", deque_remove),
        ("reverse", deque_reverse),
        ("insert", deque_insert),
        ("copy", deque_copy),
        ("__copy__", deque_copy),
        ("__len__", deque_len),
        ("__iter__", deque_iter),
        ("__reversed__", deque_reversed),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__contains__", deque_contains),
        ("__eq__", deque_eq),
        ("__ne__", deque_ne),
        ("__lt__", deque_lt),
        ("__le__", deque_le),
        ("__gt__", deque_gt),
        ("__ge__", deque_ge),
        ("__add__", deque_add),
        ("__iadd__", deque_iadd),
        ("__mul__", deque_mul),
        ("__repr__", deque_repr),
    ];
    for (name, f) in methods {
        add_method(&c, name, *f);
    }
    Ok(c)
}

/// A new deque of `class` holding `items` (for `copy` and `deepcopy`).
pub fn new_deque(class: &Rc<Class>, items: Vec<Value>, maxlen: Option<usize>) -> Value {
    let d = Deque::new(maxlen);
    for v in items {
        d.push_back(v);
    }
    new_object(class, d)
}

/// The items and `maxlen` of a deque, or `None` for other values.
pub fn deque_parts(v: &Value) -> Option<(Vec<Value>, Option<usize>)> {
    payload::<Deque>(v).map(|d| (d.snapshot(), d.maxlen.get()))
}

/// `hash(d)`: deques are unhashable (through a Python-level shim, so the interpreter calls it).
fn deque_hash(_interp: &Interp, _args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Err(PyErr::new(ExcType::TypeError, "unhashable type: 'collections.deque'"))
}

/// `deque.__new__(cls, …)`: an empty deque; `__init__` fills it.
fn deque_new(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => Ok(new_object(c, Deque::new(None))),
        _ => Err(PyErr::new(ExcType::TypeError, "deque.__new__(X): X is not a type object")),
    }
}

/// `deque(iterable=(), maxlen=None)`.
fn deque_init(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("deque", kwargs, &["iterable", "maxlen"])?;
    if args.len() > 3 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("deque() takes at most 2 arguments ({} given)", args.len() - 1 + kwargs.len()),
        ));
    }
    let d = me(interp, args, "__init__")?;
    let iterable = args.get(1).cloned().or_else(|| kwarg(kwargs, "iterable").cloned());
    let maxlen = match args.get(2).or_else(|| kwarg(kwargs, "maxlen")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = interp.index_value(v)?;
            if n < 0 {
                return Err(PyErr::new(ExcType::ValueError, "maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    d.maxlen.set(maxlen);
    d.touch();
    d.items.borrow_mut().clear();
    if let Some(it) = iterable {
        extend(interp, &d, &it, false)?;
    }
    Ok(Value::None)
}

fn deque_maxlen(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "maxlen")?;
    Ok(d.maxlen.get().map_or(Value::None, |n| Value::Int(n as i64)))
}

fn one_arg<'a>(args: &'a [Value], name: &str) -> PResult<&'a Value> {
    check_method_count(name, args, 1, 1)?;
    Ok(&args[1])
}

/// `deque.append(x)`.
fn deque_append(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "append")?;
    d.push_back(one_arg(args, "append")?.clone());
    Ok(Value::None)
}

/// `deque.appendleft(x)`.
fn deque_appendleft(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "appendleft")?;
    d.push_front(one_arg(args, "appendleft")?.clone());
    Ok(Value::None)
}

/// `deque.pop()`.
fn deque_pop(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "pop")?;
    check_method_count("pop", args, 0, 0)?;
    d.touch();
    let v = d.items.borrow_mut().pop_back();
    v.ok_or_else(|| PyErr::new(ExcType::IndexError, "pop from an empty deque"))
}

/// `deque.popleft()`.
fn deque_popleft(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "popleft")?;
    check_method_count("popleft", args, 0, 0)?;
    d.touch();
    let v = d.items.borrow_mut().pop_front();
    v.ok_or_else(|| PyErr::new(ExcType::IndexError, "pop from an empty deque"))
}

/// Appends every item of `iterable` (at the left end when `left`), lazily, so an
/// infinite iterable into a bounded deque runs as long as CPython's would.
fn extend(interp: &Interp, d: &Rc<Deque>, iterable: &Value, left: bool) -> PResult<()> {
    let push = |v: Value| if left { d.push_front(v) } else { d.push_back(v) };
    if payload::<Deque>(iterable).is_some_and(|o| Rc::ptr_eq(&o, d)) {
        d.snapshot().into_iter().for_each(push);
        return Ok(());
    }
    let it = interp.get_iter(iterable)?;
    while let Some(v) = interp.iter_next(&it)? {
        push(v);
    }
    Ok(())
}

/// `deque.extend(iterable)`.
fn deque_extend(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "extend")?;
    extend(interp, &d, one_arg(args, "extend")?, false)?;
    Ok(Value::None)
}

/// `deque.extendleft(iterable)`: the items end up in reverse order.
fn deque_extendleft(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "extendleft")?;
    extend(interp, &d, one_arg(args, "extendleft")?, true)?;
    Ok(Value::None)
}

/// `deque.rotate(n=1)`: rotates `n` steps to the right (left when negative).
fn deque_rotate(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "rotate")?;
    check_method_count("rotate", args, 0, 1)?;
    let n = match args.get(1) {
        Some(v) => interp.index_value(v)?,
        None => 1,
    };
    let len = d.len();
    if len > 1 {
        d.touch();
        let k = n.rem_euclid(len as i64) as usize;
        d.items.borrow_mut().rotate_right(k);
    }
    Ok(Value::None)
}

/// `deque.clear()`.
fn deque_clear(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "clear")?;
    d.touch();
    d.items.borrow_mut().clear();
    Ok(Value::None)
}

/// The first position of `x` in `d[start..stop]`, comparing outside any borrow.
fn find(interp: &Interp, d: &Deque, x: &Value, start: usize, stop: usize, what: &str) -> PResult<Option<usize>> {
    let state = d.state.get();
    let items = d.snapshot();
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        let same = v.is(x) || interp.eq(v, x)?;
        if d.state.get() != state {
            return Err(PyErr::new(ExcType::RuntimeError, format!("deque mutated during {what}")));
        }
        if same {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `deque.count(x)`.
fn deque_count(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "count")?;
    let x = one_arg(args, "count")?;
    let state = d.state.get();
    let mut n = 0;
    for v in d.snapshot() {
        if v.is(x) || interp.eq(&v, x)? {
            n += 1;
        }
        if d.state.get() != state {
            return Err(PyErr::new(ExcType::RuntimeError, "deque mutated during iteration"));
        }
    }
    Ok(Value::Int(n))
}

fn clamp_index(i: i64, len: usize) -> usize {
    let len = len as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    j as usize
}

/// `deque.index(x[, start[, stop]])`.
fn deque_index(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "index")?;
    check_method_count("index", args, 1, 3)?;
    let len = d.len();
    let start = match args.get(2) {
        Some(v) => clamp_index(interp.index_value(v)?, len),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => clamp_index(interp.index_value(v)?, len),
        None => len,
    };
    match find(interp, &d, &args[1], start, stop, "iteration")? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::new(ExcType::ValueError, format!("{} is not in deque", interp.repr(&args[1])?))),
    }
}

/// `deque.remove(x)`: removes the first occurrence.
fn deque_remove(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "remove")?;
    let x = one_arg(args, "remove")?;
    match find(interp, &d, x, 0, usize::MAX, "remove().")? {
        Some(i) => {
            d.touch();
            d.items.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::new(ExcType::ValueError, format!("{} is not in deque", interp.repr(x)?))),
    }
}

/// `deque.reverse()`.
fn deque_reverse(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "reverse")?;
    d.touch();
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

/// `deque.insert(i, x)`.
fn deque_insert(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "insert")?;
    check_method_count("insert", args, 2, 2)?;
    let len = d.len();
    if d.maxlen.get().is_some_and(|m| len >= m) {
        return Err(PyErr::new(ExcType::IndexError, "deque already at its maximum size"));
    }
    let i = clamp_index(interp.index_value(&args[1])?, len);
    d.touch();
    d.items.borrow_mut().insert(i, args[2].clone());
    Ok(Value::None)
}

/// `deque.copy()` / `copy.copy(d)`: a deque of the same class and `maxlen`.
fn deque_copy(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "copy")?;
    Ok(new_deque(&interp.class_of(&args[0]), d.snapshot(), d.maxlen.get()))
}

fn deque_len(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::Int(me(interp, args, "__len__")?.len() as i64))
}

/// Iteration over a deque, front to back (or back to front), failing if it is mutated.
struct DequeIter {
    deque: Rc<Deque>,
    index: usize,
    state: u64,
    reverse: bool,
}

impl LibIter for DequeIter {
    fn next(&mut self, _interp: &Interp) -> PResult<Option<Value>> {
        if self.deque.state.get() != self.state {
            return Err(PyErr::new(ExcType::RuntimeError, "deque mutated during iteration"));
        }
        let items = self.deque.items.borrow();
        let len = items.len();
        if self.index >= len {
            return Ok(None);
        }
        let i = if self.reverse { len - 1 - self.index } else { self.index };
        self.index += 1;
        Ok(items.get(i).cloned())
    }

    fn type_name(&self) -> &'static str {
        if self.reverse {
            "_collections._deque_reverse_iterator"
        } else {
            "_collections._deque_iterator"
        }
    }
}

fn deque_iter(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__iter__")?;
    let state = d.state.get();
    Ok(iter_value(NativeIter::Lib(Box::new(DequeIter { deque: d, index: 0, state, reverse: false }))))
}

fn deque_reversed(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__reversed__")?;
    let state = d.state.get();
    Ok(iter_value(NativeIter::Lib(Box::new(DequeIter { deque: d, index: 0, state, reverse: true }))))
}

/// An index into a deque: ints only (no slices), negative from the end.
fn position(interp: &Interp, d: &Deque, index: &Value) -> PResult<usize> {
    if !matches!(index, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("sequence index must be integer, not '{}'", interp.type_name(index)),
        ));
    }
    let len = d.len() as i64;
    // An int beyond 64 bits: IndexError "cannot fit 'int' into an index-sized integer".
    let i = interp.index_value(index)?;
    let j = if i < 0 { i + len } else { i };
    if !(0..len).contains(&j) {
        return Err(PyErr::new(ExcType::IndexError, "deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__getitem__")?;
    let i = position(interp, &d, one_arg(args, "__getitem__")?)?;
    let v = d.items.borrow().get(i).cloned();
    Ok(v.unwrap_or(Value::None))
}

fn deque_setitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__setitem__")?;
    check_method_count("__setitem__", args, 2, 2)?;
    let i = position(interp, &d, &args[1])?;
    if let Some(slot) = d.items.borrow_mut().get_mut(i) {
        *slot = args[2].clone();
    }
    Ok(Value::None)
}

fn deque_delitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__delitem__")?;
    let i = position(interp, &d, one_arg(args, "__delitem__")?)?;
    d.touch();
    d.items.borrow_mut().remove(i);
    Ok(Value::None)
}

fn deque_contains(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__contains__")?;
    let x = one_arg(args, "__contains__")?;
    Ok(Value::Bool(find(interp, &d, x, 0, usize::MAX, "iteration")?.is_some()))
}

/// Compares the items of two deques as lists; `NotImplemented` if `other` is no deque.
fn compare(interp: &Interp, args: &[Value], method: &str, op: CmpOp) -> PResult<Value> {
    let d = me(interp, args, method)?;
    let other = one_arg(args, method)?;
    match payload::<Deque>(other) {
        Some(o) => interp.rich_compare(op, &Value::list(d.snapshot()), &Value::list(o.snapshot())),
        None => Ok(Value::Other(Rc::new(Other::NotImplemented))),
    }
}

fn deque_eq(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, "__eq__", CmpOp::Eq)
}

fn deque_ne(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, "__ne__", CmpOp::NotEq)
}

fn deque_lt(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, "__lt__", CmpOp::Lt)
}

fn deque_le(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, "__le__", CmpOp::LtE)
}

fn deque_gt(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, "__gt__", CmpOp::Gt)
}

fn deque_ge(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, "__ge__", CmpOp::GtE)
}

/// `d + other`: a copy of `d` (same `maxlen`) extended by the deque `other`.
fn deque_add(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__add__")?;
    let other = one_arg(args, "__add__")?;
    let Some(o) = payload::<Deque>(other) else {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("can only concatenate deque (not \"{}\") to deque", interp.type_name(other)),
        ));
    };
    let mut items = d.snapshot();
    items.extend(o.snapshot());
    Ok(new_deque(&interp.class_of(&args[0]), items, d.maxlen.get()))
}

/// `d += iterable`: extends in place.
fn deque_iadd(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__iadd__")?;
    extend(interp, &d, one_arg(args, "__iadd__")?, false)?;
    Ok(args[0].clone())
}

/// `d * n`: the items repeated, trimmed to `maxlen` from the left.
fn deque_mul(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__mul__")?;
    let n = match one_arg(args, "__mul__")? {
        v @ (Value::Int(_) | Value::Bool(_)) => interp.index_value(v)?,
        _ => return Ok(Value::Other(Rc::new(Other::NotImplemented))),
    };
    let items = d.snapshot();
    if items.len().saturating_mul(n.max(0) as usize) > (1 << 31) {
        return Err(PyErr::new(ExcType::MemoryError, ""));
    }
    let mut out = Vec::new();
    for _ in 0..n.max(0) {
        out.extend(items.iter().cloned());
    }
    Ok(new_deque(&interp.class_of(&args[0]), out, d.maxlen.get()))
}

/// `repr(d)`: `deque([1, 2])` or `deque([1, 2], maxlen=3)`; `[...]` for a deque inside itself.
fn deque_repr(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let d = me(interp, args, "__repr__")?;
    let id = Rc::as_ptr(&d) as usize;
    if interp.repr_stack.borrow().contains(&id) {
        return Ok(Value::str("[...]"));
    }
    interp.repr_stack.borrow_mut().push(id);
    let inner = interp.repr(&Value::list(d.snapshot()));
    interp.repr_stack.borrow_mut().pop();
    let name = interp.class_of(&args[0]).name.clone();
    Ok(Value::string(match d.maxlen.get() {
        Some(m) => format!("{name}({}, maxlen={m})", inner?),
        None => format!("{name}({})", inner?),
    }))
}
