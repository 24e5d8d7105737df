//! Division, power, int/float conversion and the numeric hash, with the semantics and error
//! messages of CPython 3.11's `longobject.c`, `floatobject.c` and `pyhash.c`.
//!
//! Invariant: every int→float conversion here is correctly rounded (ties to even), as
//! CPython's `PyLong_AsDouble` and `long_true_divide` are, so `int / int` never goes through
//! a lossy intermediate float.
//! Invariant: `hash(n) == hash(float(n))` whenever `float(n) == n`, so ints, floats and
//! bools that compare equal hash equal (CPython's modulus-2**61-1 scheme).

use super::NumError;
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// The modulus of CPython's numeric hash, `2**61 - 1` (`_PyHASH_MODULUS`).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `_PyHASH_BITS`.
const HASH_BITS: u32 = 61;
/// `hash(float('inf'))`; `hash(float('-inf'))` is its negation.
pub const HASH_INF: i64 = 314_159;

/// Splits a finite double into `(mantissa, exponent)` with `|x| == mantissa * 2**exponent`
/// and `mantissa < 2**53`; zero gives `(0, 0)`.
pub fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// `x * 2**exp`, exact whenever the result is representable (C's `ldexp`, for the integral
/// `x < 2**64` this module scales).
fn ldexp(x: f64, exp: i32) -> f64 {
    let mut x = x;
    let mut exp = exp;
    // Each factor is a normal power of two, so every step but the last is exact.
    while exp > 1023 {
        x *= f64::from_bits(((1023 + 1023) as u64) << 52);
        exp -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while exp < -1022 {
        x *= f64::from_bits(1u64 << 52);
        exp += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * f64::from_bits(((exp + 1023) as u64) << 52)
}

/// `a / b` for nonzero `b`, correctly rounded to a double (ties to even), including
/// subnormal results; `None` when it rounds beyond the largest finite double.
fn ratio_to_f64(a: &BigUint, b: &BigUint) -> Option<f64> {
    if a.is_zero() {
        return Some(0.0);
    }
    // Scale so that the integer quotient has at least 55 bits: 53 for the significand, one
    // for rounding, and one because `a / b` may be just below the power of two we aimed at.
    let shift = a.bits() as i64 - b.bits() as i64 - 55;
    let (num, den) = if shift >= 0 { (a.clone(), b << (shift as u64)) } else { (a << ((-shift) as u64), b.clone()) };
    let (quotient, remainder) = num.div_rem(&den);
    let top = shift + quotient.bits() as i64 - 1;
    if top > 1023 {
        return None;
    }
    // The exponent of the last significand bit: 52 below the top bit, but never below the
    // subnormal limit 2**-1074.
    let ulp_exp = (top - 52).max(-1074);
    let dropped = (ulp_exp - shift) as u64;
    let mut significand = &quotient >> dropped;
    let rest = &quotient - (&significand << dropped);
    let half = BigUint::from(1u8) << (dropped - 1);
    let is_odd = significand.bit(0);
    if rest > half || (rest == half && (!remainder.is_zero() || is_odd)) {
        significand += 1u8;
    }
    let significand = significand.to_u64()? as f64;
    let res = ldexp(significand, ulp_exp as i32);
    res.is_finite().then_some(res)
}

/// CPython's `PyLong_AsDouble` (`float(n)`): correctly rounded, ties to even.
/// Fails with `OverflowError: int too large to convert to float`.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, NumError> {
    if let Some(small) = v.to_i64() {
        // Below 2**53 the cast is exact; above it Rust's `as` rounds ties to even too.
        return Ok(small as f64);
    }
    let magnitude = ratio_to_f64(v.magnitude(), &BigUint::from(1u8))
        .ok_or_else(|| NumError::overflow("int too large to convert to float"))?;
    Ok(if v.sign() == Sign::Minus { -magnitude } else { magnitude })
}

/// CPython's `PyLong_FromDouble` (`int(x)` for a float): truncates toward zero.
/// NaN fails with `ValueError: cannot convert float NaN to integer`, an infinity with
/// `OverflowError: cannot convert float infinity to integer`.
pub fn f64_to_bigint(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow("cannot convert float infinity to integer"));
    }
    let (mantissa, exp) = decompose(x.trunc());
    let magnitude = if exp >= 0 {
        BigUint::from(mantissa) << (exp as u64)
    } else {
        BigUint::from(mantissa >> ((-exp) as u32).min(63))
    };
    let sign = if x < 0.0 && !magnitude.is_zero() { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// CPython's `long_true_divide` (`a / b` for ints): the correctly rounded quotient, even when
/// `a` and `b` are far too large for floats. The sign of a zero result is the sign of the
/// quotient (`0 / -5 == -0.0`). Fails with `ZeroDivisionError: division by zero` and
/// `OverflowError: integer division result too large for a float`.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_division("division by zero"));
    }
    if a.magnitude().bits() <= 53 && b.magnitude().bits() <= 53 {
        // Both operands convert exactly, and IEEE division is correctly rounded.
        if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
            return Ok(x as f64 / y as f64);
        }
    }
    let magnitude = ratio_to_f64(a.magnitude(), b.magnitude())
        .ok_or_else(|| NumError::overflow("integer division result too large for a float"))?;
    let is_negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    Ok(if is_negative { -magnitude } else { magnitude })
}

/// CPython's `_float_div_mod`: floor quotient and modulo of two doubles, `wx != 0`.
/// The remainder takes the sign of the divisor and the quotient is snapped to an integer.
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut modulo = vx % wx;
    let mut div = (vx - modulo) / wx;
    // A NaN counts as nonzero here, as in C's `if (mod)`.
    if modulo != 0.0 || modulo.is_nan() {
        if (wx < 0.0) != (modulo < 0.0) {
            modulo += wx;
            div -= 1.0;
        }
    } else {
        // fmod's zero sign differs across platforms; CPython pins it to the divisor's.
        modulo = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 || div.is_nan() {
        let mut floordiv = div.floor();
        if div - floordiv > 0.5 {
            floordiv += 1.0;
        }
        floordiv
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, modulo)
}

/// CPython's `float_floor_div` (`a // b` for floats).
/// Fails with `ZeroDivisionError: float floor division by zero`.
/// Python's `x // y` on machine ints: `None` for `i64::MIN // -1` (a big int) and for
/// `y == 0` (the caller raises `ZeroDivisionError`).
pub fn int_floordiv_i64(x: i64, y: i64) -> Option<i64> {
    let q = x.checked_div(y)?;
    Some(if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q })
}

/// Python's `x % y` on machine ints (the result takes the sign of `y`); `y != 0`.
pub fn int_mod_i64(x: i64, y: i64) -> i64 {
    let r = x.wrapping_rem(y);
    if r != 0 && ((r < 0) != (y < 0)) {
        r + y
    } else {
        r
    }
}

pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float floor division by zero"));
    }
    Ok(float_div_mod(a, b).0)
}

/// CPython's `float_rem` (`a % b` for floats): the result has the sign of `b`.
/// Fails with `ZeroDivisionError: float modulo`.
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float modulo"));
    }
    let mut modulo = a % b;
    if modulo != 0.0 || modulo.is_nan() {
        if (b < 0.0) != (modulo < 0.0) {
            modulo += b;
        }
    } else {
        modulo = 0.0f64.copysign(b);
    }
    Ok(modulo)
}

/// CPython's `float_divmod` (`divmod(a, b)` for floats).
/// Fails with `ZeroDivisionError: float divmod()`.
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float divmod()"));
    }
    Ok(float_div_mod(a, b))
}

/// C's `DOUBLE_IS_ODD_INTEGER` from floatobject.c.
fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// CPython's `float_pow` (`a ** b` and `pow(a, b)` for floats, and for ints with a negative
/// exponent): its special cases for zeros, infinities, NaN, `1 ** nan` and `(-1) ** big`,
/// then the platform `pow`. `0.0 ** -1` fails with `ZeroDivisionError: 0.0 cannot be raised
/// to a negative power`; a finite result too large fails with
/// `OverflowError: (34, 'Numerical result out of range')` (CPython's errno message).
/// A negative base with a non-integral exponent is a complex number in CPython; that is a
/// `NotImplementedError` here, unless CPython's complex power would fail with
/// `OverflowError: complex exponentiation`.
pub fn float_pow(a: f64, b: f64) -> Result<f64, NumError> {
    let (mut iv, iw) = (a, b);
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        iv = iv.abs();
        return Ok(if iv == 1.0 {
            1.0
        } else if (iw > 0.0) == (iv > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let iw_is_odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if iw_is_odd {
                iv
            } else {
                iv.abs()
            }
        } else if iw_is_odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(NumError::zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut negate_result = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            // CPython hands this to complex `**`, which fails when the modulus
            // `|iv| ** iw` overflows (`c_pow` then `_Py_ADJUST_ERANGE2`).
            if (-iv).powf(iw).is_infinite() {
                return Err(NumError::overflow("complex exponentiation"));
            }
            return Err(NumError::not_implemented(
                "hyper does not support complex numbers (negative number raised to a fractional power)",
            ));
        }
        iv = -iv;
        negate_result = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate_result { -1.0 } else { 1.0 });
    }
    let ix = super::libm_pow::pow(iv, iw);
    if ix.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate_result { -ix } else { ix })
}

/// Folds `|v| mod 2**61-1` and the sign into CPython's hash value; `-1` becomes `-2`
/// because `-1` is CPython's error return.
fn signed_hash(residue: u64, is_negative: bool) -> i64 {
    let h = if is_negative { -(residue as i64) } else { residue as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `long_hash` (`hash(n)`) for an int that fits a machine word.
pub fn int_hash_i64(v: i64) -> i64 {
    signed_hash(v.unsigned_abs() % HASH_MODULUS, v < 0)
}

/// CPython's `long_hash` (`hash(n)`): the sign times `|n| mod 2**61-1`, with `-1` mapped to
/// `-2` (so `hash(-1) == hash(-2) == -2`).
pub fn int_hash(v: &BigInt) -> i64 {
    let residue = (v.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0);
    signed_hash(residue, v.sign() == Sign::Minus)
}

/// CPython's `_Py_HashDouble` (`hash(x)` for a float): equal to `hash(int(x))` for integral
/// values, `314159`/`-314159` for the infinities. CPython hashes a NaN by object identity;
/// hyper returns 0, which the language allows (hash values are not part of the output).
pub fn float_hash(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() || v == 0.0 {
        return 0;
    }
    // frexp: v = m * 2**e with 0.5 <= |m| < 1, computed exactly from the bits.
    let (mantissa, exp) = decompose(v);
    let width = 64 - mantissa.leading_zeros() as i32;
    let mut m = ldexp(mantissa as f64, -width);
    let mut e = exp + width;
    let is_negative = v < 0.0;
    // Process 28 bits at a time, exactly as pyhash.c does, so the result is bit-identical.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 { e % bits } else { bits - 1 - ((-1 - e) % bits) } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    signed_hash(x, is_negative)
}

#[cfg(test)]
mod tests;
