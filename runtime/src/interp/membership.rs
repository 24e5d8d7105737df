//! Hashing and membership: `hash(v)` with equal numbers hashing alike, and `x in c` for
//! every container (arithmetic for ranges, hashing for dicts and sets, `==` otherwise).
//!
//! Invariant: values that compare equal hash alike (`1`, `1.0`, `True`; equal ranges; a set
//! key and the equal frozenset), so dict and set lookups agree with `==`.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::numeric::arith;
use crate::object::Other;
use crate::value::Value;
use num_bigint::BigInt;

impl Interp {
    /// Python's `hash(v)`; equal values (`1`, `1.0`, `True`) hash alike.
    pub fn hash(&self, v: &Value) -> PResult<u64> {
        Ok(match v {
            Value::Int(i) => arith::int_hash_i64(*i) as u64,
            Value::Bool(b) => *b as u64,
            Value::BigInt(b) => arith::int_hash(b) as u64,
            Value::Float(f) => arith::float_hash(*f) as u64,
            Value::Str(s) => s.hash(),
            Value::None => 0x5f3c_9a1b,
            Value::Tuple(t) => {
                // xxHash-like mixing, as CPython's tuple hash.
                let mut acc: u64 = 0x27d4_eb2f_1656_67c5;
                for item in t.items.iter() {
                    let h = self.hash(item)?;
                    acc = acc.wrapping_add(h.wrapping_mul(0xc2b2_ae3d_27d4_eb4f));
                    acc = acc.rotate_left(31).wrapping_mul(0x9e37_79b1_85eb_ca87);
                }
                acc ^ (t.items.len() as u64)
            }
            Value::Range(r) => {
                // Equal ranges hash alike: CPython hashes (len, start, step) with the parts
                // that do not matter for equality replaced by None.
                let len = r.len();
                let start = if len > 0 { Value::Int(r.start) } else { Value::None };
                let step = if len > 1 { Value::Int(r.step) } else { Value::None };
                // The same tuple as a big range's (`object::range::RangeParts::identity`).
                self.hash(&Value::tuple(vec![Value::Int(len), start, step]))?
            }
            Value::Set(s) if s.frozen => {
                let entries: Vec<u64> = s.table.borrow().iter().map(|e| e.hash).collect();
                entries.iter().fold(0x1234_5678u64, |acc, h| acc ^ h.wrapping_mul(0x9e37_79b9_7f4a_7c15))
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                return Err(PyErr::new(ExcType::TypeError, format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Instance(inst) => match inst.class.lookup("__hash__") {
                Some(Value::None) => {
                    return Err(PyErr::new(ExcType::TypeError, format!("unhashable type: '{}'", inst.class.name)))
                }
                Some(m @ Value::Function(_)) => {
                    let r = self.call_value(&m, &[v.clone()], &[])?;
                    return self.hash(&Value::Int(self.index_value(&r)?));
                }
                _ => {
                    if inst.class.lookup("__eq__").is_some_and(|e| matches!(e, Value::Function(_))) {
                        return Err(PyErr::new(ExcType::TypeError, format!("unhashable type: '{}'", inst.class.name)));
                    }
                    match &*inst.base_value.borrow() {
                        Value::None => v.identity() as u64 >> 4,
                        base => self.hash(base)?,
                    }
                }
            },
            Value::Other(o) => match &**o {
                Other::Slice { .. } => {
                    return Err(PyErr::new(ExcType::TypeError, "unhashable type: 'slice'"));
                }
                Other::BigRange(b) => {
                    let (len, start, step) = b.0.identity();
                    let opt = |x: Option<BigInt>| x.map_or(Value::None, Value::from_bigint);
                    self.hash(&Value::tuple(vec![Value::from_bigint(len), opt(start), opt(step)]))?
                }
                _ => v.identity() as u64 >> 4,
            },
            _ => v.identity() as u64 >> 4,
        })
    }

    /// Python's `item in container`.
    pub fn contains(&self, container: &Value, item: &Value) -> PResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(PyErr::new(
                    ExcType::TypeError,
                    format!("'in <string>' requires string as left operand, not {}", self.type_name(item)),
                )),
            },
            // Element by element, the length read again each time (as CPython's
            // `list_contains`): no copy of the list, and no borrow held while `==` runs.
            Value::List(l) => {
                for i in 0.. {
                    let Some(x) = l.items.borrow().get(i).cloned() else { break };
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) => self.set_contains(s, item),
            Value::Range(r) => Ok(match item {
                Value::Int(i) => {
                    let i = *i;
                    let in_bounds = if r.step > 0 { r.start <= i && i < r.stop } else { r.stop < i && i <= r.start };
                    in_bounds && (i as i128 - r.start as i128) % r.step as i128 == 0
                }
                Value::Bool(b) => self.contains(container, &Value::Int(*b as i64))?,
                Value::BigInt(b) => r.parts().index_of(b).is_some(),
                _ => {
                    let items = self.collect_iter(container)?;
                    let mut found = false;
                    for x in &items {
                        if self.eq(x, item)? {
                            found = true;
                            break;
                        }
                    }
                    found
                }
            }),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__contains__") {
                    let r = self.call_value(&m, &[container.clone(), item.clone()], &[])?;
                    return self.truthy(&r);
                }
                let base = inst.base_value.borrow().clone();
                if !base.is_none() && inst.class.lookup("__iter__").is_none() {
                    return self.contains(&base, item);
                }
                self.contains_by_iteration(container, item)
            }
            Value::Other(o) if matches!(&**o, Other::BigRange(_)) => {
                let (Other::BigRange(b), Some(x)) = (&**o, crate::object::range::as_bigint(item)) else {
                    return self.contains_by_iteration(container, item);
                };
                Ok(b.0.index_of(&x).is_some())
            }
            Value::Other(o) if matches!(&**o, Other::DictView { part: crate::iter::DictPart::Keys, .. }) => {
                match &**o {
                    Other::DictView { dict, .. } => Ok(self.dict_get(dict, item)?.is_some()),
                    _ => Ok(false),
                }
            }
            _ => {
                let class = self.class_of(container);
                if let Some(m) = class.lookup("__contains__") {
                    let r = self.call_value(&m, &[container.clone(), item.clone()], &[])?;
                    return self.truthy(&r);
                }
                self.contains_by_iteration(container, item)
            }
        }
    }

    fn contains_by_iteration(&self, container: &Value, item: &Value) -> PResult<bool> {
        let it = self.get_iter(container).map_err(|e| {
            if self.err_is(&e, ExcType::TypeError) {
                PyErr::new(
                    ExcType::TypeError,
                    format!("argument of type '{}' is not iterable", self.type_name(container)),
                )
            } else {
                e
            }
        })?;
        while let Some(x) = self.iter_next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
