//! `itertools.groupby` and `itertools.tee`: iterators that share one underlying iterator
//! between several Python-visible iterator objects, as CPython's `_grouper` and `_tee`.
//!
//! Invariant: a `groupby` group is valid only until the `groupby` object advances (then it
//! is empty, as in CPython): each group remembers the id of the group it was made as.
//! Invariant: a `tee` buffer holds only the items some copy has not read yet.
//! Invariant: the shared cells are never borrowed while the underlying iterator or the key
//! function runs.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::LibIter;
use crate::modules::itertools::{bind, lib_iter};
use crate::object::function::Kwargs;
use crate::value::Value;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

struct GroupState {
    it: Value,
    key: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// The id of the group currently valid.
    current: u64,
}

type Shared = Rc<RefCell<GroupState>>;

/// Reads the next value and its key into the state; `false` at the end.
fn step(interp: &Interp, state: &Shared) -> PResult<bool> {
    let (it, key) = {
        let s = state.borrow();
        (s.it.clone(), s.key.clone())
    };
    let Some(v) = interp.iter_next(&it)? else { return Ok(false) };
    let k = if key.is_none() { v.clone() } else { interp.call_value(&key, std::slice::from_ref(&v), &[])? };
    let mut s = state.borrow_mut();
    s.currvalue = Some(v);
    s.currkey = Some(k);
    Ok(true)
}

fn same(interp: &Interp, a: &Value, b: &Value) -> PResult<bool> {
    Ok(a.is(b) || interp.eq(a, b)?)
}

struct GroupBy {
    state: Shared,
}

impl LibIter for GroupBy {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        let id = {
            let mut s = self.state.borrow_mut();
            s.current += 1;
            s.current
        };
        // Skip to the first value whose key differs from the current group's.
        loop {
            let (currkey, tgtkey) = {
                let s = self.state.borrow();
                (s.currkey.clone(), s.tgtkey.clone())
            };
            if let Some(ck) = currkey {
                match tgtkey {
                    None => break,
                    Some(tk) => {
                        if !same(interp, &tk, &ck)? {
                            break;
                        }
                    }
                }
            }
            if !step(interp, &self.state)? {
                return Ok(None);
            }
        }
        let key = {
            let mut s = self.state.borrow_mut();
            s.tgtkey = s.currkey.clone();
            s.currkey.clone().unwrap_or(Value::None)
        };
        let group = lib_iter(Grouper { state: self.state.clone(), tgtkey: key.clone(), id });
        Ok(Some(Value::tuple(vec![key, group])))
    }
    fn type_name(&self) -> &'static str {
        "itertools.groupby"
    }
}

struct Grouper {
    state: Shared,
    tgtkey: Value,
    id: u64,
}

impl LibIter for Grouper {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        if self.state.borrow().current != self.id {
            return Ok(None);
        }
        let empty = self.state.borrow().currvalue.is_none();
        if empty && !step(interp, &self.state)? {
            return Ok(None);
        }
        let currkey = self.state.borrow().currkey.clone().unwrap_or(Value::None);
        if !same(interp, &self.tgtkey, &currkey)? {
            return Ok(None);
        }
        Ok(self.state.borrow_mut().currvalue.take())
    }
    fn type_name(&self) -> &'static str {
        "itertools._grouper"
    }
}

/// `itertools.groupby(iterable, key=None)`.
pub fn groupby(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let p = bind("groupby", args, kwargs, &["iterable", "key"], 1)?;
    let it = interp.get_iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let state = GroupState {
        it,
        key: p[1].clone().unwrap_or(Value::None),
        tgtkey: None,
        currkey: None,
        currvalue: None,
        current: 0,
    };
    Ok(lib_iter(GroupBy { state: Rc::new(RefCell::new(state)) }))
}

struct TeeShared {
    it: Value,
    /// Items not yet read by every copy; `buffer[0]` has index `offset`.
    buffer: VecDeque<Value>,
    offset: usize,
    /// The next index each copy reads.
    positions: Vec<usize>,
}

struct Tee {
    shared: Rc<RefCell<TeeShared>>,
    copy: usize,
}

impl LibIter for Tee {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        let (pos, have) = {
            let s = self.shared.borrow();
            (s.positions[self.copy], s.offset + s.buffer.len())
        };
        let v = if pos < have {
            let s = self.shared.borrow();
            s.buffer.get(pos - s.offset).cloned().unwrap_or(Value::None)
        } else {
            let it = self.shared.borrow().it.clone();
            let Some(v) = interp.iter_next(&it)? else { return Ok(None) };
            self.shared.borrow_mut().buffer.push_back(v.clone());
            v
        };
        let mut s = self.shared.borrow_mut();
        s.positions[self.copy] = pos + 1;
        let min = s.positions.iter().copied().min().unwrap_or(0);
        while s.offset < min && !s.buffer.is_empty() {
            s.buffer.pop_front();
            s.offset += 1;
        }
        Ok(Some(v))
    }
    fn type_name(&self) -> &'static str {
        "itertools._tee"
    }
}

/// `itertools.tee(iterable, n=2)`: a tuple of `n` independent iterators.
pub fn tee(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    if !kwargs.is_empty() {
        return Err(PyErr::new(ExcType::TypeError, "tee() takes no keyword arguments"));
    }
    crate::modules::itertools::expect_args("tee", args, kwargs, 1, 2)?;
    let n = match args.get(1) {
        Some(v) => interp.index_value(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(PyErr::new(ExcType::ValueError, "n must be >= 0"));
    }
    let it = interp.get_iter(&args[0])?;
    let shared =
        Rc::new(RefCell::new(TeeShared { it, buffer: VecDeque::new(), offset: 0, positions: vec![0; n as usize] }));
    let copies = (0..n as usize).map(|copy| lib_iter(Tee { shared: shared.clone(), copy })).collect();
    Ok(Value::tuple(copies))
}
