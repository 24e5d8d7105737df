//! The `random` module: the class `random.Random` around `random/mt19937.rs`'s generator, and
//! the module-level functions, which are bound methods of one hidden instance as in CPython.
//!
//! Invariant: a `Random` object's generator lives in a `RefCell` that is borrowed only while
//! drawing numbers; no borrow is held while Python code runs (`len`, `__getitem__`,
//! `__index__`, `seed` of a subclass).
//! Invariant: argument binding and messages are those of CPython 3.11's `Lib/random.py`
//! (`Random.randint() missing 1 required positional argument: 'b'`) or, for the methods
//! CPython writes in C (`random`, `getrandbits`), those of `_randommodule.c`.
//!
//! Not here: `seed()` with a `str`/`bytes` argument (CPython hashes it with SHA-512:
//! refused with `NotImplementedError`), `randbytes`, `SystemRandom`, and the
//! `DeprecationWarning` CPython prints for integral float arguments to `randrange`.
//! A subclass that overrides `random()` or `getrandbits()` does not change what the other
//! methods draw (CPython's Python-level methods would call the override).
//! Float arguments (`uniform`, `gauss`, weights…) convert as `math`'s do, so a non-number is
//! `TypeError: must be real number, not str` where CPython's arithmetic names an operator.

// The error kinds are named after the Python exceptions they become.
#[allow(clippy::enum_variant_names)]
mod mt19937;

use crate::builtins::args::{check_method_count, no_kwargs};
use crate::builtins::{add_method, native};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::modules::math::{index_arg, real_arg};
use crate::modules::native_object::{new_class, new_object, this};
use crate::modules::new_module;
use crate::object::class::Class;
use crate::object::function::{Kwargs, NativeFn};
use crate::object::{BoundMethod, Other};
use crate::value::Value;
use lang::ast::BinOp;
use mt19937::{MersenneTwister, RandomError, RandomErrorKind};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

impl From<RandomError> for PyErr {
    #[cold]
    fn from(e: RandomError) -> PyErr {
        let typ = match e.kind {
            RandomErrorKind::ValueError => ExcType::ValueError,
            RandomErrorKind::IndexError => ExcType::IndexError,
            RandomErrorKind::TypeError => ExcType::TypeError,
            RandomErrorKind::ZeroDivisionError => ExcType::ZeroDivisionError,
            RandomErrorKind::OverflowError => ExcType::OverflowError,
        };
        PyErr::new(typ, e.message)
    }
}

/// The payload of a `random.Random` object.
pub struct RandomObject {
    mt: RefCell<MersenneTwister>,
}

impl RandomObject {
    fn new() -> RandomObject {
        RandomObject { mt: RefCell::new(MersenneTwister::new()) }
    }

    /// Runs `f` on the generator; `f` must not call Python code.
    fn with<R>(&self, f: impl FnOnce(&mut MersenneTwister) -> R) -> R {
        f(&mut self.mt.borrow_mut())
    }
}

const TYPE_NAME: &str = "random.Random";

fn me(interp: &Interp, args: &[Value], method: &str) -> PResult<Rc<RandomObject>> {
    this::<RandomObject>(interp, args, TYPE_NAME, method)
}

/// The methods of `Random`, which are also the module-level functions (but `__init__`).
const METHODS: &[(&str, NativeFn)] = &[
    ("seed", random_seed),
    ("random", random_random),
    ("getrandbits", random_getrandbits),
    ("getstate", random_getstate),
    ("setstate", random_setstate),
    ("randrange", random_randrange),
    ("randint", random_randint),
    ("choice", random_choice),
    ("choices", random_choices),
    ("shuffle", random_shuffle),
    ("sample", random_sample),
    ("uniform", random_uniform),
    ("triangular", random_triangular),
    ("gauss", random_gauss),
    ("normalvariate", random_normalvariate),
    ("lognormvariate", random_lognormvariate),
    ("expovariate", random_expovariate),
    ("vonmisesvariate", random_vonmisesvariate),
    ("gammavariate", random_gammavariate),
    ("betavariate", random_betavariate),
    ("paretovariate", random_paretovariate),
    ("weibullvariate", random_weibullvariate),
];

pub fn make(interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("random");
    let class = make_class(interp)?;
    let inst = new_object(&class, RandomObject::new());
    for (name, _) in METHODS {
        if let Some(func) = class.lookup(name) {
            m.set(name, Value::BoundMethod(Rc::new(BoundMethod { this: inst.clone(), func })));
        }
    }
    m.set("Random", Value::Class(class));
    Ok(m)
}

/// The class `random.Random`; user classes may subclass it.
fn make_class(interp: &Interp) -> PResult<Rc<Class>> {
    let c = new_class(interp, "Random", "random")?;
    let new = native("Random.__new__", random_new);
    c.set_attr("__new__".into(), Value::Other(Rc::new(Other::StaticMethod(new))));
    c.set_attr("VERSION".into(), Value::Int(3));
    add_method(&c, "__init__", random_init);
    for (name, f) in METHODS {
        add_method(&c, name, *f);
    }
    Ok(c)
}

/// A Python-level signature of a `Random` method (after `self`): positional-or-keyword
/// parameters, then keyword-only ones; the first `n_required` have no default.
struct Signature {
    method: &'static str,
    params: &'static [&'static str],
    n_positional: usize,
    n_required: usize,
}

impl Signature {
    const fn new(method: &'static str, params: &'static [&'static str], n_required: usize) -> Signature {
        Signature { method, params, n_positional: params.len(), n_required }
    }

    const fn with_kwonly(self, n_positional: usize) -> Signature {
        Signature { n_positional, ..self }
    }

    #[cold]
    fn error(&self, message: String) -> PyErr {
        PyErr::new(ExcType::TypeError, format!("Random.{}() {message}", self.method))
    }

    /// Binds `args` (with `self` first) and `kwargs` in CPython's order of checks:
    /// keywords, then the positional count, then missing arguments.
    fn bind(&self, args: &[Value], kwargs: &Kwargs) -> PResult<Vec<Option<Value>>> {
        let given = args.get(1..).unwrap_or(&[]);
        let mut slots: Vec<Option<Value>> = vec![None; self.params.len()];
        for (slot, v) in slots.iter_mut().zip(given.iter().take(self.n_positional)) {
            *slot = Some(v.clone());
        }
        for (k, v) in kwargs {
            match self.params.iter().position(|p| *p == &**k) {
                None => return Err(self.error(format!("got an unexpected keyword argument '{k}'"))),
                Some(i) if slots[i].is_some() => {
                    return Err(self.error(format!("got multiple values for argument '{k}'")))
                }
                Some(i) => slots[i] = Some(v.clone()),
            }
        }
        if given.len() > self.n_positional {
            let takes = if self.n_required == self.n_positional {
                format!(
                    "{} positional argument{}",
                    self.n_positional + 1,
                    if self.n_positional == 0 { "" } else { "s" }
                )
            } else {
                format!("from {} to {} positional arguments", self.n_required + 1, self.n_positional + 1)
            };
            return Err(self.error(format!("takes {takes} but {} were given", given.len() + 1)));
        }
        let missing: Vec<String> =
            (0..self.n_required).filter(|&i| slots[i].is_none()).map(|i| format!("'{}'", self.params[i])).collect();
        if !missing.is_empty() {
            let names = match missing.as_slice() {
                [one] => one.clone(),
                [first, second] => format!("{first} and {second}"),
                [init @ .., last] => format!("{}, and {last}", init.join(", ")),
                [] => String::new(),
            };
            let n = missing.len();
            return Err(self
                .error(format!("missing {n} required positional argument{}: {names}", if n == 1 { "" } else { "s" })));
        }
        Ok(slots)
    }
}

/// Binds a signature whose parameters are all floats, with `defaults` for the optional
/// trailing ones.
fn real_params<const N: usize>(
    interp: &Interp,
    sig: &Signature,
    args: &[Value],
    kwargs: &Kwargs,
    defaults: [f64; N],
) -> PResult<[f64; N]> {
    let slots = sig.bind(args, kwargs)?;
    let mut out = defaults;
    for (x, slot) in out.iter_mut().zip(&slots) {
        if let Some(v) = slot {
            *x = real_arg(interp, v)?;
        }
    }
    Ok(out)
}

/// `Random.__new__(cls, ...)`: a generator in a placeholder state (seed 0); `__init__`
/// seeds it.
fn random_new(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            let mt = MersenneTwister::from_seed(&BigInt::zero());
            Ok(new_object(c, RandomObject { mt: RefCell::new(mt) }))
        }
        _ => Err(PyErr::new(ExcType::TypeError, "Random.__new__(X): X is not a type object")),
    }
}

/// `Random.__init__(self, x=None)`: `self.seed(x)`, through the attribute so that a
/// subclass's `seed` runs.
fn random_init(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("__init__", &["x"], 0);
    me(interp, args, "__init__")?;
    let x = SIG.bind(args, kwargs)?.pop().flatten();
    let seed = interp.get_attr(&args[0], "seed")?;
    interp.call_value(&seed, &[x.unwrap_or(Value::None)], &[])?;
    Ok(Value::None)
}

/// `Random.seed(a=None, version=2)`: `None` seeds from entropy, an int by its absolute
/// value, a float (or any other hashable CPython allows) by `hash(a)` taken as unsigned.
fn random_seed(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("seed", &["a", "version"], 0);
    let r = me(interp, args, "seed")?;
    let slots = SIG.bind(args, kwargs)?;
    let a = slots[0].clone().unwrap_or(Value::None);
    let version = slots[1].clone().unwrap_or(Value::Int(2));
    let is_str = matches!(&a, Value::Str(_))
        || matches!(&a, Value::Instance(inst) if matches!(*inst.base_value.borrow(), Value::Str(_)));
    if is_str && (interp.eq(&version, &Value::Int(1))? || interp.eq(&version, &Value::Int(2))?) {
        return Err(PyErr::new(ExcType::NotImplementedError, "hyper does not support random.seed() of a str yet"));
    }
    if a.is_none() {
        r.with(|mt| mt.seed_from_entropy());
        return Ok(Value::None);
    }
    if let Some(n) = int_value(&a) {
        r.with(|mt| mt.seed_from_int(&n));
        return Ok(Value::None);
    }
    let hashable = is_str
        || matches!(&a, Value::Float(_))
        || matches!(&a, Value::Instance(inst) if matches!(*inst.base_value.borrow(), Value::Float(_)));
    if !hashable {
        return Err(PyErr::new(
            ExcType::TypeError,
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        ));
    }
    // CPython's `random_seed` casts the hash to `size_t`.
    let n = BigInt::from(interp.hash(&a)?);
    r.with(|mt| mt.seed_from_int(&n));
    Ok(Value::None)
}

/// The int inside `v` when it is one (ints, bools, int subclasses), without `__index__`.
fn int_value(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
        Value::BigInt(n) => Some((**n).clone()),
        Value::Instance(inst) => int_value(&inst.base_value.borrow()),
        _ => None,
    }
}

/// `Random.random()`: a float in `[0.0, 1.0)` with 53 random bits.
fn random_random(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("Random.random", kwargs)?;
    check_method_count("Random.random", args, 0, 0)?;
    let r = me(interp, args, "random")?;
    Ok(Value::Float(r.with(|mt| mt.random())))
}

/// `Random.getrandbits(k)`: an int with `k` random bits; `k` is a C int as in CPython.
fn random_getrandbits(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("Random.getrandbits", kwargs)?;
    check_method_count("Random.getrandbits", args, 1, 1)?;
    let r = me(interp, args, "getrandbits")?;
    let k = match index_arg(interp, &args[1])? {
        Value::Int(k) if k < 0 => return Err(PyErr::new(ExcType::ValueError, "number of bits must be non-negative")),
        Value::Int(k) if k <= 63 => return Ok(Value::Int(r.with(|mt| mt.getrandbits_u64(k as u32)) as i64)),
        Value::Int(k) => k as u64,
        _ => u64::MAX,
    };
    Ok(Value::from_bigint(r.with(|mt| mt.getrandbits(k))?))
}

/// `Random.getstate()`: `(3, <625 ints>, gauss_next)`.
fn random_getstate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("getstate", &[], 0);
    let r = me(interp, args, "getstate")?;
    SIG.bind(args, kwargs)?;
    let (words, gauss_next) = r.with(|mt| mt.getstate());
    let words = words.into_iter().map(|w| Value::Int(i64::from(w))).collect();
    Ok(Value::tuple(vec![Value::Int(3), Value::tuple(words), gauss_next.map_or(Value::None, Value::Float)]))
}

/// One state word for `setstate`: C's `PyLong_AsUnsignedLong`, truncated to 32 bits.
fn state_word(v: &Value) -> PResult<u32> {
    let Some(n) = int_value(v) else {
        return Err(PyErr::new(ExcType::TypeError, "an integer is required"));
    };
    if n.is_negative() {
        return Err(PyErr::new(ExcType::OverflowError, "can't convert negative value to unsigned int"));
    }
    match n.to_u64() {
        Some(w) => Ok(w as u32),
        None => Err(PyErr::new(ExcType::OverflowError, "Python int too large to convert to C unsigned long")),
    }
}

/// `Random.setstate(state)` for states of versions 2 and 3, with CPython's checks.
fn random_setstate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("setstate", &["state"], 1);
    let r = me(interp, args, "setstate")?;
    let slots = SIG.bind(args, kwargs)?;
    let state = slots[0].clone().unwrap_or(Value::None);
    let version = interp.get_item(&state, &Value::Int(0))?;
    let is_v3 = interp.eq(&version, &Value::Int(3))?;
    if !is_v3 && !interp.eq(&version, &Value::Int(2))? {
        return Err(PyErr::new(
            ExcType::ValueError,
            format!("state with version {} passed to Random.setstate() of version 3", interp.str_of(&version)?),
        ));
    }
    let parts = interp.collect_iter(&state)?;
    if parts.len() != 3 {
        let msg = if parts.len() < 3 {
            format!("not enough values to unpack (expected 3, got {})", parts.len())
        } else {
            "too many values to unpack (expected 3)".to_string()
        };
        return Err(PyErr::new(ExcType::ValueError, msg));
    }
    let internal = if is_v3 {
        match &parts[1] {
            Value::Tuple(t) => t.items.to_vec(),
            _ => return Err(PyErr::new(ExcType::TypeError, "state vector must be a tuple")),
        }
    } else {
        // Version 2 saved signed words; `x % 2**32` makes them unsigned.
        let modulus = BigInt::from(1u64 << 32);
        let mut words = Vec::new();
        for x in interp.collect_iter(&parts[1])? {
            let Some(n) = int_value(&x) else {
                return Err(PyErr::new(ExcType::TypeError, "an integer is required"));
            };
            words.push(Value::from_bigint(num_integer::Integer::mod_floor(&n, &modulus)));
        }
        words
    };
    let gauss_next = match &parts[2] {
        Value::None => None,
        v => Some(real_arg(interp, v)?),
    };
    if internal.len() != 625 {
        return Err(PyErr::new(ExcType::ValueError, "state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(625);
    for v in &internal[..624] {
        words.push(state_word(v)?);
    }
    let index = match index_arg(interp, &internal[624])? {
        Value::Int(i) if (0..=624).contains(&i) => i as u32,
        Value::Int(_) => return Err(PyErr::new(ExcType::ValueError, "invalid state")),
        _ => return Err(PyErr::new(ExcType::OverflowError, "Python int too large to convert to C long")),
    };
    words.push(index);
    r.with(|mt| mt.setstate(&words, gauss_next))?;
    Ok(Value::None)
}

/// An argument of `randrange` (`start` is "arg 1"): an int through `__index__`, else
/// `int(v)` when that equals `v` (CPython deprecates this but accepts it).
fn randrange_arg(interp: &Interp, v: &Value, which: &str) -> PResult<Value> {
    let indexable = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(inst) => inst.class.lookup("__index__").is_some() || int_value(v).is_some(),
        _ => false,
    };
    if indexable {
        return index_arg(interp, v);
    }
    let i = match v {
        // `int(v)` itself for strings, so that `int('a')`'s `ValueError` comes through.
        Value::Str(_) => match interp.builtins.get("int") {
            Some(int) => interp.call_value(int, std::slice::from_ref(v), &[])?,
            None => interp.to_int(v)?,
        },
        _ => interp.to_int(v)?,
    };
    if !interp.eq(&i, v)? {
        return Err(PyErr::new(ExcType::ValueError, format!("non-integer {which} for randrange()")));
    }
    Ok(i)
}

fn to_bigint(v: &Value) -> BigInt {
    int_value(v).unwrap_or_default()
}

/// `randrange` on converted ints; `step` is `None` when not given (CPython's `step is _ONE`).
fn randrange_ints(r: &RandomObject, start: &Value, stop: Option<&Value>, step: Option<&Value>) -> PResult<Value> {
    // The common `randrange(a, b)` on machine ints draws without big-int arithmetic.
    if let (Value::Int(a), Some(Value::Int(b)), None | Some(Value::Int(1))) = (start, stop, step) {
        let width = i128::from(*b) - i128::from(*a);
        if width > 0 && width <= i128::from(u64::MAX) {
            let off = r.with(|mt| mt.randbelow_u64(width as u64));
            return Ok(Value::from_bigint(BigInt::from(i128::from(*a) + i128::from(off))));
        }
    }
    if let (Value::Int(n), None, None) = (start, stop, step) {
        if *n > 0 {
            return Ok(Value::Int(r.with(|mt| mt.randbelow_u64(*n as u64)) as i64));
        }
    }
    let start = to_bigint(start);
    let stop = stop.map(to_bigint);
    let step = step.map_or_else(BigInt::one, to_bigint);
    Ok(Value::from_bigint(r.with(|mt| mt.randrange(&start, stop.as_ref(), &step))?))
}

/// `Random.randrange(start, stop=None, step=1)`.
fn random_randrange(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("randrange", &["start", "stop", "step"], 1);
    let r = me(interp, args, "randrange")?;
    let slots = SIG.bind(args, kwargs)?;
    let start = randrange_arg(interp, slots[0].as_ref().unwrap_or(&Value::None), "arg 1")?;
    let stop = slots[1].as_ref().filter(|v| !v.is_none());
    // `step is _ONE` holds only for an int 1 (CPython caches small ints).
    let step = slots[2].as_ref().filter(|v| !matches!(v, Value::Int(1)));
    let Some(stop) = stop else {
        if step.is_some() {
            return Err(PyErr::new(ExcType::TypeError, "Missing a non-None stop argument"));
        }
        return randrange_ints(&r, &start, None, None);
    };
    let stop = randrange_arg(interp, stop, "stop")?;
    let step = step.map(|s| randrange_arg(interp, s, "step")).transpose()?;
    randrange_ints(&r, &start, Some(&stop), step.as_ref())
}

/// `Random.randint(a, b)`: `randrange(a, b + 1)`.
fn random_randint(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("randint", &["a", "b"], 2);
    let r = me(interp, args, "randint")?;
    let slots = SIG.bind(args, kwargs)?;
    let (a, b) = (slots[0].clone().unwrap_or(Value::None), slots[1].clone().unwrap_or(Value::None));
    if let (Value::Int(a), Value::Int(b)) = (&a, &b) {
        let width = i128::from(*b) + 1 - i128::from(*a);
        if width > 0 && width <= i128::from(u64::MAX) {
            let off = r.with(|mt| mt.randbelow_u64(width as u64));
            return Ok(Value::from_bigint(BigInt::from(i128::from(*a) + i128::from(off))));
        }
    }
    if let (Some(a), Some(b)) = (int_value(&a), int_value(&b)) {
        return Ok(Value::from_bigint(r.with(|mt| mt.randint(&a, &b))?));
    }
    let stop = interp.binary_op(BinOp::Add, &b, &Value::Int(1))?;
    let start = randrange_arg(interp, &a, "arg 1")?;
    let stop = randrange_arg(interp, &stop, "stop")?;
    randrange_ints(&r, &start, Some(&stop), None)
}

/// Item `i` of a sequence, through `__getitem__` (fast for lists and tuples).
fn item_at(interp: &Interp, seq: &Value, i: usize) -> PResult<Value> {
    match seq {
        Value::List(l) => {
            if let Some(v) = l.items.borrow().get(i) {
                return Ok(v.clone());
            }
        }
        Value::Tuple(t) => {
            if let Some(v) = t.items.get(i) {
                return Ok(v.clone());
            }
        }
        _ => {}
    }
    interp.get_item(seq, &Value::Int(i as i64))
}

/// `Random.choice(seq)`: `seq[randbelow(len(seq))]`.
fn random_choice(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("choice", &["seq"], 1);
    let r = me(interp, args, "choice")?;
    let slots = SIG.bind(args, kwargs)?;
    let seq = slots[0].clone().unwrap_or(Value::None);
    let n = interp.len_of(&seq)?;
    let i = r.with(|mt| mt.choice_index(n))?;
    item_at(interp, &seq, i)
}

/// `Random.shuffle(x)`: in place; a list is shuffled directly, any other mutable sequence
/// through `__getitem__`/`__setitem__` swaps.
fn random_shuffle(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("shuffle", &["x"], 1);
    let r = me(interp, args, "shuffle")?;
    let slots = SIG.bind(args, kwargs)?;
    let x = slots[0].clone().unwrap_or(Value::None);
    if let Value::List(l) = &x {
        let mut items = std::mem::take(&mut *l.items.borrow_mut());
        r.with(|mt| mt.shuffle(&mut items));
        *l.items.borrow_mut() = items;
        return Ok(Value::None);
    }
    let n = interp.len_of(&x)?;
    for i in (1..n).rev() {
        let j = r.with(|mt| mt.randbelow_u64(i as u64 + 1)) as usize;
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let at_j = interp.get_item(&x, &vj)?;
        let at_i = interp.get_item(&x, &vi)?;
        interp.set_item(&x, &vi, at_j)?;
        interp.set_item(&x, &vj, at_i)?;
    }
    Ok(Value::None)
}

/// `isinstance(v, collections.abc.Sequence)` as far as hyper's types go.
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => true,
        Value::Instance(inst) => {
            is_sequence(&inst.base_value.borrow())
                || inst.class.mro_iter().any(|c| {
                    (c.module == "collections.abc" && matches!(c.name.as_str(), "Sequence" | "MutableSequence"))
                        || (c.module == "collections" && c.name == "deque")
                })
        }
        _ => false,
    }
}

/// `Random.sample(population, k, *, counts=None)`.
fn random_sample(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("sample", &["population", "k", "counts"], 2).with_kwonly(2);
    let r = me(interp, args, "sample")?;
    let slots = SIG.bind(args, kwargs)?;
    let population = slots[0].clone().unwrap_or(Value::None);
    let k = slots[1].clone().unwrap_or(Value::None);
    if !is_sequence(&population) {
        return Err(PyErr::new(
            ExcType::TypeError,
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = interp.len_of(&population)?;
    if let Some(counts) = slots[2].as_ref().filter(|c| !c.is_none()) {
        return sample_with_counts(interp, &r, &population, n, counts, &k);
    }
    let k = sample_size(interp, &k)?;
    let indices = r.with(|mt| mt.sample_indices(n, k))?;
    let items = indices.into_iter().map(|i| item_at(interp, &population, i)).collect::<PResult<Vec<Value>>>()?;
    Ok(Value::list(items))
}

/// The `k` of `sample`: an int (CPython fails on `[None] * k` for other types).
fn sample_size(interp: &Interp, k: &Value) -> PResult<i64> {
    if let Value::Float(_) = k {
        return Err(PyErr::new(ExcType::TypeError, "can't multiply sequence by non-int of type 'float'"));
    }
    Ok(match index_arg(interp, k)? {
        Value::Int(k) => k,
        // Too large either way: `sample_indices` refuses it.
        _ => i64::MAX,
    })
}

/// `sample(population, k, counts=counts)`: a sample of `range(sum(counts))` mapped back to
/// the population by bisecting the running counts.
fn sample_with_counts(
    interp: &Interp,
    r: &RandomObject,
    population: &Value,
    n: usize,
    counts: &Value,
    k: &Value,
) -> PResult<Value> {
    let mut cum_counts = Vec::new();
    let mut total: i64 = 0;
    for c in interp.collect_iter(counts)? {
        let Some(c) = int_value(&c).and_then(|c| c.to_i64()) else {
            return Err(PyErr::new(ExcType::TypeError, "Counts must be integers"));
        };
        total = total
            .checked_add(c)
            .ok_or_else(|| PyErr::new(ExcType::OverflowError, "Python int too large to convert to C ssize_t"))?;
        cum_counts.push(total);
    }
    if cum_counts.len() != n {
        return Err(PyErr::new(ExcType::ValueError, "The number of counts does not match the population"));
    }
    cum_counts.pop();
    if total <= 0 {
        return Err(PyErr::new(ExcType::ValueError, "Total of counts must be greater than zero"));
    }
    let k = sample_size(interp, k)?;
    let selections = r.with(|mt| mt.sample_indices(total as usize, k))?;
    let items = selections
        .into_iter()
        .map(|s| item_at(interp, population, cum_counts.partition_point(|&c| c <= s as i64)))
        .collect::<PResult<Vec<Value>>>()?;
    Ok(Value::list(items))
}

/// The `k` of `choices`: `itertools.repeat(None, k)` needs an int; a negative `k` is 0.
fn choices_count(interp: &Interp, k: Option<&Value>) -> PResult<usize> {
    let Some(k) = k else { return Ok(1) };
    Ok(match index_arg(interp, k)? {
        Value::Int(k) => usize::try_from(k).unwrap_or(0),
        _ => return Err(PyErr::new(ExcType::OverflowError, "Python int too large to convert to C ssize_t")),
    })
}

/// Running sums of `weights` as floats (CPython's `list(accumulate(weights))`).
fn running_sums(interp: &Interp, weights: &Value) -> PResult<Vec<f64>> {
    let mut total = 0.0;
    let mut sums = Vec::new();
    for (i, w) in interp.collect_iter(weights)?.iter().enumerate() {
        let w = real_arg(interp, w)?;
        total = if i == 0 { w } else { total + w };
        sums.push(total);
    }
    Ok(sums)
}

/// `Random.choices(population, weights=None, *, cum_weights=None, k=1)`.
fn random_choices(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("choices", &["population", "weights", "cum_weights", "k"], 1).with_kwonly(2);
    let r = me(interp, args, "choices")?;
    let slots = SIG.bind(args, kwargs)?;
    let population = slots[0].clone().unwrap_or(Value::None);
    let weights = slots[1].as_ref().filter(|v| !v.is_none());
    let cum_weights = slots[2].as_ref().filter(|v| !v.is_none());
    let n = interp.len_of(&population)?;
    let cum = match (weights, cum_weights) {
        (None, None) => {
            let k = choices_count(interp, slots[3].as_ref())?;
            if n == 0 && k > 0 {
                // CPython draws once, then fails on `population[0]`.
                r.with(|mt| mt.random());
                return item_at(interp, &population, 0);
            }
            let indices = r.with(|mt| mt.choices_indices(n, k));
            let items = indices.into_iter().map(|i| item_at(interp, &population, i));
            return Ok(Value::list(items.collect::<PResult<Vec<Value>>>()?));
        }
        (Some(w), None) => {
            if let Value::Int(k) = w {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("The number of choices must be a keyword argument: k={k}"),
                ));
            }
            running_sums(interp, w)?
        }
        (None, Some(c)) => {
            interp.collect_iter(c)?.iter().map(|v| real_arg(interp, v)).collect::<PResult<Vec<f64>>>()?
        }
        (Some(_), Some(_)) => {
            return Err(PyErr::new(ExcType::TypeError, "Cannot specify both weights and cumulative weights"))
        }
    };
    let k = choices_count(interp, slots[3].as_ref())?;
    let indices = r.with(|mt| mt.choices_weighted_indices(n, &cum, k))?;
    let items = indices.into_iter().map(|i| item_at(interp, &population, i)).collect::<PResult<Vec<Value>>>()?;
    Ok(Value::list(items))
}

/// `Random.uniform(a, b)`: `a + (b - a) * random()`; for two ints `b - a` is exact, as
/// Python computes it before converting to float.
fn random_uniform(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("uniform", &["a", "b"], 2);
    let r = me(interp, args, "uniform")?;
    let slots = SIG.bind(args, kwargs)?;
    let (a, b) = (slots[0].clone().unwrap_or(Value::None), slots[1].clone().unwrap_or(Value::None));
    let (Some(ia), Some(ib)) = (int_value(&a), int_value(&b)) else {
        let (a, b) = (real_arg(interp, &a)?, real_arg(interp, &b)?);
        return Ok(Value::Float(r.with(|mt| mt.uniform(a, b))));
    };
    let width = real_arg(interp, &Value::from_bigint(ib - ia))?;
    let a = real_arg(interp, &a)?;
    Ok(Value::Float(a + width * r.with(|mt| mt.random())))
}

/// `Random.triangular(low=0.0, high=1.0, mode=None)`; with a mode and `high == low` it
/// returns `low` itself, as CPython's `except ZeroDivisionError: return low`.
fn random_triangular(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("triangular", &["low", "high", "mode"], 0);
    let r = me(interp, args, "triangular")?;
    let slots = SIG.bind(args, kwargs)?;
    let low = slots[0].as_ref().map(|v| real_arg(interp, v)).transpose()?.unwrap_or(0.0);
    let high = slots[1].as_ref().map(|v| real_arg(interp, v)).transpose()?.unwrap_or(1.0);
    let mode = slots[2].as_ref().filter(|v| !v.is_none()).map(|v| real_arg(interp, v)).transpose()?;
    let x = r.with(|mt| mt.triangular(low, high, mode));
    if mode.is_some() && high - low == 0.0 {
        return Ok(slots[0].clone().unwrap_or(Value::Float(0.0)));
    }
    Ok(Value::Float(x))
}

/// `Random.gauss(mu=0.0, sigma=1.0)`.
fn random_gauss(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("gauss", &["mu", "sigma"], 0);
    let r = me(interp, args, "gauss")?;
    let [mu, sigma] = real_params(interp, &SIG, args, kwargs, [0.0, 1.0])?;
    Ok(Value::Float(r.with(|mt| mt.gauss(mu, sigma))))
}

/// `Random.normalvariate(mu=0.0, sigma=1.0)`.
fn random_normalvariate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("normalvariate", &["mu", "sigma"], 0);
    let r = me(interp, args, "normalvariate")?;
    let [mu, sigma] = real_params(interp, &SIG, args, kwargs, [0.0, 1.0])?;
    Ok(Value::Float(r.with(|mt| mt.normalvariate(mu, sigma))))
}

/// `Random.lognormvariate(mu, sigma)`.
fn random_lognormvariate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("lognormvariate", &["mu", "sigma"], 2);
    let r = me(interp, args, "lognormvariate")?;
    let [mu, sigma] = real_params(interp, &SIG, args, kwargs, [0.0, 0.0])?;
    Ok(Value::Float(r.with(|mt| mt.lognormvariate(mu, sigma))?))
}

/// `Random.expovariate(lambd)`.
fn random_expovariate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("expovariate", &["lambd"], 1);
    let r = me(interp, args, "expovariate")?;
    let [lambd] = real_params(interp, &SIG, args, kwargs, [0.0])?;
    Ok(Value::Float(r.with(|mt| mt.expovariate(lambd))?))
}

/// `Random.vonmisesvariate(mu, kappa)`.
fn random_vonmisesvariate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("vonmisesvariate", &["mu", "kappa"], 2);
    let r = me(interp, args, "vonmisesvariate")?;
    let [mu, kappa] = real_params(interp, &SIG, args, kwargs, [0.0, 0.0])?;
    Ok(Value::Float(r.with(|mt| mt.vonmisesvariate(mu, kappa))?))
}

/// `Random.gammavariate(alpha, beta)`.
fn random_gammavariate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("gammavariate", &["alpha", "beta"], 2);
    let r = me(interp, args, "gammavariate")?;
    let [alpha, beta] = real_params(interp, &SIG, args, kwargs, [0.0, 0.0])?;
    Ok(Value::Float(r.with(|mt| mt.gammavariate(alpha, beta))?))
}

/// `Random.betavariate(alpha, beta)`.
fn random_betavariate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("betavariate", &["alpha", "beta"], 2);
    let r = me(interp, args, "betavariate")?;
    let [alpha, beta] = real_params(interp, &SIG, args, kwargs, [0.0, 0.0])?;
    Ok(Value::Float(r.with(|mt| mt.betavariate(alpha, beta))?))
}

/// `Random.paretovariate(alpha)`.
fn random_paretovariate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("paretovariate", &["alpha"], 1);
    let r = me(interp, args, "paretovariate")?;
    let [alpha] = real_params(interp, &SIG, args, kwargs, [0.0])?;
    Ok(Value::Float(r.with(|mt| mt.paretovariate(alpha))?))
}

/// `Random.weibullvariate(alpha, beta)`.
fn random_weibullvariate(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    const SIG: Signature = Signature::new("weibullvariate", &["alpha", "beta"], 2);
    let r = me(interp, args, "weibullvariate")?;
    let [alpha, beta] = real_params(interp, &SIG, args, kwargs, [0.0, 0.0])?;
    Ok(Value::Float(r.with(|mt| mt.weibullvariate(alpha, beta))?))
}
