//! The algorithms behind Python's `math` module, ported from CPython 3.11's `Modules/mathmodule.c`
//! so that results, special values and error messages are CPython's.
//!
//! Invariant: every float function goes through the same libm call CPython makes (Rust's `f64`
//! methods call the platform libm for these), through a port of glibc's routine where Rust's
//! method is not a libm call (`functions/glibc.rs`), or through a line-for-line port of CPython's
//! own C code (`vector_norm`, `fsum`, `m_atan2`, `m_remainder`, `loghelper`, `math_pow`).
//! Invariant: error mapping follows `math_1`/`math_2`/`is_error`: a NaN from non-NaN input is
//! `ValueError: math domain error`, an infinity from finite input is `OverflowError: math range
//! error` (or a domain error where CPython says the function has a singularity there).
//! Invariant: nothing here panics on any input.
//!
//! Not here: argument conversion (`__index__`, `__float__`, `__floor__`, the `TypeError`s for
//! non-numbers) and int-to-float conversion errors of arguments; the caller does those first.
//! Also not here: `gamma`, `lgamma`, `erf`, `erfc`, `prod`, `nextafter`, `ulp`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::f64::consts::PI;

mod glibc;

/// Which Python exception a `MathError` becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathErrorKind {
    ValueError,
    OverflowError,
    TypeError,
    ZeroDivisionError,
}

/// A Python-level failure of a `math` function: the exception type and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MathError {
    pub kind: MathErrorKind,
    pub message: String,
}

impl MathError {
    #[cold]
    fn new(kind: MathErrorKind, message: impl Into<String>) -> MathError {
        MathError { kind, message: message.into() }
    }

    #[cold]
    fn domain() -> MathError {
        MathError::new(MathErrorKind::ValueError, "math domain error")
    }

    #[cold]
    fn range() -> MathError {
        MathError::new(MathErrorKind::OverflowError, "math range error")
    }

    #[cold]
    fn value(message: impl Into<String>) -> MathError {
        MathError::new(MathErrorKind::ValueError, message)
    }
}

/// The result of a `math` function.
pub type MathResult<T> = Result<T, MathError>;

/// CPython's `math_1`: wraps a one-argument libm function with the NaN/infinity rules.
fn math_1(x: f64, func: fn(f64) -> f64, can_overflow: bool) -> MathResult<f64> {
    let r = func(x);
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { MathError::range() } else { MathError::domain() });
    }
    Ok(r)
}

/// CPython's `math_2`: a NaN from non-NaN inputs is a domain error, an infinity from finite
/// inputs a range error.
fn math_2(x: f64, y: f64, func: fn(f64, f64) -> f64) -> MathResult<f64> {
    let r = func(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::range());
    }
    Ok(r)
}

/// Defines one-argument functions that are libm calls wrapped by `math_1`, one table row each:
/// the Python name, the function, and whether an infinite result from finite input is an
/// overflow (`true`) rather than a singularity.
macro_rules! math_1_functions {
    ($($(#[$doc:meta])* $name:ident = $func:expr, $can_overflow:expr;)*) => {
        $($(#[$doc])* pub fn $name(x: f64) -> MathResult<f64> {
            math_1(x, $func, $can_overflow)
        })*
    };
}

math_1_functions! {
    /// Python's `math.sqrt(x)`.
    sqrt = f64::sqrt, false;
    /// Python's `math.exp(x)`; `exp(1000)` is `OverflowError`; an underflow returns 0.0.
    exp = f64::exp, true;
    /// Python's `math.exp2(x)`.
    exp2 = f64::exp2, true;
    /// Python's `math.expm1(x)`.
    expm1 = f64::exp_m1, true;
    /// Python's `math.log1p(x)`; CPython's `_Py_log1p` keeps the sign of a zero argument.
    log1p = |x| if x == 0.0 { x } else { x.ln_1p() }, false;
    /// Python's `math.sin(x)`.
    sin = f64::sin, false;
    /// Python's `math.cos(x)`.
    cos = f64::cos, false;
    /// Python's `math.tan(x)`.
    tan = f64::tan, false;
    /// Python's `math.asin(x)`.
    asin = f64::asin, false;
    /// Python's `math.acos(x)`.
    acos = f64::acos, false;
    /// Python's `math.atan(x)`.
    atan = f64::atan, false;
    /// Python's `math.sinh(x)`.
    sinh = f64::sinh, true;
    /// Python's `math.cosh(x)`.
    cosh = f64::cosh, true;
    /// Python's `math.tanh(x)`.
    tanh = f64::tanh, false;
}

/// Python's `math.cbrt(x)`. CPython calls libm's `cbrt`; Rust's `f64::cbrt` is a different
/// (correctly rounded) implementation, so this ports glibc's `s_cbrt.c` to get glibc's bits.
pub fn cbrt(x: f64) -> MathResult<f64> {
    math_1(x, glibc::cbrt, false)
}

/// Python's `math.asinh(x)`: glibc's `s_asinh.c` (fdlibm), because Rust's `f64::asinh` is not
/// libm's and differs in the last bit.
pub fn asinh(x: f64) -> MathResult<f64> {
    math_1(x, glibc::asinh, false)
}

/// Python's `math.acosh(x)`: glibc's `e_acosh.c` (fdlibm); `acosh(x < 1)` is a domain error.
pub fn acosh(x: f64) -> MathResult<f64> {
    math_1(x, glibc::acosh, false)
}

/// Python's `math.atanh(x)`: glibc's `e_atanh.c`; `atanh(±1)` is a domain error (CPython's
/// singularity rule), `|x| > 1` too.
pub fn atanh(x: f64) -> MathResult<f64> {
    math_1(x, glibc::atanh, false)
}

/// Python's `math.fabs(x)`.
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

/// Python's `math.atan2(y, x)` (CPython's `m_atan2`, which settles the special values itself
/// before calling libm).
pub fn atan2(y: f64, x: f64) -> MathResult<f64> {
    math_2(y, x, m_atan2)
}

fn m_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let angle = if x.is_sign_positive() { 0.25 * PI } else { 0.75 * PI };
            return angle.copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    y.atan2(x)
}

/// Python's `math.copysign(x, y)`.
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// Python's `math.fmod(x, y)`: C's `fmod`, except that `fmod(x, ±inf)` is `x` for finite `x`.
pub fn fmod(x: f64, y: f64) -> MathResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::domain());
    }
    Ok(r)
}

/// Python's `math.remainder(x, y)` (CPython's `m_remainder`): IEEE 754 remainder, exact.
pub fn remainder(x: f64, y: f64) -> MathResult<f64> {
    math_2(x, y, m_remainder)
}

fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Comparing m with absy - m avoids computing 0.5 * absy, which may be inexact.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// Python's `math.modf(x)`: `(fractional part, integer part)`, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int_part = x.trunc();
    ((x - int_part).copysign(x), int_part)
}

/// Python's `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`; zeros,
/// infinities and NaN come back unchanged with `e == 0`.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        // A subnormal: scale it into the normal range first; 2**54 is exact.
        let (m, e) = frexp(x * pow2(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, biased - 1022)
}

/// Python's `math.ldexp(x, i)` with `i` already clamped to the i64 range (CPython clamps an
/// out-of-range int to `LONG_MIN`/`LONG_MAX` the same way). Rounds once, like C's `ldexp`.
pub fn ldexp(x: f64, i: i64) -> MathResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let (m, e) = frexp(x);
    let target = e.saturating_add(i);
    if target > 1024 {
        return Err(MathError::range());
    }
    if target >= -1021 {
        // 2 * m is in [1, 2), so 2**(target - 1) stays within pow2's range and the product is exact.
        return Ok((2.0 * m) * pow2((target - 1) as i32));
    }
    if target < -1100 {
        return Ok(0.0f64.copysign(x));
    }
    // The result is subnormal: an exact scaling to a normal number, then one rounding multiply.
    Ok(m * pow2((target + 1074) as i32) * pow2(-1074))
}

/// `2**e` for `-1074 <= e <= 1023`, exactly.
fn pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074).max(0))
    }
}

/// Python's `math.pow(x, y)` (`math_pow_impl`): IEEE special values settled directly; for
/// finite arguments a NaN result or `0.0 ** negative` is a domain error and an overflow a
/// range error. `pow(0.0, -1.0)` and `pow(-8, 1/3)` are `ValueError`.
pub fn pow(x: f64, y: f64) -> MathResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = crate::numeric::libm_pow::pow(x, y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(MathError::domain());
    }
    if r.is_infinite() {
        return Err(MathError::range());
    }
    Ok(r)
}

/// Python's `math.degrees(x)`: `x * (180.0 / pi)`.
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / PI)
}

/// Python's `math.radians(x)`: `x * (pi / 180.0)`.
pub fn radians(x: f64) -> f64 {
    x * (PI / 180.0)
}

/// Python's `math.isnan(x)`.
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// Python's `math.isinf(x)`.
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// Python's `math.isfinite(x)`.
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// Python's `math.isclose(a, b, rel_tol=, abs_tol=)` (Boost's "weak" test); negative
/// tolerances are `ValueError: tolerances must be non-negative`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> MathResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(MathError::value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// `PyLong_FromDouble` of an already integral value: the errors for infinities and NaN.
fn integral_f64_to_bigint(x: f64) -> MathResult<BigInt> {
    if x.is_infinite() {
        return Err(MathError::new(MathErrorKind::OverflowError, "cannot convert float infinity to integer"));
    }
    if x.is_nan() {
        return Err(MathError::value("cannot convert float NaN to integer"));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 { (fraction, -1074) } else { (fraction | (1u64 << 52), biased - 1075) };
    let magnitude = if exponent >= 0 {
        BigInt::from(mantissa) << exponent as usize
    } else {
        BigInt::from(mantissa >> (-exponent).min(63) as u32)
    };
    Ok(if x < 0.0 { -magnitude } else { magnitude })
}

/// Python's `math.floor(x)` for a float `x`; infinities and NaN raise as `int(x)` does.
pub fn floor(x: f64) -> MathResult<BigInt> {
    integral_f64_to_bigint(x.floor())
}

/// Python's `math.ceil(x)` for a float `x`.
pub fn ceil(x: f64) -> MathResult<BigInt> {
    integral_f64_to_bigint(x.ceil())
}

/// Python's `math.trunc(x)` for a float `x` (`float.__trunc__`).
pub fn trunc(x: f64) -> MathResult<BigInt> {
    integral_f64_to_bigint(x.trunc())
}

/// An argument to `math.log`, `log2` and `log10`: CPython's `loghelper` treats ints itself so
/// that ints too large for a float still have a logarithm.
#[derive(Debug, Clone, Copy)]
pub enum LogArg<'a> {
    Int(&'a BigInt),
    Float(f64),
}

/// `_PyLong_Frexp` of the magnitude of a nonzero int: `(m, e)` with `|n| ~= m * 2**e`,
/// `0.5 <= m < 1`, `m` rounded half-even to 53 bits exactly as CPython rounds.
fn frexp_bigint(n: &BigInt) -> (f64, u64) {
    const HALF_EVEN_CORRECTION: [i64; 8] = [0, -1, -2, 1, 0, -1, 2, 1];
    let a = n.magnitude();
    let a_bits = a.bits();
    // Keep DBL_MANT_DIG + 2 = 55 bits, with a sticky low bit for anything shifted out.
    let top: u64 = if a_bits <= 55 {
        (a << (55 - a_bits) as usize).to_u64().unwrap_or(0)
    } else {
        let shift = a_bits - 55;
        let mut top = (a >> shift as usize).to_u64().unwrap_or(0);
        if a.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        top
    };
    let rounded = (top as i64 + HALF_EVEN_CORRECTION[(top & 7) as usize]) as u64;
    let dx = rounded as f64 / pow2(55);
    if dx == 1.0 {
        (0.5, a_bits + 1)
    } else {
        (dx, a_bits)
    }
}

/// `PyLong_AsDouble`: the int rounded half-even to a float, or `None` when that overflows.
pub fn int_to_float(n: &BigInt) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let (m, e) = frexp_bigint(n);
    if e > 1024 {
        return None;
    }
    // m has 53 significant bits and m * 2**e >= 1, so both multiplications are exact.
    let value = m * pow2(e as i32 - 1) * 2.0;
    Some(if n.is_negative() { -value } else { value })
}

/// CPython's `m_log`: the natural logarithm with C99's special values (errors come from
/// `math_1`'s checks on the result).
fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// CPython's `m_log2` (libm `log2` for positive finite arguments).
fn m_log2(x: f64) -> f64 {
    if x > 0.0 && x.is_finite() {
        x.log2()
    } else {
        m_log(x)
    }
}

/// CPython's `m_log10`.
fn m_log10(x: f64) -> f64 {
    if x > 0.0 && x.is_finite() {
        x.log10()
    } else {
        m_log(x)
    }
}

/// CPython's `loghelper`: for an int, `func(float(n))`, or `func(m) + func(2.0) * e` when the
/// int is too large for a float; zero and negative ints are domain errors.
fn loghelper(arg: LogArg<'_>, func: fn(f64) -> f64) -> MathResult<f64> {
    match arg {
        LogArg::Int(n) => {
            if !n.is_positive() {
                return Err(MathError::domain());
            }
            Ok(match int_to_float(n) {
                Some(x) => func(x),
                None => {
                    let (m, e) = frexp_bigint(n);
                    func(m) + func(2.0) * e as f64
                }
            })
        }
        LogArg::Float(x) => math_1(x, func, false),
    }
}

/// Python's `math.log(x[, base])` for int or float arguments: `log(x) / log(base)`, each
/// through `loghelper`; a base of 1 raises `ZeroDivisionError: float division by zero`.
pub fn log_of(x: LogArg<'_>, base: Option<LogArg<'_>>) -> MathResult<f64> {
    let num = loghelper(x, m_log)?;
    let Some(base) = base else {
        return Ok(num);
    };
    let den = loghelper(base, m_log)?;
    if den == 0.0 {
        return Err(MathError::new(MathErrorKind::ZeroDivisionError, "float division by zero"));
    }
    Ok(num / den)
}

/// Python's `math.log(x[, base])` for a float `x` and float base.
pub fn log(x: f64, base: Option<f64>) -> MathResult<f64> {
    log_of(LogArg::Float(x), base.map(LogArg::Float))
}

/// Python's `math.log(n[, base])` for an int `n`, which may be far beyond the float range
/// (`math.log(10**400)` works).
pub fn log_bigint(n: &BigInt, base: Option<f64>) -> MathResult<f64> {
    log_of(LogArg::Int(n), base.map(LogArg::Float))
}

/// Python's `math.log2(x)` for an int or float.
pub fn log2_of(x: LogArg<'_>) -> MathResult<f64> {
    loghelper(x, m_log2)
}

/// Python's `math.log2(x)` for a float.
pub fn log2(x: f64) -> MathResult<f64> {
    loghelper(LogArg::Float(x), m_log2)
}

/// Python's `math.log10(x)` for an int or float.
pub fn log10_of(x: LogArg<'_>) -> MathResult<f64> {
    loghelper(x, m_log10)
}

/// Python's `math.log10(x)` for a float.
pub fn log10(x: f64) -> MathResult<f64> {
    loghelper(LogArg::Float(x), m_log10)
}

/// CPython 3.11's `vector_norm`: power-of-two scaling, Veltkamp-Dekker squaring, Neumaier
/// summation and one differential correction of the square root. `coords` are absolute values.
fn vector_norm(coords: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134_217_729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || coords.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    if max_e >= -1023 {
        let scale = pow2((-max_e) as i32);
        let mut frac2 = 0.0;
        let mut frac3 = 0.0;
        for &coord in coords {
            let x = coord * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            neumaier_add(&mut csum, &mut frac1, hi * hi);
            neumaier_add(&mut csum, &mut frac2, 2.0 * hi * lo);
            // lo * lo is below half an ulp of csum, so it goes straight to its accumulator.
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        neumaier_add(&mut csum, &mut frac1, -hi * hi);
        neumaier_add(&mut csum, &mut frac2, -2.0 * hi * lo);
        neumaier_add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Below 2**-1023 the scale factor would overflow, so divide by max instead.
    for &coord in coords {
        let x = coord / max;
        neumaier_add(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

/// One step of `vector_norm`'s Neumaier summation: `|csum| >= |x|` always holds there, so the
/// rounding error of `csum + x` is exactly `(old - csum) + x`.
fn neumaier_add(csum: &mut f64, frac: &mut f64, x: f64) {
    let oldcsum = *csum;
    *csum += x;
    *frac += (oldcsum - *csum) + x;
}

/// Python's `math.hypot(*coordinates)`: the Euclidean norm by CPython's `vector_norm`;
/// `hypot()` is 0.0 and an overflowing result is `inf` without an error, as in CPython.
pub fn hypot(coords: &[f64]) -> f64 {
    let abs: Vec<f64> = coords.iter().map(|x| x.abs()).collect();
    let found_nan = abs.iter().any(|x| x.is_nan());
    let max = abs.iter().copied().fold(0.0, |m, x| if x > m { x } else { m });
    vector_norm(&abs, max, found_nan)
}

/// Python's `math.dist(p, q)`: `vector_norm` of the coordinate differences.
pub fn dist(p: &[f64], q: &[f64]) -> MathResult<f64> {
    if p.len() != q.len() {
        return Err(MathError::value("both points must have the same number of dimensions"));
    }
    let diffs: Vec<f64> = p.iter().zip(q).map(|(a, b)| (a - b).abs()).collect();
    let found_nan = diffs.iter().any(|x| x.is_nan());
    let max = diffs.iter().copied().fold(0.0, |m, x| if x > m { x } else { m });
    Ok(vector_norm(&diffs, max, found_nan))
}

/// The running state of Python's `math.fsum(iterable)`: Shewchuk's exact partial sums as in
/// CPython's `math_fsum`. Feed items with `add` in iteration order (so an intermediate
/// overflow is reported before later items are converted, as in CPython), then `finish`.
#[derive(Debug, Clone, Default)]
pub struct Fsum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

impl Fsum {
    /// An empty sum.
    pub fn new() -> Fsum {
        Fsum::default()
    }

    /// Adds one item; a finite item that makes the sum overflow is
    /// `OverflowError: intermediate overflow in fsum`.
    pub fn add(&mut self, item: f64) -> MathResult<()> {
        let mut x = item;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite x comes from an intermediate overflow or from an inf/nan item.
                if item.is_finite() {
                    return Err(MathError::new(MathErrorKind::OverflowError, "intermediate overflow in fsum"));
                }
                if item.is_infinite() {
                    self.inf_sum += item;
                }
                self.special_sum += item;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum; `inf` and `-inf` together are `ValueError: -inf + inf in fsum`.
    pub fn finish(self) -> MathResult<f64> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(MathError::value("-inf + inf in fsum"));
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        let mut hi = 0.0;
        if n > 0 {
            n -= 1;
            hi = p[n];
            let mut lo = 0.0;
            // Sum from the top down, stopping once the sum becomes inexact.
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = p[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            // Half-even rounding across partials: sum([1e-16, 1, 1e16]) must round up.
            if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }
}

/// Python's `math.fsum(items)` over already converted floats.
pub fn fsum(items: &[f64]) -> MathResult<f64> {
    let mut sum = Fsum::new();
    for &item in items {
        sum.add(item)?;
    }
    sum.finish()
}

/// Python's `math.gcd(*integers)`: always non-negative; `gcd()` is 0.
pub fn gcd(args: &[BigInt]) -> BigInt {
    args.iter().fold(BigInt::zero(), |acc, x| acc.gcd(x))
}

/// Python's `math.lcm(*integers)`: `lcm()` is 1, any zero argument makes it 0, never negative.
pub fn lcm(args: &[BigInt]) -> BigInt {
    let mut res = match args.first() {
        Some(first) => first.abs(),
        None => return BigInt::one(),
    };
    for x in &args[1..] {
        if res.is_zero() || x.is_zero() {
            res = BigInt::zero();
            continue;
        }
        let g = res.gcd(x);
        res = (&res / g * x).abs();
    }
    res
}

/// Python's `math.isqrt(n)`: the floor of the exact square root.
pub fn isqrt(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::value("isqrt() argument must be nonnegative"));
    }
    Ok(n.sqrt())
}

/// The product `start * (start + 1) * ... * (start + count - 1)` by binary splitting, so the
/// big multiplications are balanced.
fn range_product(start: &BigInt, count: u64) -> BigInt {
    match count {
        0 => BigInt::one(),
        1 => start.clone(),
        2 => start * (start + 1u32),
        _ => {
            let half = count / 2;
            range_product(start, half) * range_product(&(start + half), count - half)
        }
    }
}

/// `k!` for a machine-sized `k`.
fn factorial_u64(k: u64) -> BigInt {
    range_product(&BigInt::one(), k)
}

/// Python's `math.factorial(n)`: `ValueError` for negative `n`, `OverflowError` above
/// `sys.maxsize` (CPython refuses those before trying).
pub fn factorial(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::value("factorial() not defined for negative values"));
    }
    match n.to_i64() {
        Some(n) => Ok(factorial_u64(n as u64)),
        None => Err(MathError::new(
            MathErrorKind::OverflowError,
            format!("factorial() argument should not exceed {}", i64::MAX),
        )),
    }
}

/// The shared argument checks of `comb` and `perm`.
fn check_comb_args(n: &BigInt, k: &BigInt) -> MathResult<()> {
    if n.is_negative() {
        return Err(MathError::value("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(MathError::value("k must be a non-negative integer"));
    }
    Ok(())
}

/// Python's `math.perm(n, k=None)`: `n! / (n - k)!`, 0 when `k > n`, `factorial(n)` when `k`
/// is `None`; `k` above `sys.maxsize` is `OverflowError`.
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> MathResult<BigInt> {
    let Some(k) = k else {
        return factorial(n);
    };
    check_comb_args(n, k)?;
    if n < k {
        return Ok(BigInt::zero());
    }
    let Some(ki) = k.to_i64() else {
        return Err(MathError::new(MathErrorKind::OverflowError, format!("k must not exceed {}", i64::MAX)));
    };
    Ok(range_product(&(n - ki + 1), ki as u64))
}

/// Python's `math.comb(n, k)`: `n! / (k! * (n - k)!)`, 0 when `k > n`. As in CPython, only
/// an `n` beyond `sys.maxsize` can raise `OverflowError` (for `min(k, n - k)` that large).
pub fn comb(n: &BigInt, k: &BigInt) -> MathResult<BigInt> {
    check_comb_args(n, k)?;
    let k = if n.to_i64().is_some() {
        if k > n {
            return Ok(BigInt::zero());
        }
        k.min(&(n - k)).clone()
    } else {
        let rest = n - k;
        if rest.is_negative() {
            return Ok(BigInt::zero());
        }
        k.min(&rest).clone()
    };
    let Some(ki) = k.to_u64().filter(|&ki| ki <= i64::MAX as u64) else {
        return Err(MathError::new(
            MathErrorKind::OverflowError,
            format!("min(n - k, k) must not exceed {}", i64::MAX),
        ));
    };
    Ok(range_product(&(n - ki + 1), ki) / factorial_u64(ki))
}

#[cfg(test)]
#[path = "functions_tests.rs"]
mod tests;
