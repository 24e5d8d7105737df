//! Iteration: the iterator objects of the builtin types and of builtins like `enumerate`,
//! and the protocol (`get_iter`, `iter_next`) the interpreter uses for every loop.
//!
//! Invariant: `iter_next` returns `Ok(None)` exactly when the iterator is exhausted;
//! `StopIteration` raised by a Python `__next__` is turned into `Ok(None)` here and never
//! leaks into a `for` loop.
//! Invariant: no `RefCell` borrow of an iterator is held while Python code runs.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::{Other, PyDict, PyList, PyStr, PyTuple};
use crate::value::Value;
use std::rc::Rc;

/// Which part of a dict an iterator yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub enum NativeIter {
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    List {
        list: Rc<PyList>,
        index: usize,
    },
    ListReversed {
        list: Rc<PyList>,
        index: usize,
    },
    Tuple {
        tuple: Rc<PyTuple>,
        index: usize,
    },
    Str {
        s: Rc<PyStr>,
        byte_pos: usize,
    },
    /// A dict's iterator: `len` is the dict's size when it started, `seen` the entries
    /// yielded so far (CPython's checks: a size change, or more entries than `len`).
    Dict {
        dict: Rc<PyDict>,
        pos: usize,
        len: usize,
        seen: usize,
        part: DictPart,
    },
    /// A snapshot of values (sets, and results computed ahead such as `itertools.product`).
    Values {
        items: Rc<[Value]>,
        index: usize,
        type_name: &'static str,
    },
    /// `enumerate` while its count fits in an i64 (compiled loops read and write `count`).
    Enumerate {
        inner: Value,
        count: i64,
    },
    /// `enumerate` past `i64::MAX` (or started there): the count as a big int.
    EnumerateBig {
        inner: Value,
        count: num_bigint::BigInt,
    },
    Zip {
        iters: Vec<Value>,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// Iteration through `__getitem__` with 0, 1, 2, … until `IndexError`.
    Sequence {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    CallIter {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
    /// Iterators of library modules (itertools…), defined where they live.
    Lib(Box<dyn LibIter>),
}

/// An iterator implemented by a library module. `next` may run Python code, so it gets no
/// borrow of the cell the iterator lives in: it is taken out while it runs.
pub trait LibIter {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>>;
    fn type_name(&self) -> &'static str;
    /// The repr when it is not `<name object at 0x…>` (`count(3)`, `repeat('a', 2)`).
    fn repr(&self, _interp: &Interp) -> Option<PResult<String>> {
        None
    }
}

impl NativeIter {
    pub fn type_name(&self) -> &'static str {
        match self {
            NativeIter::Range { .. } => "range_iterator",
            NativeIter::List { .. } => "list_iterator",
            NativeIter::ListReversed { .. } => "list_reverseiterator",
            NativeIter::Tuple { .. } => "tuple_iterator",
            NativeIter::Str { .. } => "str_ascii_iterator",
            NativeIter::Dict { part: DictPart::Keys, .. } => "dict_keyiterator",
            NativeIter::Dict { part: DictPart::Values, .. } => "dict_valueiterator",
            NativeIter::Dict { part: DictPart::Items, .. } => "dict_itemiterator",
            NativeIter::Values { type_name, .. } => type_name,
            NativeIter::Enumerate { .. } | NativeIter::EnumerateBig { .. } => "enumerate",
            NativeIter::Zip { .. } => "zip",
            NativeIter::Map { .. } => "map",
            NativeIter::Filter { .. } => "filter",
            NativeIter::Sequence { .. } => "iterator",
            NativeIter::CallIter { .. } => "callable_iterator",
            NativeIter::Exhausted => "iterator",
            NativeIter::Lib(l) => l.type_name(),
        }
    }
}

pub fn iter_value(it: NativeIter) -> Value {
    Value::Other(Rc::new(Other::Iter(std::cell::RefCell::new(it))))
}

impl Interp {
    /// Python's `iter(v)`.
    pub fn get_iter(&self, v: &Value) -> PResult<Value> {
        let it = match v {
            Value::Range(r) => NativeIter::Range { next: r.start, stop: r.stop, step: r.step },
            Value::List(l) => NativeIter::List { list: l.clone(), index: 0 },
            Value::Tuple(t) => NativeIter::Tuple { tuple: t.clone(), index: 0 },
            Value::Str(s) => NativeIter::Str { s: s.clone(), byte_pos: 0 },
            Value::Dict(d) => NativeIter::Dict { dict: d.clone(), pos: 0, len: d.len(), seen: 0, part: DictPart::Keys },
            Value::Set(s) => {
                let items: Vec<Value> = s.table.borrow().iter().map(|e| e.key.clone()).collect();
                NativeIter::Values { items: items.into(), index: 0, type_name: "set_iterator" }
            }
            Value::Other(o) => match &**o {
                Other::Iter(_) | Other::Generator(_) => return Ok(v.clone()),
                Other::BigRange(b) => NativeIter::Lib(Box::new(crate::object::range::BigRangeIter::new(&b.0))),
                Other::DictView { dict, part } => {
                    NativeIter::Dict { dict: dict.clone(), pos: 0, len: dict.len(), seen: 0, part: *part }
                }
                _ => return self.iter_by_protocol(v),
            },
            Value::Instance(inst) => {
                // A subclass of a builtin container iterates its value unless it defines
                // `__iter__` itself (list's own `__iter__` ignores a user `__getitem__`).
                let base = inst.base_value.borrow().clone();
                let user_iter = matches!(inst.class.lookup("__iter__"), Some(Value::Function(_)));
                if !user_iter && !base.is_none() && !matches!(base, Value::Other(_)) {
                    return self.get_iter(&base);
                }
                if inst.class.lookup("__iter__").is_none() && inst.class.lookup("__getitem__").is_some() {
                    NativeIter::Sequence { obj: v.clone(), index: 0 }
                } else if inst.class.lookup("__iter__").is_none() && base.is_none() {
                    return Err(self.not_iterable(v));
                } else if inst.class.lookup("__iter__").is_none() {
                    return self.get_iter(&base);
                } else {
                    return self.iter_by_protocol(v);
                }
            }
            _ => return Err(self.not_iterable(v)),
        };
        Ok(iter_value(it))
    }

    fn iter_by_protocol(&self, v: &Value) -> PResult<Value> {
        let class = self.class_of(v);
        match class.lookup("__iter__") {
            Some(m) => {
                let it = self.call_value(&m, &[v.clone()], &[])?;
                let it_class = self.class_of(&it);
                let has_next = matches!(&it, Value::Other(o) if matches!(**o, Other::Iter(_) | Other::Generator(_)))
                    || it_class.lookup("__next__").is_some();
                if !has_next {
                    return Err(PyErr::new(
                        ExcType::TypeError,
                        format!("iter() returned non-iterator of type '{}'", self.type_name(&it)),
                    ));
                }
                Ok(it)
            }
            None => {
                if class.lookup("__getitem__").is_some() {
                    return Ok(iter_value(NativeIter::Sequence { obj: v.clone(), index: 0 }));
                }
                Err(self.not_iterable(v))
            }
        }
    }

    #[cold]
    fn not_iterable(&self, v: &Value) -> PyErr {
        PyErr::new(ExcType::TypeError, format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// The next item of an iterator, or `None` when it is exhausted.
    pub fn iter_next(&self, it: &Value) -> PResult<Option<Value>> {
        match it {
            Value::Other(o) => match &**o {
                Other::Iter(cell) => {
                    // The common iterators advance under a short borrow.
                    {
                        let mut b = cell.borrow_mut();
                        match &mut *b {
                            NativeIter::Range { next, stop, step } => {
                                let cur = *next;
                                if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                                    *next = cur.saturating_add(*step);
                                    return Ok(Some(Value::Int(cur)));
                                }
                                return Ok(None);
                            }
                            NativeIter::List { list, index } => {
                                let items = list.items.borrow();
                                return Ok(match items.get(*index) {
                                    Some(v) => {
                                        *index += 1;
                                        Some(v.clone())
                                    }
                                    None => None,
                                });
                            }
                            NativeIter::ListReversed { list, index } => {
                                let items = list.items.borrow();
                                if *index == 0 || *index > items.len() {
                                    return Ok(None);
                                }
                                *index -= 1;
                                return Ok(Some(items[*index].clone()));
                            }
                            NativeIter::Tuple { tuple, index } => {
                                return Ok(match tuple.items.get(*index) {
                                    Some(v) => {
                                        *index += 1;
                                        Some(v.clone())
                                    }
                                    None => None,
                                });
                            }
                            NativeIter::Str { s, byte_pos } => {
                                let rest = &s.as_str()[*byte_pos..];
                                return Ok(rest.chars().next().map(|c| {
                                    *byte_pos += c.len_utf8();
                                    let mut buf = [0u8; 4];
                                    Value::str(c.encode_utf8(&mut buf))
                                }));
                            }
                            NativeIter::Values { items, index, .. } => {
                                return Ok(items.get(*index).map(|v| {
                                    *index += 1;
                                    v.clone()
                                }));
                            }
                            NativeIter::Dict { dict, pos, len, seen, part } => {
                                let table = dict.table.borrow();
                                if table.len() != *len {
                                    *len = usize::MAX;
                                    return Err(PyErr::new(
                                        ExcType::RuntimeError,
                                        "dictionary changed size during iteration",
                                    ));
                                }
                                let Some(p) = table.next_live(*pos) else { return Ok(None) };
                                if *seen >= *len {
                                    // A key deleted and another added: as many entries, others.
                                    *len = usize::MAX;
                                    return Err(PyErr::new(
                                        ExcType::RuntimeError,
                                        "dictionary keys changed during iteration",
                                    ));
                                }
                                *seen += 1;
                                *pos = p + 1;
                                let Some(e) = table.get_at(p) else { return Ok(None) };
                                return Ok(Some(match part {
                                    DictPart::Keys => e.key.clone(),
                                    DictPart::Values => e.value.clone(),
                                    DictPart::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                                }));
                            }
                            NativeIter::Exhausted => return Ok(None),
                            _ => {}
                        }
                    }
                    self.iter_next_slow(cell)
                }
                Other::Generator(g) => self.generator_resume(g, Value::None),
                _ => self.next_by_protocol(it),
            },
            _ => self.next_by_protocol(it),
        }
    }

    fn next_by_protocol(&self, it: &Value) -> PResult<Option<Value>> {
        let class = self.class_of(it);
        let Some(m) = class.lookup("__next__") else {
            return Err(PyErr::new(ExcType::TypeError, format!("'{}' object is not an iterator", self.type_name(it))));
        };
        match self.call_value(&m, &[it.clone()], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_is(&e, ExcType::StopIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The iterators whose step runs Python code: their state is taken out of the cell
    /// while they run and put back after.
    fn iter_next_slow(&self, cell: &std::cell::RefCell<NativeIter>) -> PResult<Option<Value>> {
        let mut state = std::mem::replace(&mut *cell.borrow_mut(), NativeIter::Exhausted);
        let r = self.advance(&mut state);
        let done = matches!(r, Ok(None));
        if !done {
            *cell.borrow_mut() = state;
        }
        r
    }

    fn advance(&self, state: &mut NativeIter) -> PResult<Option<Value>> {
        match state {
            NativeIter::Enumerate { inner, count } => match self.iter_next(inner)? {
                Some(v) => {
                    let c = *count;
                    match c.checked_add(1) {
                        Some(next) => *count = next,
                        None => {
                            let inner = inner.clone();
                            let count = num_bigint::BigInt::from(c) + 1;
                            *state = NativeIter::EnumerateBig { inner, count };
                        }
                    }
                    Ok(Some(Value::tuple(vec![Value::Int(c), v])))
                }
                None => Ok(None),
            },
            NativeIter::EnumerateBig { inner, count } => match self.iter_next(inner)? {
                Some(v) => {
                    let c = Value::from_bigint(count.clone());
                    *count += 1;
                    Ok(Some(Value::tuple(vec![c, v])))
                }
                None => Ok(None),
            },
            NativeIter::Zip { iters } => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(iters.len());
                for it in iters.iter() {
                    match self.iter_next(it)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Value::tuple(items)))
            }
            NativeIter::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                for it in iters.iter() {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_value(func, &args, &[]).map(Some)
            }
            NativeIter::Filter { func, inner } => loop {
                let Some(v) = self.iter_next(inner)? else { return Ok(None) };
                let keep = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = self.call_value(func, &[v.clone()], &[])?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            NativeIter::Sequence { obj, index } => {
                let i = *index;
                match self.get_item(obj, &Value::Int(i)) {
                    Ok(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    Err(e) if self.err_is(&e, ExcType::IndexError) || self.err_is(&e, ExcType::StopIteration) => {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            NativeIter::CallIter { func, sentinel } => {
                let v = self.call_value(func, &[], &[])?;
                if self.eq(&v, sentinel)? {
                    return Ok(None);
                }
                Ok(Some(v))
            }
            NativeIter::Lib(l) => l.next(self),
            _ => Ok(None),
        }
    }

    /// Every item of an iterable, in order.
    pub fn collect_iter(&self, v: &Value) -> PResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            Value::Range(r) => {
                let n = r.len();
                if n > 1 << 31 {
                    return Err(PyErr::new(ExcType::MemoryError, ""));
                }
                return Ok((0..n).map(|i| Value::Int(r.at(i))).collect());
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }
}
