//! The C library's `pow`, the call CPython's float `**` ends in, with two shortcuts that
//! give the very same double: `x ** 2` and `x ** 0.5`.
//!
//! `pow(x, 2.0)` is not `x * x`: glibc's `pow` is not correctly rounded, while a product
//! is. When the exact square lies within a hundredth of an ULP of the midpoint between two
//! doubles, the two can differ (`4820.524451282704 ** 2` is 23237455.985414416 in CPython,
//! and ...412 as `x * x`). The same holds for `pow(x, 0.5)` against `sqrt(x)`.
//!
//! How far off glibc's `pow` can be: its source (`sysdeps/ieee754/dbl-64/e_pow.c`, from
//! Arm's optimized routines) bounds the error at "0.54 ULP (~= ulperr_exp +
//! 1024*Ln2*relerr_log*2^53)" with `ulperr_exp` 0.509 ULP (0.511 without FMA) and
//! `relerr_log` 1.3 * 2^-68 (1.5 * 2^-68 without FMA). The log term is the error of
//! `y * log(x)` carried into the result; for a result `r = x ** y` it is
//! `|ln r| * 1.5 * 2^-68 * 2^53` ULP, at most 0.0021 ULP while `2^-64 <= r < 2^64`.
//!
//! The shortcut: compute the correctly rounded result `r` and, exactly, how far the true
//! value lies from it (one fused multiply-add). If that distance is at most `d` ULPs of
//! `r`, every double other than `r` is more than `1 - d` ULP from the true value, so a
//! `pow` whose error is below `1 - d` must return `r` itself: `d` is [`FAST_ULPS`] (0.45,
//! against the 0.54 bound), or [`FAST_ULPS_MODERATE`] (0.48, against 0.511 + 0.0021) for
//! results of moderate size. Otherwise (about 4% of inputs of moderate size, and every
//! special value) the real `pow` is called. Measured over 30 million inputs, glibc's `pow`
//! misrounded a square only when the true value was at least 0.492 ULP from the product.
//!
//! Invariant: `pow(x, y)` returns the bits `x.powf(y)` returns, for every `x` and `y`.
//! The generated code's inline square and root (`jit/src/codegen/lower/pow.rs`) make the
//! same test with the same constant for results in `MODERATE_EXPONENTS`, and call `pow`
//! for every other result.

/// The largest distance, in ULPs of the rounded result, at which the shortcut answers.
pub const FAST_ULPS: f64 = 0.45;

/// The same for a result whose biased exponent lies in `MODERATE_EXPONENTS`.
pub const FAST_ULPS_MODERATE: f64 = 0.48;

/// Biased exponent fields (`2^-64 <= r < 2^64`) where `FAST_ULPS_MODERATE` applies.
pub const MODERATE_EXPONENTS: std::ops::Range<u64> = ((1023 - 64) << 52)..((1023 + 64) << 52);

/// The exponent field of an `f64`.
pub const EXPONENT_MASK: u64 = 0x7ff0_0000_0000_0000;

/// The shortcut answers only for results whose biased exponent is at least this: far from
/// the subnormals, so the error term of the fused multiply-add is exact, and the ULP is
/// `2 ** (exponent - 52)` as a normal double.
pub const MIN_FAST_EXPONENT: u64 = 0x100 << 52;

/// `pow(x, y)` with glibc's result bits: `x * x` or `sqrt(x)` when the test above shows
/// they are what `pow` returns, else the call.
#[inline]
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 2.0 {
        let p = x * x;
        if close_to(p, x.mul_add(x, -p)) {
            return p;
        }
    } else if y == 0.5 && x > 0.0 {
        let s = x.sqrt();
        // `x - s*s` is exact for a correctly rounded square root, and the true root
        // is `s + (x - s*s) / (root + s)`: that distance over `2s` is off by a relative
        // 2**-52 at most, far inside the margin.
        let residual = (-s).mul_add(s, x);
        if close_to(s, residual / (2.0 * s)) {
            return s;
        }
    }
    libm(x, y)
}

/// The C library's `pow` itself. The exponent goes through `black_box` because LLVM
/// rewrites `pow(x, 2.0)` with a constant exponent as `x * x` after inlining, assuming a
/// correctly rounded `pow`, which glibc's is not.
#[inline]
pub fn libm(x: f64, y: f64) -> f64 {
    x.powf(std::hint::black_box(y))
}

/// Whether `|distance| <= FAST_ULPS` (or `FAST_ULPS_MODERATE`) ULPs of `r`, for a normal `r`
/// not near the subnormals
/// (NaN and infinite `r` fail the exponent test, a NaN distance the comparison).
#[inline]
fn close_to(r: f64, distance: f64) -> bool {
    let exponent = r.to_bits() & EXPONENT_MASK;
    if !(MIN_FAST_EXPONENT..EXPONENT_MASK).contains(&exponent) {
        return false;
    }
    let ulp = f64::from_bits(exponent - (52 << 52));
    let fraction = if MODERATE_EXPONENTS.contains(&exponent) { FAST_ULPS_MODERATE } else { FAST_ULPS };
    distance.abs() <= fraction * ulp
}

#[cfg(test)]
mod tests {
    use super::{libm, pow};

    /// An LCG over doubles spread across many binades, both signs.
    fn samples(n: usize) -> impl Iterator<Item = f64> {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        (0..n).map(move |_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let mantissa = (state >> 11) as f64 / (1u64 << 53) as f64 + 1.0;
            let scale = ((state >> 3) % 160) as i32 - 80;
            let sign = if state & 1 == 0 { 1.0 } else { -1.0 };
            sign * mantissa * 2f64.powi(scale)
        })
    }

    /// `POW_SAMPLES=1000000000` runs a longer check: 100 million inputs held 85,037 squares
    /// and 42,552 roots that libm misrounds, and every result matched, as it did over a
    /// billion inputs (about 40% of them of moderate size).
    #[test]
    fn square_and_root_match_libm_bit_for_bit() {
        let (mut squares_differ, mut roots_differ) = (0, 0);
        for x in samples(std::env::var("POW_SAMPLES").map_or(400_000, |v| v.parse().unwrap())) {
            assert_eq!(pow(x, 2.0).to_bits(), libm(x, 2.0).to_bits(), "{x:e} ** 2");
            assert_eq!(pow(x, 0.5).to_bits(), libm(x, 0.5).to_bits(), "{x:e} ** 0.5");
            squares_differ += usize::from(libm(x, 2.0) != x * x);
            roots_differ += usize::from(x > 0.0 && libm(x, 0.5) != x.sqrt());
        }
        // The samples hold inputs where libm's pow is not the correctly rounded result, so
        // the shortcut's test really had to send them to the call.
        assert!(squares_differ > 10 && roots_differ > 10, "{squares_differ} {roots_differ}");
    }

    #[test]
    fn the_known_misrounded_square_keeps_libm_digits() {
        let x = 4820.524451282704;
        assert_eq!(pow(x, 2.0), libm(x, 2.0));
        assert_ne!(pow(x, 2.0), x * x, "this input is one where pow and the product differ");
    }

    #[test]
    fn special_values_go_to_libm() {
        for x in [0.0, -0.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 1e-300, 1e300, f64::MIN_POSITIVE, 5e-324] {
            for y in [2.0, 0.5, 3.0] {
                assert_eq!(pow(x, y).to_bits(), libm(x, y).to_bits(), "{x:e} ** {y}");
            }
        }
    }
}
