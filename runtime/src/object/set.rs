//! Python's `set` and `frozenset`: the dict table with `None` values.
//!
//! Invariant: a frozen set's table is never mutated after construction.

use crate::object::dict::Table;
use std::cell::RefCell;

pub struct PySet {
    pub table: RefCell<Table>,
    pub frozen: bool,
}

impl PySet {
    pub fn new(table: Table, frozen: bool) -> PySet {
        PySet { table: RefCell::new(table), frozen }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
