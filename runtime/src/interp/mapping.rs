//! Dict and set operations that need the interpreter (hashing and comparing keys).
//!
//! Invariant: keys whose equality involves no Python code (ints, floats, strings, tuples of
//! them…) are compared inside the table borrow; any other key is compared on clones outside
//! it, so a `__eq__` that mutates the dict cannot break a borrow.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::dict::Table;
use crate::object::{PyDict, PySet};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Keys compared without Python code.
fn is_simple_key(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_) | Value::Str(_) | Value::None => true,
        Value::Tuple(t) => t.items.iter().all(is_simple_key),
        Value::Class(_) | Value::Function(_) | Value::Native(_) => true,
        _ => false,
    }
}

/// Equality of a stored key with a simple key.
fn simple_eq(stored: &Value, key: &Value) -> bool {
    match (stored, key) {
        (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || a.as_str() == b.as_str(),
        (Value::Int(a), Value::Int(b)) => a == b,
        (Value::Tuple(a), Value::Tuple(b)) => {
            a.items.len() == b.items.len() && a.items.iter().zip(b.items.iter()).all(|(x, y)| simple_eq(x, y))
        }
        (Value::Class(a), Value::Class(b)) => Rc::ptr_eq(a, b),
        (Value::Function(a), Value::Function(b)) => Rc::ptr_eq(a, b),
        (Value::Native(a), Value::Native(b)) => Rc::ptr_eq(a, b),
        (Value::None, Value::None) => true,
        (a, b) => match (num(a), num(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

/// A number as an exactly comparable pair: integral values as i128 when they fit, else f64.
#[derive(PartialEq)]
enum NumKey {
    I(i128),
    F(u64),
    Big(String),
}

fn num(v: &Value) -> Option<NumKey> {
    match v {
        Value::Int(i) => Some(NumKey::I(*i as i128)),
        Value::Bool(b) => Some(NumKey::I(*b as i128)),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e30 {
                Some(NumKey::I(*f as i128))
            } else if f.fract() == 0.0 && f.is_finite() {
                let b: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(*f).unwrap_or_default();
                Some(NumKey::Big(b.to_string()))
            } else {
                Some(NumKey::F(if *f == 0.0 { 0 } else { f.to_bits() }))
            }
        }
        Value::BigInt(b) => Some(NumKey::Big(b.to_string())),
        _ => None,
    }
}

/// The hash of a key that compiled code may look up without the interpreter: an exact str
/// or int (hashed as `Interp::hash` does). `None` for any other key.
pub fn plain_hash(key: &Value) -> Option<u64> {
    match key {
        Value::Str(s) => Some(s.hash()),
        Value::Int(i) => Some(crate::numeric::arith::int_hash_i64(*i) as u64),
        _ => None,
    }
}

/// The position of a plain key (see `plain_hash`) in `table`, found as `Interp::dict_get`
/// finds it: `Some(None)` when absent, `None` for a key that is not plain.
pub fn find_plain(table: &Table, key: &Value) -> Option<Option<usize>> {
    let hash = plain_hash(key)?;
    Some(table.find_with(hash, |k| simple_eq(k, key)))
}

/// `d[key] = value` for a plain key, as `Interp::dict_set` does it; false (nothing stored)
/// for a key that is not plain or a table in use.
pub fn set_plain(d: &PyDict, key: &Value, value: Value) -> bool {
    let Some(hash) = plain_hash(key) else { return false };
    let Ok(mut table) = d.table.try_borrow_mut() else { return false };
    match table.find_with(hash, |k| simple_eq(k, key)) {
        Some(p) => table.set_value_at(p, value),
        None => table.push(hash, key.clone(), value),
    }
    true
}

/// `item in items` when `item` and the elements up to the one found are ints, floats,
/// bools, strs or None (whose `==` runs no Python code), as `Interp::contains` answers it
/// (`is`, then `==`); `None` when one of them is of another type.
pub fn contains_plain(items: &[Value], item: &Value) -> Option<bool> {
    let scalar =
        |v: &Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Str(_) | Value::None);
    if !scalar(item) {
        return None;
    }
    for x in items {
        if !scalar(x) {
            return None;
        }
        if x.is(item) || simple_eq(x, item) {
            return Some(true);
        }
    }
    Some(false)
}

/// `s.add(key)` for a plain key, as `Interp::set_add` does it; false (nothing added) for a
/// key that is not plain, a frozenset or a table in use.
pub fn set_add_plain(s: &PySet, key: &Value) -> bool {
    let Some(hash) = plain_hash(key) else { return false };
    let Ok(mut table) = s.table.try_borrow_mut() else { return false };
    if s.frozen {
        return false;
    }
    if table.find_with(hash, |k| simple_eq(k, key)).is_none() {
        table.push(hash, key.clone(), Value::None);
    }
    true
}

impl Interp {
    /// Position of `key` in a table, or `None`.
    fn find_key(&self, table: &RefCell<Table>, hash: u64, key: &Value) -> PResult<Option<usize>> {
        if is_simple_key(key) {
            return Ok(table.borrow().find_with(hash, |k| simple_eq(k, key)));
        }
        let candidates: Vec<(usize, Value)> = {
            let t = table.borrow();
            t.candidates(hash).filter_map(|i| t.get_at(i).map(|e| (i, e.key.clone()))).collect()
        };
        for (i, k) in candidates {
            if k.is(key) || self.eq(&k, key)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    pub fn dict_get(&self, d: &PyDict, key: &Value) -> PResult<Option<Value>> {
        let h = self.hash(key)?;
        let pos = self.find_key(&d.table, h, key)?;
        Ok(pos.and_then(|p| d.table.borrow().get_at(p).map(|e| e.value.clone())))
    }

    pub fn dict_set(&self, d: &PyDict, key: Value, value: Value) -> PResult<()> {
        let h = self.hash(&key)?;
        match self.find_key(&d.table, h, &key)? {
            Some(p) => d.table.borrow_mut().set_value_at(p, value),
            None => d.table.borrow_mut().push(h, key, value),
        }
        Ok(())
    }

    /// Removes `key`, returning its value (`None` when absent).
    pub fn dict_del(&self, d: &PyDict, key: &Value) -> PResult<Option<Value>> {
        let h = self.hash(key)?;
        let pos = self.find_key(&d.table, h, key)?;
        Ok(pos.and_then(|p| d.table.borrow_mut().remove_at(p)).map(|e| e.value))
    }

    /// `d.update(other)`: a dict, an object with `keys()`, or an iterable of pairs.
    pub fn dict_update(&self, d: &PyDict, other: &Value) -> PResult<()> {
        match other {
            Value::Dict(o) => {
                let entries: Vec<(Value, Value)> =
                    o.table.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                for (k, v) in entries {
                    self.dict_set(d, k, v)?;
                }
            }
            _ => {
                let class = self.class_of(other);
                if class.lookup("keys").is_some() && !matches!(other, Value::List(_) | Value::Tuple(_)) {
                    let keys = self.call_method("keys", &[other.clone()], &[])?;
                    for k in self.collect_iter(&keys)? {
                        let v = self.get_item(other, &k)?;
                        self.dict_set(d, k, v)?;
                    }
                    return Ok(());
                }
                let items = self.collect_iter(other)?;
                for (i, item) in items.iter().enumerate() {
                    let pair = self.collect_iter(item).map_err(|_| {
                        PyErr::new(
                            ExcType::TypeError,
                            format!("cannot convert dictionary update sequence element #{i} to a sequence"),
                        )
                    })?;
                    if pair.len() != 2 {
                        return Err(PyErr::new(
                            ExcType::ValueError,
                            format!("dictionary update sequence element #{i} has length {}; 2 is required", pair.len()),
                        ));
                    }
                    let mut it = pair.into_iter();
                    if let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.dict_set(d, k, v)?;
                    }
                }
            }
        }
        Ok(())
    }

    pub fn dict_eq(&self, a: &PyDict, b: &PyDict) -> PResult<bool> {
        if a.len() != b.len() {
            return Ok(false);
        }
        let entries: Vec<(Value, Value)> = a.table.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
        for (k, v) in entries {
            match self.dict_get(b, &k)? {
                Some(w) => {
                    if !v.is(&w) && !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    pub fn set_add(&self, s: &PySet, key: Value) -> PResult<()> {
        let h = self.hash(&key)?;
        if self.find_key(&s.table, h, &key)?.is_none() {
            s.table.borrow_mut().push(h, key, Value::None);
        }
        Ok(())
    }

    /// `key in s`; a `set` key is looked up as the equal `frozenset`, as CPython does.
    pub fn set_contains(&self, s: &PySet, key: &Value) -> PResult<bool> {
        if let Value::Set(k) = key {
            if !k.frozen {
                let keys: Vec<Value> = k.table.borrow().iter().map(|e| e.key.clone()).collect();
                let frozen = self.new_set(keys, true)?;
                return self.set_contains(s, &frozen);
            }
        }
        let h = self.hash(key)?;
        Ok(self.find_key(&s.table, h, key)?.is_some())
    }

    /// Removes `key`; whether it was there.
    pub fn set_discard(&self, s: &PySet, key: &Value) -> PResult<bool> {
        let h = self.hash(key)?;
        let pos = self.find_key(&s.table, h, key)?;
        Ok(pos.and_then(|p| s.table.borrow_mut().remove_at(p)).is_some())
    }

    pub fn set_is_subset(&self, a: &PySet, b: &PySet) -> PResult<bool> {
        let keys: Vec<Value> = a.table.borrow().iter().map(|e| e.key.clone()).collect();
        for k in keys {
            if !self.set_contains(b, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn new_set(&self, items: Vec<Value>, frozen: bool) -> PResult<Value> {
        let s = PySet::new(Table::new(), frozen);
        for it in items {
            self.set_add(&s, it)?;
        }
        Ok(Value::Set(Rc::new(s)))
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on sets; the result has `a`'s kind.
    pub fn set_binop(&self, op: lang::ast::BinOp, a: &PySet, b: &PySet) -> PResult<Value> {
        use lang::ast::BinOp;
        let ak: Vec<Value> = a.table.borrow().iter().map(|e| e.key.clone()).collect();
        let bk: Vec<Value> = b.table.borrow().iter().map(|e| e.key.clone()).collect();
        let mut out = Vec::new();
        match op {
            BinOp::BitOr => {
                out.extend(ak);
                out.extend(bk);
            }
            BinOp::BitAnd => {
                for k in ak {
                    if self.set_contains(b, &k)? {
                        out.push(k);
                    }
                }
            }
            BinOp::Sub => {
                for k in ak {
                    if !self.set_contains(b, &k)? {
                        out.push(k);
                    }
                }
            }
            _ => {
                for k in ak {
                    if !self.set_contains(b, &k)? {
                        out.push(k);
                    }
                }
                for k in bk {
                    if !self.set_contains(a, &k)? {
                        out.push(k);
                    }
                }
            }
        }
        self.new_set(out, a.frozen)
    }
}
