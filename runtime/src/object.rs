//! The object model: the heap types behind `Value`'s pointer variants.
//!
//! One file per type under `object/`. This file holds the small ones and re-exports them.
//! Invariant: heap objects are shared through `Rc`; mutation goes through `RefCell`/`Cell`
//! fields, and no borrow is held across a call back into Python code.
//! Reference cycles (a list containing itself, a class's methods referring to the class
//! through globals) are leaked, not collected: the process is short-lived, as a script's is.

pub mod class;
pub mod dict;
pub mod function;
pub mod instance;
pub mod other;
pub mod range;
pub mod set;
pub mod str;

pub use class::{BaseKind, Class};
pub use dict::PyDict;
pub use function::{BoundMethod, Function, NativeFn, NativeFunction};
pub use instance::{Instance, Shape};
pub use other::Other;
pub use set::PySet;
pub use str::PyStr;

use crate::value::Value;
use std::cell::RefCell;

/// Python's `list`.
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList { items: RefCell::new(items) }
    }
}

/// A tuple's items: pairs (the commonest tuples: `(left, right)`, `divmod`, dict items)
/// live inline, so making one is a single allocation.
pub type TupleItems = smallvec::SmallVec<[Value; 2]>;

/// Python's `tuple`: immutable, so no cell.
pub struct PyTuple {
    pub items: TupleItems,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        let items = if items.len() <= 2 { items.into_iter().collect() } else { TupleItems::from_vec(items) };
        PyTuple { items }
    }

    /// A tuple of items gathered without a `Vec` (see `TupleItems`).
    pub fn from_items(items: TupleItems) -> PyTuple {
        PyTuple { items }
    }
}

/// Python's `range` with machine-word bounds (a range beyond i64 is refused).
#[derive(Clone, Copy, Debug)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    /// Number of elements, as `len(range(...))`.
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The element at a non-negative index below `len()`.
    pub fn at(&self, index: i64) -> i64 {
        self.start.wrapping_add(index.wrapping_mul(self.step))
    }
}
