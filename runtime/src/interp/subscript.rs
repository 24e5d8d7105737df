//! Subscripts: `obj[index]` loads, stores and deletes, with integer indices and slices.
//!
//! Invariant: slice bounds are adjusted exactly as CPython's `PySlice_AdjustIndices`, so
//! every sequence type slices the same way.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::Other;
use crate::value::Value;
use std::rc::Rc;

/// A slice resolved against a length: `start`, `step`, and the number of elements.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Interp {
    fn slice_bound(&self, v: &Value) -> PResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::BigInt(b) => {
                Ok(Some(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 }))
            }
            other => match self.index_value(other) {
                Ok(i) => Ok(Some(i)),
                Err(_) => Err(PyErr::new(
                    ExcType::TypeError,
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    }

    /// CPython's `PySlice_GetIndicesEx` for a sequence of length `len`.
    pub fn slice_indices(&self, start: &Value, stop: &Value, step: &Value, len: usize) -> PResult<SliceIndices> {
        let len = len as i64;
        let step = self.slice_bound(step)?.unwrap_or(1);
        if step == 0 {
            return Err(PyErr::new(ExcType::ValueError, "slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(mut i) => {
                    if i < 0 {
                        i += len;
                        if i < lower {
                            i = lower;
                        }
                    } else if i > upper {
                        i = upper;
                    }
                    i
                }
            }
        };
        let start = adjust(self.slice_bound(start)?, if step < 0 { upper } else { lower });
        let stop = adjust(self.slice_bound(stop)?, if step < 0 { lower } else { upper });
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIndices { start, stop, step, len: n as usize })
    }

    /// Normalises an integer index against `len`; `None` when out of range. An int beyond
    /// 64 bits is an IndexError of its own ("cannot fit 'int' into an index-sized integer"),
    /// raised before any range check, as CPython's `PyNumber_AsSsize_t`.
    fn seq_index(&self, index: &Value, len: usize) -> PResult<Option<usize>> {
        let i = self.index_value(index)?;
        let i = if i < 0 { i + len as i64 } else { i };
        Ok((0..len as i64).contains(&i).then_some(i as usize))
    }

    pub fn get_item(&self, obj: &Value, index: &Value) -> PResult<Value> {
        if let Value::Other(o) = index {
            if let Other::Slice { start, stop, step } = &**o {
                return self.get_slice(obj, start, stop, step);
            }
        }
        match obj {
            Value::List(l) => {
                if let Value::Int(i) = index {
                    let items = l.items.borrow();
                    let n = items.len() as i64;
                    let j = if *i < 0 { i + n } else { *i };
                    if (0..n).contains(&j) {
                        return Ok(items[j as usize].clone());
                    }
                    return Err(PyErr::new(ExcType::IndexError, "list index out of range"));
                }
                self.check_index_type(index, "list")?;
                let items = l.items.borrow();
                match self.seq_index(index, items.len())? {
                    Some(i) => Ok(items[i].clone()),
                    None => Err(PyErr::new(ExcType::IndexError, "list index out of range")),
                }
            }
            Value::Tuple(t) => {
                self.check_index_type(index, "tuple")?;
                match self.seq_index(index, t.items.len())? {
                    Some(i) => Ok(t.items[i].clone()),
                    None => Err(PyErr::new(ExcType::IndexError, "tuple index out of range")),
                }
            }
            Value::Str(s) => {
                if !matches!(index, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_)) {
                    return Err(PyErr::new(
                        ExcType::TypeError,
                        format!("string indices must be integers, not '{}'", self.type_name(index)),
                    ));
                }
                match self.seq_index(index, s.len())? {
                    Some(i) => Ok(s.char_at(i).map_or(Value::None, |c| Value::Str(crate::object::str::char_str(c)))),
                    None => Err(PyErr::new(ExcType::IndexError, "string index out of range")),
                }
            }
            Value::Range(r) if matches!(index, Value::BigInt(_)) => {
                let Value::BigInt(b) = index else { return Err(self.not_subscriptable(obj)) };
                crate::object::range::range_item(&r.parts(), b).map(Value::from_bigint)
            }
            Value::Other(o) if matches!(&**o, Other::BigRange(_)) => {
                let Other::BigRange(r) = &**o else { return Err(self.not_subscriptable(obj)) };
                self.check_index_type(index, "range")?;
                let i = match crate::object::range::as_bigint(index) {
                    Some(i) => i,
                    None => self.index_value(index)?.into(),
                };
                crate::object::range::range_item(&r.0, &i).map(Value::from_bigint)
            }
            Value::Range(r) => {
                self.check_index_type(index, "range")?;
                match self.seq_index(index, r.len() as usize)? {
                    Some(i) => Ok(Value::Int(r.at(i as i64))),
                    None => Err(PyErr::new(ExcType::IndexError, "range object index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_get(d, index)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(ExcType::KeyError, vec![index.clone()])),
            },
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__getitem__") {
                    return self.call_value(&m, &[obj.clone(), index.clone()], &[]);
                }
                let base = inst.base_value.borrow().clone();
                if let Value::Dict(d) = &base {
                    if let Some(v) = self.dict_get(d, index)? {
                        return Ok(v);
                    }
                    if let Some(m) = inst.class.lookup("__missing__") {
                        return self.call_value(&m, &[obj.clone(), index.clone()], &[]);
                    }
                    return Err(PyErr::with_args(ExcType::KeyError, vec![index.clone()]));
                }
                if base.is_none() {
                    return Err(self.not_subscriptable(obj));
                }
                self.get_item(&base, index)
            }
            Value::Class(c) => {
                // `list[int]` in annotations: a generic alias is the class itself here.
                if c.is_builtin {
                    return Ok(obj.clone());
                }
                match c.lookup("__class_getitem__") {
                    Some(m) => self.call_value(&m, &[index.clone()], &[]),
                    None => Err(PyErr::new(ExcType::TypeError, format!("type '{}' is not subscriptable", c.name))),
                }
            }
            _ => {
                let class = self.class_of(obj);
                match class.lookup("__getitem__") {
                    Some(m) => self.call_value(&m, &[obj.clone(), index.clone()], &[]),
                    None => Err(self.not_subscriptable(obj)),
                }
            }
        }
    }

    #[cold]
    fn not_subscriptable(&self, obj: &Value) -> PyErr {
        PyErr::new(ExcType::TypeError, format!("'{}' object is not subscriptable", self.type_name(obj)))
    }

    fn check_index_type(&self, index: &Value, what: &str) -> PResult<()> {
        match index {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(()),
            Value::Instance(inst) if inst.class.lookup("__index__").is_some() => Ok(()),
            _ => Err(PyErr::new(
                ExcType::TypeError,
                format!("{what} indices must be integers or slices, not {}", self.type_name(index)),
            )),
        }
    }

    fn get_slice(&self, obj: &Value, start: &Value, stop: &Value, step: &Value) -> PResult<Value> {
        match obj {
            Value::List(l) => {
                let items = l.items.borrow();
                let s = self.slice_indices(start, stop, step, items.len())?;
                Ok(Value::list(s.indices().map(|i| items[i].clone()).collect()))
            }
            Value::Tuple(t) => {
                let s = self.slice_indices(start, stop, step, t.items.len())?;
                Ok(Value::tuple(s.indices().map(|i| t.items[i].clone()).collect()))
            }
            Value::Str(st) => {
                let s = self.slice_indices(start, stop, step, st.len())?;
                if s.step == 1 {
                    let a = st.byte_offset(s.start.max(0) as usize);
                    let b = st.byte_offset((s.start.max(0) as usize) + s.len);
                    return Ok(Value::str(&st.as_str()[a..b]));
                }
                let chars: Vec<char> = st.as_str().chars().collect();
                Ok(Value::string(s.indices().map(|i| chars[i]).collect()))
            }
            Value::Range(_) | Value::Other(_) if crate::object::range::parts_of(obj).is_some() => {
                let Some(parts) = crate::object::range::parts_of(obj) else { return Err(self.not_subscriptable(obj)) };
                crate::object::range::range_slice(self, &parts, start, stop, step)
            }
            _ => {
                let slice = Value::Other(Rc::new(Other::Slice {
                    start: start.clone(),
                    stop: stop.clone(),
                    step: step.clone(),
                }));
                match obj {
                    Value::Instance(inst) if inst.class.lookup("__getitem__").is_none() => {
                        let base = inst.base_value.borrow().clone();
                        if base.is_none() {
                            return Err(self.not_subscriptable(obj));
                        }
                        self.get_item(&base, &slice)
                    }
                    _ => {
                        let class = self.class_of(obj);
                        match class.lookup("__getitem__") {
                            Some(m) => self.call_value(&m, &[obj.clone(), slice], &[]),
                            None => Err(self.not_subscriptable(obj)),
                        }
                    }
                }
            }
        }
    }

    pub fn set_item(&self, obj: &Value, index: &Value, v: Value) -> PResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Other(o) = index {
                    if let Other::Slice { start, stop, step } = &**o {
                        let new_items = self.collect_iter(&v)?;
                        let mut items = l.items.borrow_mut();
                        let s = self.slice_indices(start, stop, step, items.len())?;
                        if s.step == 1 {
                            let a = s.start.max(0) as usize;
                            let b = (a + s.len).max(a);
                            items.splice(a..b, new_items);
                        } else {
                            if new_items.len() != s.len {
                                return Err(PyErr::new(
                                    ExcType::ValueError,
                                    format!(
                                        "attempt to assign sequence of size {} to extended slice of size {}",
                                        new_items.len(),
                                        s.len
                                    ),
                                ));
                            }
                            let idx: Vec<usize> = s.indices().collect();
                            for (i, item) in idx.into_iter().zip(new_items) {
                                items[i] = item;
                            }
                        }
                        return Ok(());
                    }
                }
                self.check_index_type(index, "list")?;
                let len = l.items.borrow().len();
                match self.seq_index(index, len)? {
                    Some(i) => {
                        l.items.borrow_mut()[i] = v;
                        Ok(())
                    }
                    None => Err(PyErr::new(ExcType::IndexError, "list assignment index out of range")),
                }
            }
            Value::Dict(d) => self.dict_set(d, index.clone(), v),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__setitem__") {
                    self.call_value(&m, &[obj.clone(), index.clone(), v], &[])?;
                    return Ok(());
                }
                let base = inst.base_value.borrow().clone();
                if base.is_none() {
                    return Err(self.no_item_assignment(obj));
                }
                self.set_item(&base, index, v)
            }
            Value::Other(_) => {
                let class = self.class_of(obj);
                match class.lookup("__setitem__") {
                    Some(m) => {
                        self.call_value(&m, &[obj.clone(), index.clone(), v], &[])?;
                        Ok(())
                    }
                    None => Err(self.no_item_assignment(obj)),
                }
            }
            _ => Err(self.no_item_assignment(obj)),
        }
    }

    #[cold]
    fn no_item_assignment(&self, obj: &Value) -> PyErr {
        PyErr::new(ExcType::TypeError, format!("'{}' object does not support item assignment", self.type_name(obj)))
    }

    pub fn del_item(&self, obj: &Value, index: &Value) -> PResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Other(o) = index {
                    if let Other::Slice { start, stop, step } = &**o {
                        let mut items = l.items.borrow_mut();
                        let s = self.slice_indices(start, stop, step, items.len())?;
                        let mut idx: Vec<usize> = s.indices().collect();
                        idx.sort_unstable();
                        for i in idx.into_iter().rev() {
                            items.remove(i);
                        }
                        return Ok(());
                    }
                }
                self.check_index_type(index, "list")?;
                let len = l.items.borrow().len();
                match self.seq_index(index, len)? {
                    Some(i) => {
                        l.items.borrow_mut().remove(i);
                        Ok(())
                    }
                    None => Err(PyErr::new(ExcType::IndexError, "list assignment index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_del(d, index)? {
                Some(_) => Ok(()),
                None => Err(PyErr::with_args(ExcType::KeyError, vec![index.clone()])),
            },
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__delitem__") {
                    self.call_value(&m, &[obj.clone(), index.clone()], &[])?;
                    return Ok(());
                }
                let base = inst.base_value.borrow().clone();
                if base.is_none() {
                    return Err(self.no_item_deletion(obj));
                }
                self.del_item(&base, index)
            }
            Value::Other(_) => {
                let class = self.class_of(obj);
                match class.lookup("__delitem__") {
                    Some(m) => {
                        self.call_value(&m, &[obj.clone(), index.clone()], &[])?;
                        Ok(())
                    }
                    None => Err(self.no_item_deletion(obj)),
                }
            }
            _ => Err(self.no_item_deletion(obj)),
        }
    }

    #[cold]
    fn no_item_deletion(&self, obj: &Value) -> PyErr {
        PyErr::new(ExcType::TypeError, format!("'{}' object doesn't support item deletion", self.type_name(obj)))
    }
}
