//! Ports of the glibc libm routines whose Rust `f64` counterparts are not libm calls, so that
//! `math.cbrt`, `asinh`, `acosh` and `atanh` return the bits CPython gets from glibc on Linux.
//!
//! Invariant: each function performs glibc's floating-point operations in glibc's order, calling
//! only `ln`, `ln_1p` and `sqrt`, which Rust forwards to the same libm (or computes exactly).
//! Invariant: these return C99 special values; the caller (`math_1`) turns them into errors.

use super::{frexp, ldexp};

/// glibc's `__cbrt` (`sysdeps/ieee754/dbl-64/s_cbrt.c`): a polynomial first guess refined by one
/// rational step, then scaled by the cube root of the leftover power of two.
pub(super) fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_2;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_6;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354_895_765_043_919_84
        + ((1.508_191_937_815_849
            + ((-2.114_994_941_673_713
                + ((2.446_931_225_635_344_4
                    + ((-1.834_692_774_836_130_8
                        + (0.784_932_344_976_639_2 - 0.145_263_899_385_486_37 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    // C's `%` and `/` truncate toward zero, as Rust's do, so negative exponents pick the same factor.
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(ym, xe / 3).unwrap_or(f64::INFINITY).copysign(x)
}

/// The high 32 bits of a float without its sign, as fdlibm's `GET_HIGH_WORD(hx, x) & 0x7fffffff`.
fn high_word_abs(x: f64) -> u32 {
    ((x.to_bits() >> 32) as u32) & 0x7fff_ffff
}

/// glibc's `__asinh` (`s_asinh.c`, from fdlibm), branching on the high word as fdlibm does.
pub(super) fn asinh(x: f64) -> f64 {
    let ix = high_word_abs(x);
    if ix < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) rounds to x.
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        x.abs().ln() + std::f64::consts::LN_2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
        } else {
            let t = xa * xa;
            (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        }
    };
    w.copysign(x)
}

/// glibc's `__ieee754_acosh` (`e_acosh.c`, from fdlibm); NaN below 1.
pub(super) fn acosh(x: f64) -> f64 {
    let hx = x.to_bits() as i64;
    if hx > 0x4000_0000_0000_0000 {
        if hx >= 0x41b0_0000_0000_0000 {
            if hx >= 0x7ff0_0000_0000_0000 {
                return x + x;
            }
            return x.ln() + std::f64::consts::LN_2;
        }
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else if hx > 0x3ff0_0000_0000_0000 {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    } else if hx == 0x3ff0_0000_0000_0000 {
        0.0
    } else {
        f64::NAN
    }
}

/// glibc's `__ieee754_atanh` (`e_atanh.c`); NaN beyond 1, a signed infinity at ±1.
pub(super) fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < 1.0 / 268_435_456.0 {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 {
        return f64::NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}
