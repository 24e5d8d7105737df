//! `repr(float)` and `round(float)`, as CPython 3.11's `float_repr` and `float___round__`.
//!
//! Invariant: `float_repr` output parses back (with `float()`) to the same bits, and is the
//! shortest such string, with CPython's layout: exponent form below 1e-4 and from 1e16 up,
//! otherwise a decimal point with at least one digit after it.
//! Invariant: `round_float` rounds the exact binary value half to even, then converts the
//! decimal result back with one correct rounding, as CPython's `double_round` does.

use super::dtoa::{double_to_string, DtoaFlags};
use super::NumError;
use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Zero};

/// Python's `repr(x)` and `str(x)` for a float (CPython's `float_repr`, i.e.
/// `PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)`): `0.1`, `1e+16`, `1e-05`, `-0.0`,
/// `inf`, `nan` (a NaN never shows its sign).
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, DtoaFlags { add_dot_0: true, ..DtoaFlags::default() })
}

/// `ndigits` above this keep every double unchanged (CPython's `NDIGITS_MAX`,
/// `(DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103`).
const NDIGITS_MAX: i64 = 323;
/// `ndigits` below this round every double to a zero (CPython's `NDIGITS_MIN`,
/// `-(DBL_MAX_EXP + 1) * 0.30103`).
const NDIGITS_MIN: i64 = -308;

/// Python's `round(x, ndigits)` for a float (CPython's `float___round___impl` with an
/// `ndigits`): the exact binary value rounded half to even at `10**-ndigits`, converted
/// back correctly rounded, so `round(2.675, 2) == 2.67` and `round(0.5, 0) == 0.0`.
/// Infinities and NaN come back unchanged; a zero keeps the sign of `x`
/// (`round(-0.4, 0) == -0.0`). The caller clamps an `ndigits` beyond a machine word as
/// `PyNumber_AsSsize_t` does. Fails with `OverflowError: rounded value too large to
/// represent` (`round(1.7976931348623157e308, -308)`).
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, NumError> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        // Rust's fixed-precision formatting is exact and rounds ties to even, which is
        // `_Py_dg_dtoa` mode 3; its parser is correctly rounded, which is `_Py_dg_strtod`.
        format!("{:.*}", ndigits as usize, x).parse::<f64>().unwrap_or(x)
    } else {
        round_to_tens(x, (-ndigits) as u32)
    };
    if rounded.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// Rounds `x` half to even to a multiple of `10**tens` using exact integer arithmetic, and
/// converts the result back with one correct rounding.
fn round_to_tens(x: f64, tens: u32) -> f64 {
    let (mantissa, exp) = super::arith::decompose(x);
    // The exact value is mantissa * 2**exp; exponents below zero move to the denominator.
    let (numerator, two_power) = if exp >= 0 {
        (BigUint::from(mantissa) << (exp as u64), BigUint::one())
    } else {
        (BigUint::from(mantissa), BigUint::one() << ((-exp) as u64))
    };
    let denominator = two_power * num_traits::pow(BigUint::from(10u8), tens as usize);
    let (mut quotient, remainder) = numerator.div_rem(&denominator);
    let twice = remainder << 1u8;
    if twice > denominator || (twice == denominator && quotient.is_odd()) {
        quotient += 1u8;
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if quotient.is_zero() {
        return if x.is_sign_negative() { -0.0 } else { 0.0 };
    }
    format!("{sign}{quotient}e{tens}").parse::<f64>().unwrap_or(f64::INFINITY)
}

/// Python's `round(x)` for a float, up to the int conversion (CPython's `float___round___impl`
/// without `ndigits`): C's `round` with halfway cases sent to the even neighbour, so
/// `round(2.5) == 2` and `round(-0.5) == 0`. The caller converts the result with
/// `arith::f64_to_bigint`. Fails with `ValueError: cannot convert float NaN to integer` and
/// `OverflowError: cannot convert float infinity to integer`, as that conversion would.
pub fn round_float_to_int_half_even(x: f64) -> Result<f64, NumError> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow("cannot convert float infinity to integer"));
    }
    let rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        return Ok(2.0 * (x / 2.0).round());
    }
    Ok(rounded)
}

#[cfg(test)]
mod tests;
