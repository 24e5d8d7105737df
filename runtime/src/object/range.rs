//! `range` objects beyond machine words, and the arithmetic every range shares.
//!
//! A range whose start, stop and step fit in an i64 is a `Value::Range` (the fast form the
//! `for` loop and indexing use); any other is an `Other::BigRange` holding `RangeParts`.
//! The slow operations (slicing, `index`, `count`, equality, hashing, big indices) work on
//! `RangeParts` for both forms, so they agree.
//!
//! Invariant: `range_value` is the only constructor of ranges from parts, and it returns
//! the fast form whenever the parts fit, so one range has one representation.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::LibIter;
use crate::object::{Other, RangeObj};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// start, stop and step of a range, as Python ints; `step` is never zero.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RangeParts {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl RangeParts {
    /// The number of items, as CPython's `compute_range_length`.
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - BigInt::one()) / step + BigInt::one()
    }

    /// The item at index `i` (which the caller has checked is in `0..len`).
    pub fn at(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// The index of `x`, if `x` is an item.
    pub fn index_of(&self, x: &BigInt) -> Option<BigInt> {
        let inside = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        let offset = x - &self.start;
        (inside && (&offset % &self.step).is_zero()).then(|| offset / &self.step)
    }

    /// What equality and hashing compare: (len, first item, step), with the parts that do
    /// not matter for short ranges left out.
    pub fn identity(&self) -> (BigInt, Option<BigInt>, Option<BigInt>) {
        let len = self.len();
        let start = (!len.is_zero()).then(|| self.start.clone());
        let step = (len > BigInt::one()).then(|| self.step.clone());
        (len, start, step)
    }
}

impl RangeObj {
    /// The parts of a machine-word range.
    pub fn parts(&self) -> RangeParts {
        RangeParts { start: self.start.into(), stop: self.stop.into(), step: self.step.into() }
    }
}

/// A range that does not fit machine words.
#[derive(Debug)]
pub struct BigRange(pub RangeParts);

/// The parts of a range value (either form); `None` for other values.
pub fn parts_of(v: &Value) -> Option<RangeParts> {
    match v {
        Value::Range(r) => Some(r.parts()),
        Value::Other(o) => match &**o {
            Other::BigRange(b) => Some(b.0.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The range with these parts, in the fast form when everything fits an i64.
pub fn range_value(parts: RangeParts) -> Value {
    if let (Some(start), Some(stop), Some(step)) = (parts.start.to_i64(), parts.stop.to_i64(), parts.step.to_i64()) {
        return Value::Range(Rc::new(RangeObj { start, stop, step }));
    }
    Value::Other(Rc::new(Other::BigRange(BigRange(parts))))
}

/// `range(...)`'s repr.
pub fn range_repr(p: &RangeParts) -> String {
    if p.step.is_one() {
        format!("range({}, {})", p.start, p.stop)
    } else {
        format!("range({}, {}, {})", p.start, p.stop, p.step)
    }
}

/// `len(r)`: CPython refuses lengths beyond a machine word.
pub fn range_len(p: &RangeParts) -> PResult<usize> {
    p.len()
        .to_i64()
        .map(|n| n as usize)
        .ok_or_else(|| PyErr::new(ExcType::OverflowError, "Python int too large to convert to C ssize_t"))
}

/// `r[i]` for an int index (negative counts from the end).
pub fn range_item(p: &RangeParts, index: &BigInt) -> PResult<BigInt> {
    let len = p.len();
    let i = if index.is_negative() { index + &len } else { index.clone() };
    if i.is_negative() || i >= len {
        return Err(PyErr::new(ExcType::IndexError, "range object index out of range"));
    }
    Ok(p.at(&i))
}

/// `r[start:stop:step]`: a range again (CPython's `compute_slice`).
pub fn range_slice(interp: &Interp, p: &RangeParts, start: &Value, stop: &Value, step: &Value) -> PResult<Value> {
    let len = p.len();
    let step_n = match step {
        Value::None => BigInt::one(),
        v => slice_bound(interp, v)?,
    };
    if step_n.is_zero() {
        return Err(PyErr::new(ExcType::ValueError, "slice step cannot be zero"));
    }
    let negative = step_n.is_negative();
    let (lower, upper) = if negative { (BigInt::from(-1), &len - 1) } else { (BigInt::zero(), len.clone()) };
    let clamp = |v: &Value, default: &BigInt| -> PResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = slice_bound(interp, v)?;
        if i.is_negative() {
            i += &len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let (start_i, stop_i) = if negative {
        (clamp(start, &upper)?, clamp(stop, &lower)?)
    } else {
        (clamp(start, &lower)?, clamp(stop, &upper)?)
    };
    Ok(range_value(RangeParts {
        start: &p.start + &start_i * &p.step,
        stop: &p.start + &stop_i * &p.step,
        step: &p.step * &step_n,
    }))
}

fn slice_bound(interp: &Interp, v: &Value) -> PResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => interp.index_value(v).map(BigInt::from).map_err(|_| {
            PyErr::new(ExcType::TypeError, "slice indices must be integers or None or have an __index__ method")
        }),
    }
}

/// An int as a BigInt (`None` for anything else, bools included as ints).
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Iteration over a big range (each item is a Python int, small ones as `Value::Int`).
pub struct BigRangeIter {
    next: BigInt,
    remaining: BigInt,
    step: BigInt,
}

impl BigRangeIter {
    pub fn new(p: &RangeParts) -> BigRangeIter {
        BigRangeIter { next: p.start.clone(), remaining: p.len(), step: p.step.clone() }
    }

    /// The items of `p` from last to first.
    pub fn reversed(p: &RangeParts) -> BigRangeIter {
        let len = p.len();
        let last = if len.is_zero() { p.start.clone() } else { p.at(&(&len - 1)) };
        BigRangeIter { next: last, remaining: len, step: -&p.step }
    }
}

impl LibIter for BigRangeIter {
    fn next(&mut self, _interp: &Interp) -> PResult<Option<Value>> {
        if !self.remaining.is_positive() {
            return Ok(None);
        }
        self.remaining -= 1;
        let v = Value::from_bigint(self.next.clone());
        self.next += &self.step;
        Ok(Some(v))
    }

    fn type_name(&self) -> &'static str {
        "longrange_iterator"
    }
}
