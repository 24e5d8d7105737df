//! The `itertools` module: lazy iterators implemented in Rust (`LibIter`), with CPython's
//! argument errors. The combinatoric generators live in `itertools/combinatorics.rs`.
//!
//! Invariant: every iterator here is lazy where CPython's is: it pulls one item from its
//! inputs per item it yields (`product` and the combinatorics read their pools first,
//! as CPython does), so infinite inputs work wherever they work in CPython.
//! Invariant: no `RefCell` borrow is held while the inputs' or callbacks' Python code runs
//! (`groupby` and `tee` share state through cells and clone what they need first).

pub mod combinatorics;
pub mod grouping;

use crate::builtins::args::{kwarg, only_kwargs};
use crate::builtins::{add_classmethod, native};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::{iter_value, LibIter, NativeIter};
use crate::module::ModuleObj;
use crate::modules::{add_fn, new_module};
use crate::object::class::{Class, ClassDict};
use crate::object::function::Kwargs;
use crate::object::Other;
use crate::value::Value;
use lang::ast::BinOp;
use std::rc::Rc;

/// Makes `itertools`.
pub fn make(interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("itertools");
    add_fn(&m, "count", count);
    add_fn(&m, "cycle", cycle);
    add_fn(&m, "repeat", repeat);
    add_fn(&m, "islice", islice);
    add_fn(&m, "takewhile", takewhile);
    add_fn(&m, "dropwhile", dropwhile);
    add_fn(&m, "filterfalse", filterfalse);
    add_fn(&m, "compress", compress);
    add_fn(&m, "accumulate", accumulate);
    add_fn(&m, "zip_longest", zip_longest);
    add_fn(&m, "starmap", starmap);
    add_fn(&m, "pairwise", pairwise);
    add_fn(&m, "product", combinatorics::product);
    add_fn(&m, "permutations", combinatorics::permutations);
    add_fn(&m, "combinations", combinatorics::combinations);
    add_fn(&m, "combinations_with_replacement", combinatorics::combinations_with_replacement);
    add_fn(&m, "groupby", grouping::groupby);
    add_fn(&m, "tee", grouping::tee);
    let chain = Class::new("chain", "itertools", vec![interp.types.object.clone()], ClassDict::default(), false, None)
        .map_err(|e| PyErr::new(ExcType::TypeError, e))?;
    let new = native("chain.__new__", chain_new);
    chain.set_attr("__new__".into(), Value::Other(Rc::new(Other::StaticMethod(new))));
    add_classmethod(&chain, "from_iterable", chain_from_iterable);
    m.set("chain", Value::Class(chain));
    Ok(m)
}

/// Wraps a Rust iterator as a Python iterator object.
pub fn lib_iter(it: impl LibIter + 'static) -> Value {
    iter_value(NativeIter::Lib(Box::new(it)))
}

/// Binds `args`/`kwargs` to `names`; the first `required` are mandatory, with CPython's
/// messages for argument-clinic functions (`repeat() missing required argument 'object' (pos 1)`).
pub fn bind(
    fname: &str,
    args: &[Value],
    kwargs: &Kwargs,
    names: &[&str],
    required: usize,
) -> PResult<Vec<Option<Value>>> {
    only_kwargs(fname, kwargs, names)?;
    if args.len() > names.len() {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!(
                "{fname}() takes at most {} argument{} ({} given)",
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                args.len() + kwargs.len()
            ),
        ));
    }
    let mut out: Vec<Option<Value>> =
        names.iter().enumerate().map(|(i, n)| args.get(i).cloned().or_else(|| kwarg(kwargs, n).cloned())).collect();
    for (i, slot) in out.iter_mut().enumerate().take(required) {
        if slot.is_none() {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1),
            ));
        }
    }
    Ok(out)
}

/// Checks a positional-only count with the `name expected N arguments, got M` messages.
pub fn expect_args(fname: &str, args: &[Value], kwargs: &Kwargs, min: usize, max: usize) -> PResult<()> {
    if !kwargs.is_empty() {
        return Err(PyErr::new(ExcType::TypeError, format!("{fname}() takes no keyword arguments")));
    }
    let n = args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return Err(PyErr::new(ExcType::TypeError, format!("{fname} expected {min} argument{}, got {n}", plural(min))));
    }
    if n < min {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("{fname} expected at least {min} argument{}, got {n}", plural(min)),
        ));
    }
    if n > max {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("{fname} expected at most {max} argument{}, got {n}", plural(max)),
        ));
    }
    Ok(())
}

struct Count {
    next: Value,
    step: Value,
}

impl LibIter for Count {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        let cur = self.next.clone();
        self.next = interp.binary_op(BinOp::Add, &cur, &self.step)?;
        Ok(Some(cur))
    }
    fn type_name(&self) -> &'static str {
        "itertools.count"
    }
    fn repr(&self, interp: &Interp) -> Option<PResult<String>> {
        Some((|| {
            let start = interp.repr(&self.next)?;
            Ok(match self.step {
                Value::Int(1) => format!("count({start})"),
                _ => format!("count({start}, {})", interp.repr(&self.step)?),
            })
        })())
    }
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) | Value::Instance(_))
}

/// `itertools.count(start=0, step=1)`.
fn count(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let p = bind("count", args, kwargs, &["start", "step"], 0)?;
    let start = p[0].clone().unwrap_or(Value::Int(0));
    let step = p[1].clone().unwrap_or(Value::Int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(PyErr::new(ExcType::TypeError, "a number is required"));
    }
    Ok(lib_iter(Count { next: start, step }))
}

struct Cycle {
    it: Option<Value>,
    saved: Vec<Value>,
    index: usize,
}

impl LibIter for Cycle {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        if let Some(it) = &self.it {
            match interp.iter_next(it)? {
                Some(v) => {
                    self.saved.push(v.clone());
                    return Ok(Some(v));
                }
                None => self.it = None,
            }
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let v = self.saved[self.index % self.saved.len()].clone();
        self.index = (self.index + 1) % self.saved.len();
        Ok(Some(v))
    }
    fn type_name(&self) -> &'static str {
        "itertools.cycle"
    }
}

/// `itertools.cycle(iterable)`.
fn cycle(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    expect_args("cycle", args, kwargs, 1, 1)?;
    Ok(lib_iter(Cycle { it: Some(interp.get_iter(&args[0])?), saved: Vec::new(), index: 0 }))
}

struct Repeat {
    value: Value,
    left: Option<i64>,
}

impl LibIter for Repeat {
    fn next(&mut self, _interp: &Interp) -> PResult<Option<Value>> {
        match &mut self.left {
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.value.clone()))
            }
            None => Ok(Some(self.value.clone())),
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.repeat"
    }
    fn repr(&self, interp: &Interp) -> Option<PResult<String>> {
        Some(interp.repr(&self.value).map(|v| match self.left {
            Some(n) => format!("repeat({v}, {n})"),
            None => format!("repeat({v})"),
        }))
    }
}

/// `itertools.repeat(object[, times])`.
fn repeat(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let p = bind("repeat", args, kwargs, &["object", "times"], 1)?;
    let left = match &p[1] {
        Some(v) => Some(interp.index_value(v)?.max(0)),
        None => None,
    };
    Ok(lib_iter(Repeat { value: p[0].clone().unwrap_or(Value::None), left }))
}

/// A new `repeat(value)` iterator (used by `zip_longest`).
pub fn repeat_forever(value: Value) -> Value {
    lib_iter(Repeat { value, left: None })
}

struct Islice {
    it: Value,
    next: usize,
    stop: Option<usize>,
    step: usize,
    count: usize,
}

impl LibIter for Islice {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        while self.count < self.next {
            if interp.iter_next(&self.it)?.is_none() {
                return Ok(None);
            }
            self.count += 1;
        }
        if self.stop.is_some_and(|s| self.count >= s) {
            return Ok(None);
        }
        let Some(v) = interp.iter_next(&self.it)? else { return Ok(None) };
        self.count += 1;
        self.next = self.next.saturating_add(self.step);
        if let Some(s) = self.stop {
            if self.next > s {
                self.next = s;
            }
        }
        Ok(Some(v))
    }
    fn type_name(&self) -> &'static str {
        "itertools.islice"
    }
}

fn islice_index(interp: &Interp, v: &Value, what: &str) -> PResult<Option<usize>> {
    let msg = || {
        if what == "stop" {
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        } else {
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        }
    };
    match v {
        Value::None => Ok(None),
        Value::Int(_) | Value::Bool(_) => {
            let i = interp.index_value(v)?;
            if i < 0 {
                return Err(PyErr::new(ExcType::ValueError, msg()));
            }
            Ok(Some(i as usize))
        }
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Plus => Ok(Some(usize::MAX)),
        _ => Err(PyErr::new(ExcType::ValueError, msg())),
    }
}

/// `itertools.islice(iterable, stop)` / `islice(iterable, start, stop[, step])`.
fn islice(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    if !kwargs.is_empty() {
        return Err(PyErr::new(ExcType::TypeError, "islice() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("islice expected at least 2 arguments, got {}", args.len()),
        ));
    }
    if args.len() > 4 {
        return Err(PyErr::new(ExcType::TypeError, format!("islice expected at most 4 arguments, got {}", args.len())));
    }
    let (start, stop, step) = if args.len() == 2 {
        (None, islice_index(interp, &args[1], "stop")?, None)
    } else {
        let start = islice_index(interp, &args[1], "start")?;
        let stop = islice_index(interp, &args[2], "stop")?;
        let step = match args.get(3) {
            None | Some(Value::None) => None,
            Some(v @ (Value::Int(_) | Value::Bool(_))) => {
                let s = interp.index_value(v)?;
                if s < 1 {
                    return Err(PyErr::new(
                        ExcType::ValueError,
                        "Step for islice() must be a positive integer or None.",
                    ));
                }
                Some(s as usize)
            }
            Some(_) => {
                return Err(PyErr::new(ExcType::ValueError, "Step for islice() must be a positive integer or None."))
            }
        };
        (start, stop, step)
    };
    let it = interp.get_iter(&args[0])?;
    Ok(lib_iter(Islice { it, next: start.unwrap_or(0), stop, step: step.unwrap_or(1), count: 0 }))
}

struct Chain {
    sources: Value,
    current: Option<Value>,
}

impl LibIter for Chain {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        loop {
            if let Some(cur) = &self.current {
                if let Some(v) = interp.iter_next(cur)? {
                    return Ok(Some(v));
                }
                self.current = None;
            }
            let Some(src) = interp.iter_next(&self.sources)? else { return Ok(None) };
            self.current = Some(interp.get_iter(&src)?);
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.chain"
    }
}

/// `itertools.chain(*iterables)` (`args[0]` is the class).
fn chain_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    if !kwargs.is_empty() {
        return Err(PyErr::new(ExcType::TypeError, "chain() takes no keyword arguments"));
    }
    let sources = interp.get_iter(&Value::tuple(args.get(1..).unwrap_or(&[]).to_vec()))?;
    Ok(lib_iter(Chain { sources, current: None }))
}

/// `itertools.chain.from_iterable(iterable)`: lazy in the outer iterable too.
fn chain_from_iterable(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let Some(src) = args.get(1) else {
        return Err(PyErr::new(ExcType::TypeError, "chain.from_iterable() takes exactly one argument (0 given)"));
    };
    Ok(lib_iter(Chain { sources: interp.get_iter(src)?, current: None }))
}

/// Which predicate-driven filter an iterator is.
#[derive(Clone, Copy, PartialEq)]
enum PredKind {
    TakeWhile,
    DropWhile,
    FilterFalse,
}

struct Predicated {
    kind: PredKind,
    pred: Value,
    it: Value,
    /// `takewhile` has stopped, or `dropwhile` has started yielding.
    switched: bool,
}

impl LibIter for Predicated {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        if self.kind == PredKind::TakeWhile && self.switched {
            return Ok(None);
        }
        loop {
            let Some(v) = interp.iter_next(&self.it)? else { return Ok(None) };
            if self.kind == PredKind::DropWhile && self.switched {
                return Ok(Some(v));
            }
            let ok = if self.kind == PredKind::FilterFalse && self.pred.is_none() {
                interp.truthy(&v)?
            } else {
                let r = interp.call_value(&self.pred, std::slice::from_ref(&v), &[])?;
                interp.truthy(&r)?
            };
            match self.kind {
                PredKind::TakeWhile => {
                    if ok {
                        return Ok(Some(v));
                    }
                    self.switched = true;
                    return Ok(None);
                }
                PredKind::DropWhile => {
                    if !ok {
                        self.switched = true;
                        return Ok(Some(v));
                    }
                }
                PredKind::FilterFalse => {
                    if !ok {
                        return Ok(Some(v));
                    }
                }
            }
        }
    }
    fn type_name(&self) -> &'static str {
        match self.kind {
            PredKind::TakeWhile => "itertools.takewhile",
            PredKind::DropWhile => "itertools.dropwhile",
            PredKind::FilterFalse => "itertools.filterfalse",
        }
    }
}

fn predicated(interp: &Interp, args: &[Value], kwargs: &Kwargs, name: &str, kind: PredKind) -> PResult<Value> {
    expect_args(name, args, kwargs, 2, 2)?;
    let it = interp.get_iter(&args[1])?;
    Ok(lib_iter(Predicated { kind, pred: args[0].clone(), it, switched: false }))
}

/// `itertools.takewhile(predicate, iterable)`.
fn takewhile(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    predicated(interp, args, kwargs, "takewhile", PredKind::TakeWhile)
}

/// `itertools.dropwhile(predicate, iterable)`.
fn dropwhile(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    predicated(interp, args, kwargs, "dropwhile", PredKind::DropWhile)
}

/// `itertools.filterfalse(predicate, iterable)`.
fn filterfalse(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    predicated(interp, args, kwargs, "filterfalse", PredKind::FilterFalse)
}

struct Compress {
    data: Value,
    selectors: Value,
}

impl LibIter for Compress {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        loop {
            let Some(d) = interp.iter_next(&self.data)? else { return Ok(None) };
            let Some(s) = interp.iter_next(&self.selectors)? else { return Ok(None) };
            if interp.truthy(&s)? {
                return Ok(Some(d));
            }
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.compress"
    }
}

/// `itertools.compress(data, selectors)`.
fn compress(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let p = bind("compress", args, kwargs, &["data", "selectors"], 2)?;
    let data = interp.get_iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = interp.get_iter(p[1].as_ref().unwrap_or(&Value::None))?;
    Ok(lib_iter(Compress { data, selectors }))
}

struct Accumulate {
    it: Value,
    func: Value,
    total: Option<Value>,
    initial: Option<Value>,
}

impl LibIter for Accumulate {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        if let Some(v) = self.initial.take() {
            self.total = Some(v.clone());
            return Ok(Some(v));
        }
        let Some(v) = interp.iter_next(&self.it)? else { return Ok(None) };
        let new = match self.total.take() {
            None => v,
            Some(t) if self.func.is_none() => interp.binary_op(BinOp::Add, &t, &v)?,
            Some(t) => interp.call_value(&self.func, &[t, v], &[])?,
        };
        self.total = Some(new.clone());
        Ok(Some(new))
    }
    fn type_name(&self) -> &'static str {
        "itertools.accumulate"
    }
}

/// `itertools.accumulate(iterable[, func, *, initial=None])`.
fn accumulate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let p = bind("accumulate", args, kwargs, &["iterable", "func", "initial"], 1)?;
    if args.len() > 2 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("accumulate() takes at most 2 positional arguments ({} given)", args.len()),
        ));
    }
    let it = interp.get_iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let initial = p[2].clone().filter(|v| !v.is_none());
    Ok(lib_iter(Accumulate { it, func: p[1].clone().unwrap_or(Value::None), total: None, initial }))
}

struct ZipLongest {
    iters: Vec<Value>,
    active: usize,
    fill: Value,
}

impl LibIter for ZipLongest {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        if self.active == 0 {
            return Ok(None);
        }
        let mut values = Vec::with_capacity(self.iters.len());
        for i in 0..self.iters.len() {
            let v = match interp.iter_next(&self.iters[i])? {
                Some(v) => v,
                None => {
                    self.active -= 1;
                    if self.active == 0 {
                        return Ok(None);
                    }
                    self.iters[i] = repeat_forever(self.fill.clone());
                    self.fill.clone()
                }
            };
            values.push(v);
        }
        Ok(Some(Value::tuple(values)))
    }
    fn type_name(&self) -> &'static str {
        "itertools.zip_longest"
    }
}

/// `itertools.zip_longest(*iterables, fillvalue=None)`.
fn zip_longest(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    for (k, _) in kwargs {
        if &**k != "fillvalue" {
            return Err(PyErr::new(ExcType::TypeError, "zip_longest() got an unexpected keyword argument"));
        }
    }
    let fill = kwarg(kwargs, "fillvalue").cloned().unwrap_or(Value::None);
    let iters: Vec<Value> = args.iter().map(|a| interp.get_iter(a)).collect::<PResult<_>>()?;
    let active = iters.len();
    Ok(lib_iter(ZipLongest { iters, active, fill }))
}

struct Starmap {
    func: Value,
    it: Value,
}

impl LibIter for Starmap {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        let Some(item) = interp.iter_next(&self.it)? else { return Ok(None) };
        let args = interp.collect_iter(&item)?;
        interp.call_value(&self.func, &args, &[]).map(Some)
    }
    fn type_name(&self) -> &'static str {
        "itertools.starmap"
    }
}

/// `itertools.starmap(function, iterable)`.
fn starmap(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    expect_args("starmap", args, kwargs, 2, 2)?;
    Ok(lib_iter(Starmap { func: args[0].clone(), it: interp.get_iter(&args[1])? }))
}

struct Pairwise {
    it: Value,
    last: Option<Value>,
}

impl LibIter for Pairwise {
    fn next(&mut self, interp: &Interp) -> PResult<Option<Value>> {
        let first = match self.last.take() {
            Some(v) => v,
            None => match interp.iter_next(&self.it)? {
                Some(v) => v,
                None => return Ok(None),
            },
        };
        let Some(second) = interp.iter_next(&self.it)? else { return Ok(None) };
        self.last = Some(second.clone());
        Ok(Some(Value::tuple(vec![first, second])))
    }
    fn type_name(&self) -> &'static str {
        "itertools.pairwise"
    }
}

/// `itertools.pairwise(iterable)`.
fn pairwise(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    expect_args("pairwise", args, kwargs, 1, 1)?;
    Ok(lib_iter(Pairwise { it: interp.get_iter(&args[0])?, last: None }))
}
