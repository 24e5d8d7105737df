//! Comparisons: Python's `==` (`Interp::eq`), rich comparison with the comparison dunders
//! and their reflections (`Interp::rich_compare`), the natural order of numbers, strings and
//! sequences (`Interp::ordering`) and the `<` that sorting, `min` and `max` use.
//!
//! Invariant: sequences compare element by element with identity first (`x is y` counts as
//! equal, as in CPython's containers, so `[nan] == [nan]`), and lists are compared on clones
//! of their items, so no `RefCell` borrow is held while a user `__eq__` or `__lt__` runs.

use super::number::{as_num, num_cmp};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::Other;
use crate::value::Value;
use lang::ast::CmpOp;
use std::cmp::Ordering;
use std::rc::Rc;

impl Interp {
    /// Python `a == b`.
    pub fn eq(&self, a: &Value, b: &Value) -> PResult<bool> {
        Ok(match (a, b) {
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
            (Value::Float(x), Value::Float(y)) => x == y,
            (Value::None, Value::None) => true,
            (Value::Instance(_), _) | (_, Value::Instance(_)) => return self.instance_eq(a, b),
            _ => {
                if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
                    return Ok(num_cmp(&x, &y) == Some(Ordering::Equal));
                }
                match (a, b) {
                    (Value::List(x), Value::List(y)) => {
                        if Rc::ptr_eq(x, y) {
                            return Ok(true);
                        }
                        let xs = x.items.borrow().clone();
                        let ys = y.items.borrow().clone();
                        self.seq_eq(&xs, &ys)?
                    }
                    (Value::Tuple(x), Value::Tuple(y)) => Rc::ptr_eq(x, y) || self.seq_eq(&x.items, &y.items)?,
                    (Value::Dict(x), Value::Dict(y)) => Rc::ptr_eq(x, y) || self.dict_eq(x, y)?,
                    (Value::Set(x), Value::Set(y)) => x.len() == y.len() && self.set_is_subset(x, y)?,
                    (Value::Range(x), Value::Range(y)) => {
                        let (lx, ly) = (x.len(), y.len());
                        lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
                    }
                    (Value::Range(_) | Value::Other(_), Value::Range(_) | Value::Other(_))
                        if crate::object::range::parts_of(a).is_some()
                            && crate::object::range::parts_of(b).is_some() =>
                    {
                        let (Some(x), Some(y)) = (crate::object::range::parts_of(a), crate::object::range::parts_of(b))
                        else {
                            return Ok(false);
                        };
                        x.identity() == y.identity()
                    }
                    (Value::Other(x), Value::Other(y)) => match (&**x, &**y) {
                        (
                            Other::Slice { start: a1, stop: b1, step: c1 },
                            Other::Slice { start: a2, stop: b2, step: c2 },
                        ) => self.eq(a1, a2)? && self.eq(b1, b2)? && self.eq(c1, c2)?,
                        (Other::Native(_), _) => {
                            if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                                return self.truthy(&r);
                            }
                            a.is(b)
                        }
                        _ => a.is(b),
                    },
                    (Value::BoundMethod(x), Value::BoundMethod(y)) => x.this.is(&y.this) && x.func.is(&y.func),
                    _ => a.is(b),
                }
            }
        })
    }

    fn instance_eq(&self, a: &Value, b: &Value) -> PResult<bool> {
        if let Value::Instance(_) = a {
            if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                return self.truthy(&r);
            }
        }
        if let Value::Instance(_) = b {
            if let Some(r) = self.try_dunder(b, "__eq__", a)? {
                return self.truthy(&r);
            }
        }
        // Subclasses of builtins compare by their builtin value.
        let base_of = |v: &Value| match v {
            Value::Instance(i) => match &*i.base_value.borrow() {
                Value::None => None,
                x => Some(x.clone()),
            },
            _ => Some(v.clone()),
        };
        if let (Some(x), Some(y)) = (base_of(a), base_of(b)) {
            if !matches!(x, Value::Instance(_))
                && !matches!(y, Value::Instance(_))
                && (matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)))
            {
                return self.eq(&x, &y);
            }
        }
        Ok(a.is(b))
    }

    fn seq_eq(&self, xs: &[Value], ys: &[Value]) -> PResult<bool> {
        if xs.len() != ys.len() {
            return Ok(false);
        }
        for (x, y) in xs.iter().zip(ys) {
            if !x.is(y) && !self.eq(x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn rich_compare(&self, op: CmpOp, a: &Value, b: &Value) -> PResult<Value> {
        match op {
            CmpOp::Eq => {
                if let (Value::Instance(_), _) | (_, Value::Instance(_)) = (a, b) {
                    if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                        return Ok(r);
                    }
                }
                return Ok(Value::Bool(self.eq(a, b)?));
            }
            CmpOp::NotEq => {
                if let (Value::Instance(_), _) | (_, Value::Instance(_)) = (a, b) {
                    if let Some(r) = self.try_dunder(a, "__ne__", b)? {
                        return Ok(r);
                    }
                    if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
                    if let Some(r) = self.try_dunder(b, "__eq__", a)? {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
                }
                return Ok(Value::Bool(!self.eq(a, b)?));
            }
            _ => {}
        }
        match self.ordering(a, b)? {
            Some(ord) => Ok(Value::Bool(match op {
                CmpOp::Lt => ord == Ordering::Less,
                CmpOp::LtE => ord != Ordering::Greater,
                CmpOp::Gt => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            })),
            None => {
                // NaN comparisons, sets and instances.
                if let (Some(_), Some(_)) = (as_num(a), as_num(b)) {
                    return Ok(Value::Bool(false));
                }
                if let (Value::Set(x), Value::Set(y)) = (a, b) {
                    return Ok(Value::Bool(match op {
                        CmpOp::LtE => self.set_is_subset(x, y)?,
                        CmpOp::Lt => x.len() < y.len() && self.set_is_subset(x, y)?,
                        CmpOp::GtE => self.set_is_subset(y, x)?,
                        _ => y.len() < x.len() && self.set_is_subset(y, x)?,
                    }));
                }
                let (name, rname) = match op {
                    CmpOp::Lt => ("__lt__", "__gt__"),
                    CmpOp::LtE => ("__le__", "__ge__"),
                    CmpOp::Gt => ("__gt__", "__lt__"),
                    _ => ("__ge__", "__le__"),
                };
                if matches!(a, Value::Instance(_)) {
                    if let Some(r) = self.try_dunder(a, name, b)? {
                        return Ok(r);
                    }
                }
                if matches!(b, Value::Instance(_)) {
                    if let Some(r) = self.try_dunder(b, rname, a)? {
                        return Ok(r);
                    }
                }
                Err(PyErr::new(
                    ExcType::TypeError,
                    format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        self.type_name(a),
                        self.type_name(b)
                    ),
                ))
            }
        }
    }

    /// Total order of numbers, strings and sequences; `None` when not ordered here.
    pub fn ordering(&self, a: &Value, b: &Value) -> PResult<Option<Ordering>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(num_cmp(&x, &y));
        }
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Value::List(x), Value::List(y)) => {
                let xs = x.items.borrow().clone();
                let ys = y.items.borrow().clone();
                return self.seq_ordering(&xs, &ys);
            }
            (Value::Tuple(x), Value::Tuple(y)) => return self.seq_ordering(&x.items, &y.items),
            _ => None,
        })
    }

    fn seq_ordering(&self, xs: &[Value], ys: &[Value]) -> PResult<Option<Ordering>> {
        for (x, y) in xs.iter().zip(ys) {
            if x.is(y) || self.eq(x, y)? {
                continue;
            }
            if let Some(o) = self.ordering(x, y)? {
                return Ok(Some(o));
            }
            // Elements that are not naturally ordered (instances): ask `<` itself.
            let lt = self.rich_compare(CmpOp::Lt, x, y)?;
            return Ok(Some(if self.truthy(&lt)? { Ordering::Less } else { Ordering::Greater }));
        }
        Ok(Some(xs.len().cmp(&ys.len())))
    }

    /// `a < b` as a bool, for sorting and `min`.
    pub fn less_than(&self, a: &Value, b: &Value) -> PResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
            _ => {
                let r = self.rich_compare(CmpOp::Lt, a, b)?;
                self.truthy(&r)
            }
        }
    }

    /// `a > b` as a bool, for `max` (CPython asks `item > best`, which decides which
    /// dunder runs and the operator and operand order of the TypeError).
    pub fn greater_than(&self, a: &Value, b: &Value) -> PResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x > y),
            (Value::Float(x), Value::Float(y)) => Ok(x > y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() > y.as_str()),
            _ => {
                let r = self.rich_compare(CmpOp::Gt, a, b)?;
                self.truthy(&r)
            }
        }
    }
}
