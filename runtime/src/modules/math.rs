//! The `math` module: CPython's argument conversion and error mapping around the algorithms
//! of `math/functions.rs`.
//!
//! Invariant: float arguments convert as CPython's `PyFloat_AsDouble` (float, int, bool,
//! `__float__`, `__index__`; otherwise `TypeError: must be real number, not T`), integer
//! arguments as `PyNumber_Index`; a `MathError` becomes the Python exception it names.
//! Invariant: argument-count and keyword messages are the ones CPython 3.11 prints for the
//! same call (`math.sqrt() takes exactly one argument (0 given)`, `pow expected 2 arguments,
//! got 1`, `math.log requires 1 to 2 arguments`).
//!
//! Not here: `gamma`, `lgamma`, `erf`, `erfc`, `nextafter`, `ulp` (no algorithm yet).

// The error kinds are named after the Python exceptions they become.
#[allow(clippy::enum_variant_names)]
mod functions;

use crate::builtins::args::{check_count, kwarg, no_kwargs};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::modules::{add_fn, new_module};
use crate::object::function::{Kwargs, NativeFn};
use crate::value::Value;
use functions::{LogArg, MathError, MathErrorKind};
use lang::ast::BinOp;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::f64::consts::{E, PI, TAU};
use std::rc::Rc;

impl From<MathError> for PyErr {
    #[cold]
    fn from(e: MathError) -> PyErr {
        let typ = match e.kind {
            MathErrorKind::ValueError => ExcType::ValueError,
            MathErrorKind::OverflowError => ExcType::OverflowError,
            MathErrorKind::TypeError => ExcType::TypeError,
            MathErrorKind::ZeroDivisionError => ExcType::ZeroDivisionError,
        };
        PyErr::new(typ, e.message)
    }
}

pub fn make(_interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("math");
    let functions: &[(&str, NativeFn)] = &[
        ("sqrt", math_sqrt),
        ("cbrt", math_cbrt),
        ("exp", math_exp),
        ("exp2", math_exp2),
        ("expm1", math_expm1),
        ("log1p", math_log1p),
        ("sin", math_sin),
        ("cos", math_cos),
        ("tan", math_tan),
        ("asin", math_asin),
        ("acos", math_acos),
        ("atan", math_atan),
        ("sinh", math_sinh),
        ("cosh", math_cosh),
        ("tanh", math_tanh),
        ("asinh", math_asinh),
        ("acosh", math_acosh),
        ("atanh", math_atanh),
        ("fabs", math_fabs),
        ("degrees", math_degrees),
        ("radians", math_radians),
        ("isnan", math_isnan),
        ("isinf", math_isinf),
        ("isfinite", math_isfinite),
        ("floor", math_floor),
        ("ceil", math_ceil),
        ("trunc", math_trunc),
        ("log", math_log),
        ("log2", math_log2),
        ("log10", math_log10),
        ("pow", math_pow),
        ("atan2", math_atan2),
        ("copysign", math_copysign),
        ("fmod", math_fmod),
        ("remainder", math_remainder),
        ("modf", math_modf),
        ("frexp", math_frexp),
        ("ldexp", math_ldexp),
        ("hypot", math_hypot),
        ("dist", math_dist),
        ("isclose", math_isclose),
        ("fsum", math_fsum),
        ("prod", math_prod),
        ("gcd", math_gcd),
        ("lcm", math_lcm),
        ("isqrt", math_isqrt),
        ("factorial", math_factorial),
        ("comb", math_comb),
        ("perm", math_perm),
    ];
    for (name, f) in functions {
        add_fn(&m, name, *f);
    }
    m.set("pi", Value::Float(PI));
    m.set("e", Value::Float(E));
    m.set("tau", Value::Float(TAU));
    m.set("inf", Value::Float(f64::INFINITY));
    m.set("nan", Value::Float(f64::NAN));
    Ok(m)
}

/// An int too large for a float: `OverflowError`, as `PyLong_AsDouble`.
#[cold]
fn int_too_large() -> PyErr {
    PyErr::new(ExcType::OverflowError, "int too large to convert to float")
}

/// `PyLong_AsDouble` of a big int.
fn bigint_to_real(n: &BigInt) -> PResult<f64> {
    functions::int_to_float(n).ok_or_else(int_too_large)
}

/// A float argument, converted as CPython's `PyFloat_AsDouble`: floats (and float
/// subclasses) as they are, ints exactly rounded, then `__float__`, then `__index__`.
pub fn real_arg(interp: &Interp, v: &Value) -> PResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(n) => bigint_to_real(n),
        Value::Instance(inst) => {
            let base = inst.base_value.borrow().clone();
            if let Value::Float(x) = base {
                return Ok(x);
            }
            if let Some(m) = inst.class.lookup("__float__") {
                let r = interp.call_value(&m, std::slice::from_ref(v), &[])?;
                return match &r {
                    Value::Float(x) => Ok(*x),
                    Value::Instance(ri) if matches!(*ri.base_value.borrow(), Value::Float(_)) => real_arg(interp, &r),
                    _ => Err(PyErr::new(
                        ExcType::TypeError,
                        format!("{}.__float__ returned non-float (type {})", inst.class.name, interp.type_name(&r)),
                    )),
                };
            }
            if inst.class.lookup("__index__").is_some() {
                return match index_arg(interp, v)? {
                    Value::BigInt(n) => bigint_to_real(&n),
                    i => real_arg(interp, &i),
                };
            }
            match base {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => real_arg(interp, &base),
                _ => Err(not_real(interp, v)),
            }
        }
        _ => Err(not_real(interp, v)),
    }
}

#[cold]
fn not_real(interp: &Interp, v: &Value) -> PyErr {
    PyErr::new(ExcType::TypeError, format!("must be real number, not {}", interp.type_name(v)))
}

/// An integer argument, converted as CPython's `PyNumber_Index`: an `Int` or `BigInt` value
/// (bools become ints), calling `__index__` on instances.
pub fn index_arg(interp: &Interp, v: &Value) -> PResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Instance(inst) => {
            if let Some(m) = inst.class.lookup("__index__") {
                let r = interp.call_value(&m, std::slice::from_ref(v), &[])?;
                return match &r {
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => index_arg(interp, &r),
                    Value::Instance(ri) if matches!(*ri.base_value.borrow(), Value::Int(_) | Value::BigInt(_)) => {
                        index_arg(interp, &r)
                    }
                    _ => Err(PyErr::new(
                        ExcType::TypeError,
                        format!("__index__ returned non-int (type {})", interp.type_name(&r)),
                    )),
                };
            }
            let base = inst.base_value.borrow().clone();
            match base {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => index_arg(interp, &base),
                _ => Err(not_integer(interp, v)),
            }
        }
        _ => Err(not_integer(interp, v)),
    }
}

#[cold]
fn not_integer(interp: &Interp, v: &Value) -> PyErr {
    PyErr::new(ExcType::TypeError, format!("'{}' object cannot be interpreted as an integer", interp.type_name(v)))
}

/// An integer argument as a `BigInt` (`index_arg`, widened).
pub fn bigint_arg(interp: &Interp, v: &Value) -> PResult<BigInt> {
    Ok(match index_arg(interp, v)? {
        Value::BigInt(n) => (*n).clone(),
        Value::Int(i) => BigInt::from(i),
        _ => BigInt::from(0),
    })
}

/// The int inside `v` when it is an int (`PyLong_Check`: ints, bools, int subclasses).
fn as_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
        Value::BigInt(n) => Some((**n).clone()),
        Value::Instance(inst) => as_int(&inst.base_value.borrow()),
        _ => None,
    }
}

/// The single argument of a `METH_O` function `math.NAME`.
fn one_arg<'a>(name: &str, args: &'a [Value], kwargs: &Kwargs) -> PResult<&'a Value> {
    no_kwargs(format_args!("math.{name}"), kwargs)?;
    check_count(format_args!("math.{name}"), args, 1, 1)?;
    Ok(&args[0])
}

/// The two arguments of a positional-only two-argument function `math.NAME`.
fn two_args<'a>(name: &str, args: &'a [Value], kwargs: &Kwargs) -> PResult<(&'a Value, &'a Value)> {
    no_kwargs(format_args!("math.{name}"), kwargs)?;
    check_count(name, args, 2, 2)?;
    Ok((&args[0], &args[1]))
}

/// Defines `fn(x: float) -> float` functions, one row each: the native, its Python name and
/// the algorithm in `functions.rs`.
macro_rules! float_1_functions {
    ($($native:ident, $name:literal => $func:expr;)*) => {
        $(
            #[doc = concat!("Python's `math.", $name, "(x)`.")]
            fn $native(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
                let x = real_arg(interp, one_arg($name, args, kwargs)?)?;
                let r: Result<f64, MathError> = $func(x);
                Ok(Value::Float(r?))
            }
        )*
    };
}

float_1_functions! {
    math_sqrt, "sqrt" => functions::sqrt;
    math_cbrt, "cbrt" => functions::cbrt;
    math_exp, "exp" => functions::exp;
    math_exp2, "exp2" => functions::exp2;
    math_expm1, "expm1" => functions::expm1;
    math_log1p, "log1p" => functions::log1p;
    math_sin, "sin" => functions::sin;
    math_cos, "cos" => functions::cos;
    math_tan, "tan" => functions::tan;
    math_asin, "asin" => functions::asin;
    math_acos, "acos" => functions::acos;
    math_atan, "atan" => functions::atan;
    math_sinh, "sinh" => functions::sinh;
    math_cosh, "cosh" => functions::cosh;
    math_tanh, "tanh" => functions::tanh;
    math_asinh, "asinh" => functions::asinh;
    math_acosh, "acosh" => functions::acosh;
    math_atanh, "atanh" => functions::atanh;
    math_fabs, "fabs" => |x| Ok(functions::fabs(x));
    math_degrees, "degrees" => |x| Ok(functions::degrees(x));
    math_radians, "radians" => |x| Ok(functions::radians(x));
}

/// Defines `fn(x: float) -> bool` functions.
macro_rules! float_predicates {
    ($($native:ident, $name:literal => $func:path;)*) => {
        $(
            #[doc = concat!("Python's `math.", $name, "(x)`.")]
            fn $native(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
                let x = real_arg(interp, one_arg($name, args, kwargs)?)?;
                Ok(Value::Bool($func(x)))
            }
        )*
    };
}

float_predicates! {
    math_isnan, "isnan" => functions::isnan;
    math_isinf, "isinf" => functions::isinf;
    math_isfinite, "isfinite" => functions::isfinite;
}

/// Defines `fn(x: float, y: float) -> float` functions.
macro_rules! float_2_functions {
    ($($native:ident, $name:literal => $func:expr;)*) => {
        $(
            #[doc = concat!("Python's `math.", $name, "(x, y)`.")]
            fn $native(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
                let (x, y) = two_args($name, args, kwargs)?;
                let x = real_arg(interp, x)?;
                let y = real_arg(interp, y)?;
                let r: Result<f64, MathError> = $func(x, y);
                Ok(Value::Float(r?))
            }
        )*
    };
}

float_2_functions! {
    math_pow, "pow" => functions::pow;
    math_atan2, "atan2" => functions::atan2;
    math_copysign, "copysign" => |x, y| Ok(functions::copysign(x, y));
    math_fmod, "fmod" => functions::fmod;
    math_remainder, "remainder" => functions::remainder;
}

/// Which of `floor`, `ceil` and `trunc` a call is.
#[derive(Clone, Copy)]
enum Rounding {
    Floor,
    Ceil,
    Trunc,
}

impl Rounding {
    fn name(self) -> &'static str {
        match self {
            Rounding::Floor => "floor",
            Rounding::Ceil => "ceil",
            Rounding::Trunc => "trunc",
        }
    }

    fn dunder(self) -> &'static str {
        match self {
            Rounding::Floor => "__floor__",
            Rounding::Ceil => "__ceil__",
            Rounding::Trunc => "__trunc__",
        }
    }

    fn of_float(self, x: f64) -> PResult<Value> {
        let n = match self {
            Rounding::Floor => functions::floor(x)?,
            Rounding::Ceil => functions::ceil(x)?,
            Rounding::Trunc => functions::trunc(x)?,
        };
        Ok(Value::from_bigint(n))
    }
}

/// Python's `math.floor`, `math.ceil` and `math.trunc`: ints come back unchanged, floats are
/// rounded to an int, other objects use their `__floor__`/`__ceil__`/`__trunc__`; `floor`
/// and `ceil` then fall back to `float(x)`, `trunc` raises `TypeError`.
fn round_to_int(interp: &Interp, how: Rounding, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let x = one_arg(how.name(), args, kwargs)?;
    match x {
        Value::Float(f) => how.of_float(*f),
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Instance(inst) => {
            if let Some(m) = inst.class.lookup(how.dunder()) {
                return interp.call_value(&m, std::slice::from_ref(x), &[]);
            }
            let base = inst.base_value.borrow().clone();
            match base {
                Value::Float(f) => how.of_float(f),
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => index_arg(interp, &base),
                _ => match how {
                    Rounding::Trunc => Err(no_trunc(interp, x)),
                    _ => how.of_float(real_arg(interp, x)?),
                },
            }
        }
        _ => match how {
            Rounding::Trunc => Err(no_trunc(interp, x)),
            _ => how.of_float(real_arg(interp, x)?),
        },
    }
}

#[cold]
fn no_trunc(interp: &Interp, x: &Value) -> PyErr {
    PyErr::new(ExcType::TypeError, format!("type {} doesn't define __trunc__ method", interp.type_name(x)))
}

/// Python's `math.floor(x)`.
fn math_floor(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    round_to_int(interp, Rounding::Floor, args, kwargs)
}

/// Python's `math.ceil(x)`.
fn math_ceil(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    round_to_int(interp, Rounding::Ceil, args, kwargs)
}

/// Python's `math.trunc(x)`.
fn math_trunc(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    round_to_int(interp, Rounding::Trunc, args, kwargs)
}

/// A logarithm argument: ints (however large) stay ints, as in CPython's `loghelper`.
enum LogValue {
    Int(BigInt),
    Float(f64),
}

impl LogValue {
    fn of(interp: &Interp, v: &Value) -> PResult<LogValue> {
        Ok(match as_int(v) {
            Some(n) => LogValue::Int(n),
            None => LogValue::Float(real_arg(interp, v)?),
        })
    }

    fn arg(&self) -> LogArg<'_> {
        match self {
            LogValue::Int(n) => LogArg::Int(n),
            LogValue::Float(x) => LogArg::Float(*x),
        }
    }
}

/// Python's `math.log(x[, base])`.
fn math_log(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("log", kwargs)?;
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::new(ExcType::TypeError, "math.log requires 1 to 2 arguments"));
    }
    let x = LogValue::of(interp, &args[0])?;
    let base = args.get(1).map(|b| LogValue::of(interp, b)).transpose()?;
    let r = match (&x, &base) {
        (LogValue::Float(x), None) => functions::log(*x, None),
        (LogValue::Float(x), Some(LogValue::Float(b))) => functions::log(*x, Some(*b)),
        (LogValue::Int(n), None) => functions::log_bigint(n, None),
        (LogValue::Int(n), Some(LogValue::Float(b))) => functions::log_bigint(n, Some(*b)),
        (_, Some(b)) => functions::log_of(x.arg(), Some(b.arg())),
    };
    Ok(Value::Float(r?))
}

/// Python's `math.log2(x)`.
fn math_log2(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let r = match LogValue::of(interp, one_arg("log2", args, kwargs)?)? {
        LogValue::Float(x) => functions::log2(x),
        x => functions::log2_of(x.arg()),
    };
    Ok(Value::Float(r?))
}

/// Python's `math.log10(x)`.
fn math_log10(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let r = match LogValue::of(interp, one_arg("log10", args, kwargs)?)? {
        LogValue::Float(x) => functions::log10(x),
        x => functions::log10_of(x.arg()),
    };
    Ok(Value::Float(r?))
}

/// Python's `math.modf(x)`: `(fractional part, integer part)`.
fn math_modf(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let x = real_arg(interp, one_arg("modf", args, kwargs)?)?;
    let (frac, int_part) = functions::modf(x);
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int_part)]))
}

/// Python's `math.frexp(x)`: `(m, e)`.
fn math_frexp(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let x = real_arg(interp, one_arg("frexp", args, kwargs)?)?;
    let (m, e) = functions::frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// Python's `math.ldexp(x, i)`. As in CPython, `i` must be an int (no `__index__`), and an
/// int beyond the C long range is clamped, which still overflows or underflows correctly.
fn math_ldexp(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let (x, i) = two_args("ldexp", args, kwargs)?;
    let x = real_arg(interp, x)?;
    let Some(i) = as_int(i) else {
        return Err(PyErr::new(ExcType::TypeError, "Expected an int as second argument to ldexp."));
    };
    let i = i.to_i64().unwrap_or(if i.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX });
    Ok(Value::Float(functions::ldexp(x, i)?))
}

/// Python's `math.hypot(*coordinates)`.
fn math_hypot(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("math.hypot", kwargs)?;
    let coords = args.iter().map(|v| real_arg(interp, v)).collect::<PResult<Vec<f64>>>()?;
    Ok(Value::Float(functions::hypot(&coords)))
}

/// The coordinates of a point given to `math.dist`: CPython takes `tuple(p)` of a non-tuple.
fn point(interp: &Interp, v: &Value) -> PResult<Vec<Value>> {
    match v {
        Value::Tuple(t) => Ok(t.items.to_vec()),
        _ => interp.collect_iter(v),
    }
}

/// Python's `math.dist(p, q)`.
fn math_dist(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let (p, q) = two_args("dist", args, kwargs)?;
    let p = point(interp, p)?;
    let q = point(interp, q)?;
    if p.len() != q.len() {
        return Err(PyErr::new(ExcType::ValueError, "both points must have the same number of dimensions"));
    }
    let p = p.iter().map(|v| real_arg(interp, v)).collect::<PResult<Vec<f64>>>()?;
    let q = q.iter().map(|v| real_arg(interp, v)).collect::<PResult<Vec<f64>>>()?;
    Ok(Value::Float(functions::dist(&p, &q)?))
}

/// Python's `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`, with Argument Clinic's
/// messages for its signature.
fn math_isclose(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    if args.len() > 2 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("isclose() takes exactly 2 positional arguments ({} given)", args.len()),
        ));
    }
    let mut ab = [&Value::None; 2];
    for (pos, name) in ["a", "b"].iter().enumerate() {
        let Some(v) = args.get(pos).or_else(|| kwarg(kwargs, name)) else {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("isclose() missing required argument '{name}' (pos {})", pos + 1),
            ));
        };
        ab[pos] = v;
    }
    for (k, _) in kwargs {
        let pos = match &**k {
            "a" => 0,
            "b" => 1,
            "rel_tol" | "abs_tol" => continue,
            _ => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("'{k}' is an invalid keyword argument for isclose()"),
                ))
            }
        };
        if pos < args.len() {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("argument for isclose() given by name ('{k}') and position ({})", pos + 1),
            ));
        }
    }
    let a = real_arg(interp, ab[0])?;
    let b = real_arg(interp, ab[1])?;
    let rel_tol = kwarg(kwargs, "rel_tol").map(|v| real_arg(interp, v)).transpose()?.unwrap_or(1e-9);
    let abs_tol = kwarg(kwargs, "abs_tol").map(|v| real_arg(interp, v)).transpose()?.unwrap_or(0.0);
    Ok(Value::Bool(functions::isclose(a, b, rel_tol, abs_tol)?))
}

/// Python's `math.fsum(iterable)`: items are converted and added in iteration order.
fn math_fsum(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let iterable = one_arg("fsum", args, kwargs)?;
    // A list of floats needs no conversion that could run Python code.
    if let Value::List(l) = iterable {
        let floats: Option<Vec<f64>> =
            l.items.borrow().iter().map(|v| if let Value::Float(x) = v { Some(*x) } else { None }).collect();
        if let Some(floats) = floats {
            return Ok(Value::Float(functions::fsum(&floats)?));
        }
    }
    let it = interp.get_iter(iterable)?;
    let mut sum = functions::Fsum::new();
    while let Some(item) = interp.iter_next(&it)? {
        sum.add(real_arg(interp, &item)?)?;
    }
    Ok(Value::Float(sum.finish()?))
}

/// Python's `math.prod(iterable, /, *, start=1)`: `start * item0 * item1 * …` with Python's
/// `*`, so any type that multiplies works (`prod(['a', 2])` is `'aa'`).
fn math_prod(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("prod() takes exactly 1 positional argument ({} given)", args.len()),
        ));
    }
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| &**k != "start") {
        return Err(PyErr::new(ExcType::TypeError, format!("'{k}' is an invalid keyword argument for prod()")));
    }
    let mut acc = kwarg(kwargs, "start").cloned().unwrap_or(Value::Int(1));
    let it = interp.get_iter(&args[0])?;
    while let Some(item) = interp.iter_next(&it)? {
        acc = interp.binary_op(BinOp::Mult, &acc, &item)?;
    }
    Ok(acc)
}

/// Python's `math.gcd(*integers)`.
fn math_gcd(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("math.gcd", kwargs)?;
    let ints = args.iter().map(|v| bigint_arg(interp, v)).collect::<PResult<Vec<BigInt>>>()?;
    Ok(Value::from_bigint(functions::gcd(&ints)))
}

/// Python's `math.lcm(*integers)`.
fn math_lcm(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("math.lcm", kwargs)?;
    let ints = args.iter().map(|v| bigint_arg(interp, v)).collect::<PResult<Vec<BigInt>>>()?;
    Ok(Value::from_bigint(functions::lcm(&ints)))
}

/// Python's `math.isqrt(n)`.
fn math_isqrt(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let n = bigint_arg(interp, one_arg("isqrt", args, kwargs)?)?;
    Ok(Value::from_bigint(functions::isqrt(&n)?))
}

/// Python's `math.factorial(n)`.
fn math_factorial(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let n = bigint_arg(interp, one_arg("factorial", args, kwargs)?)?;
    Ok(Value::from_bigint(functions::factorial(&n)?))
}

/// Python's `math.comb(n, k)`.
fn math_comb(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let (n, k) = two_args("comb", args, kwargs)?;
    let n = bigint_arg(interp, n)?;
    let k = bigint_arg(interp, k)?;
    Ok(Value::from_bigint(functions::comb(&n, &k)?))
}

/// Python's `math.perm(n, k=None)`.
fn math_perm(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    no_kwargs("math.perm", kwargs)?;
    check_count("perm", args, 1, 2)?;
    let n = bigint_arg(interp, &args[0])?;
    let k = match args.get(1) {
        None | Some(Value::None) => None,
        Some(k) => Some(bigint_arg(interp, k)?),
    };
    Ok(Value::from_bigint(functions::perm(&n, k.as_ref())?))
}

/// Defines the C-ABI entry points compiled code calls for `math.<name>(x)` of a float: the
/// very function the module runs, with an error as NaN (compiled code exits on a result
/// that is not finite, and the interpreter then raises what the module raises).
macro_rules! compiled_float_1 {
    ($($entry:ident, $name:literal => $func:expr;)*) => {
        $(
            extern "C" fn $entry(x: f64) -> f64 {
                let f: fn(f64) -> Result<f64, MathError> = $func;
                f(x).unwrap_or(f64::NAN)
            }
        )*

        /// The C-ABI function compiled code may call for `math.<name>(x)` with a finite float
        /// `x`: the module's own computation, giving the same bits. A result that is not
        /// finite (NaN stands for an error) must be left to the module itself.
        pub fn compiled_float_function(name: &str) -> Option<extern "C" fn(f64) -> f64> {
            match name {
                $($name => Some($entry as extern "C" fn(f64) -> f64),)*
                _ => None,
            }
        }
    };
}

compiled_float_1! {
    compiled_exp, "exp" => functions::exp;
    compiled_exp2, "exp2" => functions::exp2;
    compiled_expm1, "expm1" => functions::expm1;
    compiled_log1p, "log1p" => functions::log1p;
    compiled_sin, "sin" => functions::sin;
    compiled_cos, "cos" => functions::cos;
    compiled_tan, "tan" => functions::tan;
    compiled_asin, "asin" => functions::asin;
    compiled_acos, "acos" => functions::acos;
    compiled_atan, "atan" => functions::atan;
    compiled_sinh, "sinh" => functions::sinh;
    compiled_cosh, "cosh" => functions::cosh;
    compiled_tanh, "tanh" => functions::tanh;
    compiled_cbrt, "cbrt" => functions::cbrt;
    compiled_log, "log" => |x| functions::log(x, None);
    compiled_log2, "log2" => functions::log2;
    compiled_log10, "log10" => functions::log10;
}
