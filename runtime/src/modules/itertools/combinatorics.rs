//! The combinatoric iterators of `itertools`: `product`, `permutations`, `combinations`,
//! `combinations_with_replacement`, each the index algorithm of CPython's documentation
//! (and of `itertoolsmodule.c`), so the output order is CPython's.
//!
//! Invariant: the pools are read completely when the iterator is made (as CPython does);
//! the tuples are produced one at a time.

use crate::builtins::args::kwarg;
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::LibIter;
use crate::modules::itertools::{bind, lib_iter};
use crate::object::function::Kwargs;
use crate::value::Value;

struct Product {
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    started: bool,
    done: bool,
}

impl LibIter for Product {
    fn next(&mut self, _interp: &Interp) -> PResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            if self.pools.iter().any(|p| p.is_empty()) {
                self.done = true;
                return Ok(None);
            }
        } else {
            // The odometer: the rightmost index that can advance does, the ones after it reset.
            let mut i = self.pools.len();
            loop {
                if i == 0 {
                    self.done = true;
                    return Ok(None);
                }
                i -= 1;
                self.indices[i] += 1;
                if self.indices[i] < self.pools[i].len() {
                    break;
                }
                self.indices[i] = 0;
            }
        }
        let items = self.indices.iter().zip(&self.pools).map(|(&i, p)| p[i].clone()).collect();
        Ok(Some(Value::tuple(items)))
    }
    fn type_name(&self) -> &'static str {
        "itertools.product"
    }
}

/// `itertools.product(*iterables, repeat=1)`.
pub fn product(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    for (k, _) in kwargs {
        if &**k != "repeat" {
            return Err(PyErr::new(ExcType::TypeError, format!("product() got an unexpected keyword argument '{k}'")));
        }
    }
    let repeat = match kwarg(kwargs, "repeat") {
        Some(v) => interp.index_value(v)?,
        None => 1,
    };
    if repeat < 0 {
        return Err(PyErr::new(ExcType::ValueError, "repeat argument cannot be negative"));
    }
    let pools: Vec<Vec<Value>> = args.iter().map(|a| interp.collect_iter(a)).collect::<PResult<_>>()?;
    let mut all = Vec::new();
    for _ in 0..repeat {
        all.extend(pools.iter().cloned());
    }
    let n = all.len();
    Ok(lib_iter(Product { pools: all, indices: vec![0; n], started: false, done: false }))
}

/// The `r` argument of the combinatorics: `None` means the pool's length.
fn r_arg(interp: &Interp, v: Option<&Value>, n: usize) -> PResult<usize> {
    match v {
        None | Some(Value::None) => Ok(n),
        Some(v) => {
            let r = interp.index_value(v)?;
            if r < 0 {
                return Err(PyErr::new(ExcType::ValueError, "r must be non-negative"));
            }
            Ok(r as usize)
        }
    }
}

fn pick(pool: &[Value], indices: &[usize]) -> Value {
    Value::tuple(indices.iter().map(|&i| pool[i].clone()).collect())
}

struct Permutations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}

impl LibIter for Permutations {
    fn next(&mut self, _interp: &Interp) -> PResult<Option<Value>> {
        let (n, r) = (self.pool.len(), self.r);
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            if r > n {
                self.done = true;
                return Ok(None);
            }
            return Ok(Some(pick(&self.pool, &self.indices[..r])));
        }
        if n == 0 {
            self.done = true;
            return Ok(None);
        }
        for i in (0..r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                let moved = self.indices.remove(i);
                self.indices.push(moved);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return Ok(Some(pick(&self.pool, &self.indices[..r])));
            }
        }
        self.done = true;
        Ok(None)
    }
    fn type_name(&self) -> &'static str {
        "itertools.permutations"
    }
}

/// `itertools.permutations(iterable, r=None)`.
pub fn permutations(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let p = bind("permutations", args, kwargs, &["iterable", "r"], 1)?;
    let pool = interp.collect_iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let n = pool.len();
    let r = r_arg(interp, p[1].as_ref(), n)?;
    let cycles = if r <= n { (n - r + 1..=n).rev().collect() } else { Vec::new() };
    Ok(lib_iter(Permutations { pool, r, indices: (0..n).collect(), cycles, started: false, done: false }))
}

struct Combinations {
    pool: Vec<Value>,
    indices: Vec<usize>,
    with_replacement: bool,
    started: bool,
    done: bool,
}

impl LibIter for Combinations {
    fn next(&mut self, _interp: &Interp) -> PResult<Option<Value>> {
        let (n, r) = (self.pool.len(), self.indices.len());
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            let impossible = if self.with_replacement { n == 0 && r > 0 } else { r > n };
            if impossible {
                self.done = true;
                return Ok(None);
            }
            return Ok(Some(pick(&self.pool, &self.indices)));
        }
        // The rightmost index not yet at its maximum advances; the ones after it follow.
        let at_max = |i: usize, v: usize| if self.with_replacement { v == n - 1 } else { v == i + n - r };
        let Some(i) = (0..r).rev().find(|&i| !at_max(i, self.indices[i])) else {
            self.done = true;
            return Ok(None);
        };
        self.indices[i] += 1;
        for j in i + 1..r {
            self.indices[j] = if self.with_replacement { self.indices[i] } else { self.indices[j - 1] + 1 };
        }
        Ok(Some(pick(&self.pool, &self.indices)))
    }
    fn type_name(&self) -> &'static str {
        if self.with_replacement {
            "itertools.combinations_with_replacement"
        } else {
            "itertools.combinations"
        }
    }
}

fn combinations_of(
    interp: &Interp,
    args: &[Value],
    kwargs: &Kwargs,
    name: &str,
    with_replacement: bool,
) -> PResult<Value> {
    let p = bind(name, args, kwargs, &["iterable", "r"], 2)?;
    let pool = interp.collect_iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let r = match &p[1] {
        Some(v) => {
            let r = interp.index_value(v)?;
            if r < 0 {
                return Err(PyErr::new(ExcType::ValueError, "r must be non-negative"));
            }
            r as usize
        }
        None => 0,
    };
    let indices = if with_replacement { vec![0; r] } else { (0..r).collect() };
    Ok(lib_iter(Combinations { pool, indices, with_replacement, started: false, done: false }))
}

/// `itertools.combinations(iterable, r)`.
pub fn combinations(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    combinations_of(interp, args, kwargs, "combinations", false)
}

/// `itertools.combinations_with_replacement(iterable, r)`.
pub fn combinations_with_replacement(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    combinations_of(interp, args, kwargs, "combinations_with_replacement", true)
}
