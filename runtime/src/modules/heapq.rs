//! The `heapq` module: a binary min-heap in a list, with exactly CPython's sift algorithms
//! (`_heapqmodule.c`), so the list's order after every operation is CPython's; plus
//! `nlargest`, `nsmallest` (equal to their documented sorted equivalents, ties stable)
//! and a lazy, stable `merge`.
//!
//! Invariant: no borrow of the heap list is held while `<` runs; a heap resized by a
//! comparison raises `RuntimeError`, as in CPython.

use crate::builtins::args::{kwarg, only_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::LibIter;
use crate::module::ModuleObj;
use crate::modules::{add_fn, new_module};
use crate::object::function::Kwargs;
use crate::object::PyList;
use crate::value::Value;
use std::rc::Rc;

/// Makes `heapq`.
pub fn make(_interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("heapq");
    add_fn(&m, "heappush", heappush);
    add_fn(&m, "heappop", heappop);
    add_fn(&m, "heapify", heapify);
    add_fn(&m, "heapreplace", heapreplace);
    add_fn(&m, "heappushpop", heappushpop);
    add_fn(&m, "nlargest", nlargest);
    add_fn(&m, "nsmallest", nsmallest);
    add_fn(&m, "merge", merge);
    Ok(m)
}

/// The list a heap function works on (a list or the list of a `list` subclass).
fn heap_list(interp: &Interp, fname: &str, v: &Value) -> PResult<Rc<PyList>> {
    if let Value::List(l) = v {
        return Ok(l.clone());
    }
    if let Value::Instance(inst) = v {
        if let Value::List(l) = &*inst.base_value.borrow() {
            return Ok(l.clone());
        }
    }
    Err(PyErr::new(ExcType::TypeError, format!("{fname}() argument 1 must be list, not {}", interp.type_name(v))))
}

fn args_exact<'a>(fname: &str, args: &'a [Value], kwargs: &Kwargs, n: usize) -> PResult<&'a [Value]> {
    crate::builtins::args::no_kwargs(fname, kwargs)?;
    if args.len() != n {
        let msg = if n == 1 {
            format!("{fname}() takes exactly one argument ({} given)", args.len())
        } else {
            format!("{fname} expected {n} arguments, got {}", args.len())
        };
        return Err(PyErr::new(ExcType::TypeError, msg));
    }
    Ok(args)
}

fn get(heap: &PyList, i: usize) -> PResult<Value> {
    heap.items.borrow().get(i).cloned().ok_or_else(changed)
}

fn changed() -> PyErr {
    PyErr::new(ExcType::RuntimeError, "list changed size during iteration")
}

/// `a < b`, then a check that the comparison left the heap's size alone.
fn less(interp: &Interp, heap: &PyList, size: usize, a: &Value, b: &Value) -> PResult<bool> {
    let r = interp.less_than(a, b)?;
    if heap.items.borrow().len() != size {
        return Err(changed());
    }
    Ok(r)
}

fn swap(heap: &PyList, i: usize, j: usize) {
    let mut items = heap.items.borrow_mut();
    if i < items.len() && j < items.len() {
        items.swap(i, j);
    }
}

/// CPython's `siftdown`: moves the item at `pos` up toward `startpos` while it is smaller
/// than its parent.
fn siftdown(interp: &Interp, heap: &PyList, startpos: usize, mut pos: usize) -> PResult<()> {
    let size = heap.items.borrow().len();
    let newitem = get(heap, pos)?;
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let parent = get(heap, parentpos)?;
        if !less(interp, heap, size, &newitem, &parent)? {
            break;
        }
        swap(heap, parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// CPython's `siftup`: moves the smaller child up until a leaf, then sifts down from there.
fn siftup(interp: &Interp, heap: &PyList, mut pos: usize) -> PResult<()> {
    let endpos = heap.items.borrow().len();
    let startpos = pos;
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let (a, b) = (get(heap, childpos)?, get(heap, childpos + 1)?);
            if !less(interp, heap, endpos, &a, &b)? {
                childpos += 1;
            }
        }
        swap(heap, childpos, pos);
        pos = childpos;
    }
    siftdown(interp, heap, startpos, pos)
}

/// `heapq.heappush(heap, item)`.
fn heappush(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let args = args_exact("heappush", args, kwargs, 2)?;
    let heap = heap_list(interp, "heappush", &args[0])?;
    let n = {
        let mut items = heap.items.borrow_mut();
        items.push(args[1].clone());
        items.len()
    };
    siftdown(interp, &heap, 0, n - 1)?;
    Ok(Value::None)
}

/// `heapq.heappop(heap)`: the smallest item.
fn heappop(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let args = args_exact("heappop", args, kwargs, 1)?;
    let heap = heap_list(interp, "heappop", &args[0])?;
    let last = heap.items.borrow_mut().pop();
    let Some(last) = last else { return Err(PyErr::new(ExcType::IndexError, "index out of range")) };
    let first = {
        let mut items = heap.items.borrow_mut();
        match items.first_mut() {
            Some(slot) => Some(std::mem::replace(slot, last.clone())),
            None => None,
        }
    };
    match first {
        Some(v) => {
            siftup(interp, &heap, 0)?;
            Ok(v)
        }
        None => Ok(last),
    }
}

/// `heapq.heapreplace(heap, item)`: pops the smallest, then pushes `item`.
fn heapreplace(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let args = args_exact("heapreplace", args, kwargs, 2)?;
    let heap = heap_list(interp, "heapreplace", &args[0])?;
    let old = {
        let mut items = heap.items.borrow_mut();
        match items.first_mut() {
            Some(slot) => std::mem::replace(slot, args[1].clone()),
            None => return Err(PyErr::new(ExcType::IndexError, "index out of range")),
        }
    };
    siftup(interp, &heap, 0)?;
    Ok(old)
}

/// `heapq.heappushpop(heap, item)`: pushes `item`, then pops the smallest.
fn heappushpop(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let args = args_exact("heappushpop", args, kwargs, 2)?;
    let heap = heap_list(interp, "heappushpop", &args[0])?;
    let Some(top) = heap.items.borrow().first().cloned() else { return Ok(args[1].clone()) };
    if !interp.less_than(&top, &args[1])? {
        return Ok(args[1].clone());
    }
    let old = {
        let mut items = heap.items.borrow_mut();
        match items.first_mut() {
            Some(slot) => std::mem::replace(slot, args[1].clone()),
            None => return Err(PyErr::new(ExcType::IndexError, "index out of range")),
        }
    };
    siftup(interp, &heap, 0)?;
    Ok(old)
}

/// `heapq.heapify(x)`: in place, in linear time.
fn heapify(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let args = args_exact("heapify", args, kwargs, 1)?;
    let heap = heap_list(interp, "heapify", &args[0])?;
    let n = heap.items.borrow().len();
    for i in (0..n / 2).rev() {
        siftup(interp, &heap, i)?;
    }
    Ok(Value::None)
}

fn n_best(interp: &Interp, fname: &str, args: &[Value], kwargs: &Kwargs, largest: bool) -> PResult<Value> {
    only_kwargs(fname, kwargs, &["key"])?;
    if args.len() != 2 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!(
                "{fname}() missing {} required positional argument{}",
                2usize.saturating_sub(args.len()),
                if args.len() == 1 { "" } else { "s" }
            ),
        ));
    }
    let n = interp.index_value(&args[0])?;
    let mut items = interp.collect_iter(&args[1])?;
    if n <= 0 {
        return Ok(Value::list(Vec::new()));
    }
    interp.sort_values(&mut items, kwarg(kwargs, "key"), largest)?;
    items.truncate(n as usize);
    Ok(Value::list(items))
}

/// `heapq.nlargest(n, iterable, key=None)`: `sorted(iterable, key=key, reverse=True)[:n]`.
fn nlargest(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    n_best(interp, "nlargest", args, kwargs, true)
}

/// `heapq.nsmallest(n, iterable, key=None)`: `sorted(iterable, key=key)[:n]`.
fn nsmallest(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    n_best(interp, "nsmallest", args, kwargs, false)
}

/// The iterator of `heapq.merge`: the smallest head each time, ties to the earlier input.
struct Merge {
    iters: Vec<Value>,
    /// The next item of each input and its key, `None` once exhausted.
    heads: Vec<Option<(Value, Value)>>,
    key: Value,
    reverse: bool,
    started: bool,
}

impl Merge {
    fn pull(&mut self, interp: &Interp, i: usize) -> PResult<()> {
        self.heads[i] = match interp.iter_next(&self.iters[i])? {
            Some(v) => {
                let k = if self.key.is_none() {
                    v.clone()
                } else {
                    interp.call_value(&self.key, std::slice::from_ref(&v), &[])?
                };
                Some((k, v))
            }
            None => None,
        };
        Ok(())
    }
}

impl LibIter for Merge {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        if !self.started {
            self.started = true;
            for i in 0..self.iters.len() {
                self.pull(interp, i)?;
            }
        }
        let mut best: Option<usize> = None;
        for i in 0..self.heads.len() {
            let Some((k, _)) = &self.heads[i] else { continue };
            best = match best {
                None => Some(i),
                Some(b) => {
                    let bk = self.heads[b].as_ref().map(|(k, _)| k.clone()).unwrap_or(Value::None);
                    let better = if self.reverse { interp.less_than(&bk, k)? } else { interp.less_than(k, &bk)? };
                    if better {
                        Some(i)
                    } else {
                        Some(b)
                    }
                }
            };
        }
        let Some(b) = best else { return Ok(None) };
        let item = self.heads[b].take().map(|(_, v)| v);
        self.pull(interp, b)?;
        Ok(item)
    }
    fn type_name(&self) -> &'static str {
        "generator"
    }
}

/// `heapq.merge(*iterables, key=None, reverse=False)`: lazy and stable.
fn merge(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    only_kwargs("merge", kwargs, &["key", "reverse"])?;
    let iters: Vec<Value> = args.iter().map(|a| interp.get_iter(a)).collect::<PResult<_>>()?;
    let reverse = match kwarg(kwargs, "reverse") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    let n = iters.len();
    let m = Merge {
        iters,
        heads: vec![None; n],
        key: kwarg(kwargs, "key").cloned().unwrap_or(Value::None),
        reverse,
        started: false,
    };
    Ok(crate::modules::itertools::lib_iter(m))
}
