//! Decimal digits of a double and their layout as text: CPython's `_Py_dg_dtoa` (modes 0, 2
//! and 3) and `PyOS_double_to_string` (pystrtod.c's `format_float_short`), which every float
//! repr, `format()` and `%`-conversion in this module goes through.
//!
//! Invariant: `dtoa` returns the digits `_Py_dg_dtoa` returns: no trailing zeros, `"0"` with
//! `decpt == 1` for a zero, and an empty string with `decpt == -ndigits` when mode 3 rounds a
//! nonzero value to zero.
//! Invariant: the digits are correctly rounded, ties to even on the exact binary value. Rust's
//! float formatting guarantees that (shortest round-trip for `{:e}`, exact for `{:.N}` and
//! `{:.Ne}`), so no digit generator of our own is needed.

/// Which digits `dtoa` produces (the `mode` argument of `_Py_dg_dtoa`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DtoaMode {
    /// Mode 0: the shortest digit string that reads back as the same double.
    Shortest,
    /// Mode 2: this many significant digits (at least one).
    Significant(usize),
    /// Mode 3: this many digits after the decimal point.
    Fixed(usize),
}

/// The result of `dtoa`: the value is `0.DIGITS × 10**decpt`, negated if `is_negative`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digits {
    /// ASCII decimal digits without trailing zeros.
    pub digits: Vec<u8>,
    /// Position of the decimal point relative to the start of `digits`.
    pub decpt: i64,
    /// The sign bit of the input (so `-0.0` is negative).
    pub is_negative: bool,
}

/// Every double's exact decimal expansion has at most 767 significant digits, so asking for
/// more only appends zeros, which `dtoa` strips anyway. Rust's formatter refuses precisions
/// beyond `u16::MAX`, so larger requests are capped here.
const MAX_SIGNIFICANT_DIGITS: usize = 800;
/// Likewise, a double has at most 1074 digits after the decimal point.
const MAX_FRACTION_DIGITS: usize = 1100;

/// CPython's `_Py_dg_dtoa(x, mode, ndigits)` for a finite `x`; infinities and NaN give the
/// digits of zero, and callers handle them before asking.
pub fn dtoa(x: f64, mode: DtoaMode) -> Digits {
    let is_negative = x.is_sign_negative();
    let a = x.abs();
    if a == 0.0 || !a.is_finite() {
        return Digits { digits: vec![b'0'], decpt: 1, is_negative };
    }
    let (mut digits, decpt) = match mode {
        DtoaMode::Shortest => closest_shortest(a),
        DtoaMode::Significant(n) => exponent_form(&format!("{:.*e}", n.clamp(1, MAX_SIGNIFICANT_DIGITS) - 1, a)),
        DtoaMode::Fixed(n) => {
            let text = format!("{:.*}", n.min(MAX_FRACTION_DIGITS), a);
            let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
            let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
            let leading_zeros = digits.iter().take_while(|&&d| d == b'0').count();
            digits.drain(..leading_zeros);
            let decpt = if digits.is_empty() {
                // `_Py_dg_dtoa` reports "no digits" with the point just past the last
                // requested digit.
                -(n as i64)
            } else {
                int_part.len() as i64 - leading_zeros as i64
            };
            (digits, decpt)
        }
    };
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits { digits, decpt, is_negative }
}

/// The shortest digits that read back as `a`, and among those the closest to `a`, as
/// `_Py_dg_dtoa` mode 0 returns them. Rust's `{:e}` finds the shortest length but, when
/// several strings of that length read back as `a`, does not always pick the closest
/// (`2**50 * 1.136…` prints as `…264.3` where CPython prints `…264.2`). Only lengths of 16
/// and 17 digits can have several candidates (shorter decimal spacings exceed one ulp), so
/// only those are checked against the correctly rounded string of the same length, or,
/// when that one does not read back, against its neighbour on the other side of `a`.
fn closest_shortest(a: f64) -> (Vec<u8>, i64) {
    let (digits, decpt) = exponent_form(&format!("{a:e}"));
    let n = digits.len();
    if n < 16 {
        return (digits, decpt);
    }
    let (rounded, rounded_decpt) = exponent_form(&format!("{:.*e}", n - 1, a));
    match read_back(&rounded, rounded_decpt) {
        Some(v) if v == a => return (rounded, rounded_decpt),
        Some(v) => {
            let (other, other_decpt) = step_last_digit(&rounded, rounded_decpt, v < a);
            if read_back(&other, other_decpt) == Some(a) {
                return (other, other_decpt);
            }
        }
        None => {}
    }
    (digits, decpt)
}

/// The double nearest to `0.DIGITS × 10**decpt`.
fn read_back(digits: &[u8], decpt: i64) -> Option<f64> {
    let text = format!("0.{}e{}", std::str::from_utf8(digits).ok()?, decpt);
    text.parse().ok()
}

/// Adds (or subtracts) one unit in the last place of `0.DIGITS × 10**decpt`, keeping the
/// digit count except where a carry or borrow changes the leading digit.
fn step_last_digit(digits: &[u8], decpt: i64, up: bool) -> (Vec<u8>, i64) {
    let mut res = digits.to_vec();
    let mut decpt = decpt;
    let (from, to) = if up { (b'9', b'0') } else { (b'0', b'9') };
    let mut idx = res.len();
    while idx > 0 {
        idx -= 1;
        if res[idx] == from {
            res[idx] = to;
        } else {
            res[idx] = if up { res[idx] + 1 } else { res[idx] - 1 };
            break;
        }
    }
    if up && res.first() == Some(&b'0') && res.iter().all(|&d| d == b'0') {
        // 999 + 1: the carry ran off the front.
        res.insert(0, b'1');
        decpt += 1;
    }
    if !up && res.first() == Some(&b'0') {
        res.remove(0);
        decpt -= 1;
    }
    (res, decpt)
}

/// Splits Rust's `d.ddde±x` output into digits and the dtoa decimal-point position.
fn exponent_form(text: &str) -> (Vec<u8>, i64) {
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let exp: i64 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// Options of `PyOS_double_to_string` (the `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: write `+` for non-negative values (NaN included).
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: write `.0` after an integral value in non-exponent form
    /// (repr and the empty presentation type).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` form, which keeps the decimal point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option, which drops the sign of a value that rounds to zero.
    pub no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of
/// `e E f F g G r` (`r` is repr and ignores `precision`). Upper-case codes also upper-case
/// `inf`, `nan` and the exponent letter. `g` with precision 0 means precision 1, as in C.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (DtoaMode::Significant(precision + 1), precision + 1),
        'f' => (DtoaMode::Fixed(precision), precision),
        'g' => (DtoaMode::Significant(precision.max(1)), precision.max(1)),
        _ => (DtoaMode::Shortest, 0),
    };
    let mut out = String::new();
    if !x.is_finite() {
        // The sign of a NaN is ignored, as `format_float_short` does.
        if x.is_sign_negative() && x.is_infinite() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let Digits { digits, decpt, mut is_negative } = dtoa(x, mode);
    if flags.no_neg_0 && is_negative && (digits.is_empty() || digits == b"0") {
        is_negative = false;
    }
    layout(&digits, decpt, is_negative, code, precision as i64, flags, upper, &mut out);
    out
}

/// The body of `format_float_short`: places the decimal point, pads with zeros on either
/// side, and adds an exponent, for the digits `dtoa` produced.
#[allow(clippy::too_many_arguments)]
fn layout(
    digits: &[u8],
    decpt: i64,
    is_negative: bool,
    code: char,
    precision: i64,
    flags: DtoaFlags,
    upper: bool,
    out: &mut String,
) {
    let digits_len = digits.len() as i64;
    let mut decpt = decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // repr switches to exponent form at 1e16, not 1e17, so that a 16-digit shortest
            // repr is never padded with misleading zeros.
            use_exp = decpt <= -4 || decpt > 16;
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };

    if is_negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let push_zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    // Exactly one of the three branches below writes the decimal point.
    if decpt <= 0 {
        push_zeros(out, decpt - vdigits_start);
        out.push('.');
        push_zeros(out, -decpt);
    } else {
        push_zeros(out, -vdigits_start);
    }
    let as_str = |bytes: &[u8]| bytes.iter().map(|&b| b as char).collect::<String>();
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        out.push_str(&as_str(&digits[..split]));
        out.push('.');
        out.push_str(&as_str(&digits[split..]));
    } else {
        out.push_str(&as_str(digits));
    }
    if digits_len < decpt {
        push_zeros(out, decpt - digits_len);
        out.push('.');
        push_zeros(out, vdigits_end - decpt);
    } else {
        push_zeros(out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits_of(x: f64, mode: DtoaMode) -> (String, i64, bool) {
        let d = dtoa(x, mode);
        (String::from_utf8_lossy(&d.digits).into_owned(), d.decpt, d.is_negative)
    }

    #[test]
    fn dtoa_modes_follow_gay_conventions() {
        assert_eq!(digits_of(0.0, DtoaMode::Shortest), ("0".into(), 1, false));
        assert_eq!(digits_of(-0.0, DtoaMode::Fixed(3)), ("0".into(), 1, true));
        assert_eq!(digits_of(0.1, DtoaMode::Shortest), ("1".into(), 0, false));
        assert_eq!(digits_of(123.456, DtoaMode::Shortest), ("123456".into(), 3, false));
        assert_eq!(digits_of(1e22, DtoaMode::Shortest), ("1".into(), 23, false));
        assert_eq!(digits_of(5e-324, DtoaMode::Shortest), ("5".into(), -323, false));
        assert_eq!(digits_of(0.001, DtoaMode::Fixed(1)), ("".into(), -1, false));
        assert_eq!(digits_of(0.06, DtoaMode::Fixed(1)), ("1".into(), 0, false));
        assert_eq!(digits_of(0.5, DtoaMode::Fixed(0)), ("".into(), 0, false));
        assert_eq!(digits_of(2.5, DtoaMode::Fixed(0)), ("2".into(), 1, false));
        assert_eq!(digits_of(1.25, DtoaMode::Significant(2)), ("12".into(), 1, false));
        assert_eq!(digits_of(1.35, DtoaMode::Significant(2)), ("14".into(), 1, false));
        assert_eq!(digits_of(-100.0, DtoaMode::Significant(5)), ("1".into(), 3, true));
        assert_eq!(digits_of(9.99, DtoaMode::Significant(1)), ("1".into(), 2, false));
    }

    #[test]
    fn double_to_string_matches_cpython() {
        // Expected strings from CPython 3.11: '%.{p}{code}' % x, repr(x), and format(x, 'z…').
        let plain = DtoaFlags::default();
        let alt = DtoaFlags { alt: true, ..plain };
        let cases: &[(f64, char, usize, DtoaFlags, &str)] = &[
            (1.5, 'e', 3, plain, "1.500e+00"),
            (1.5, 'E', 0, plain, "2E+00"),
            (2.5, 'e', 0, plain, "2e+00"),
            (2.5, 'e', 0, alt, "2.e+00"),
            (1e100, 'e', 2, plain, "1.00e+100"),
            (1e-100, 'f', 3, plain, "0.000"),
            (0.0, 'f', 0, plain, "0"),
            (0.0, 'f', 0, alt, "0."),
            (-0.0, 'f', 2, plain, "-0.00"),
            (123.456, 'f', 1, plain, "123.5"),
            (0.5, 'f', 0, plain, "0"),
            (1.5, 'f', 0, plain, "2"),
            (1e16, 'g', 6, plain, "1e+16"),
            (123456.0, 'g', 6, plain, "123456"),
            (1234567.0, 'g', 6, plain, "1.23457e+06"),
            (0.0001, 'g', 6, plain, "0.0001"),
            (0.00001, 'g', 6, plain, "1e-05"),
            (1.0, 'g', 0, plain, "1"),
            (1.0, 'g', 6, alt, "1.00000"),
            (1.0, 'G', 6, alt, "1.00000"),
            (1e-5, 'G', 3, plain, "1E-05"),
            (f64::INFINITY, 'f', 2, plain, "inf"),
            (f64::NEG_INFINITY, 'F', 2, plain, "-INF"),
            (f64::NAN, 'G', 2, plain, "NAN"),
            (-f64::NAN, 'g', 2, DtoaFlags { sign: true, ..plain }, "+nan"),
            (1.0, 'f', 2, DtoaFlags { sign: true, ..plain }, "+1.00"),
            (-1e-10, 'f', 3, DtoaFlags { no_neg_0: true, ..plain }, "0.000"),
            (-1e-10, 'e', 3, DtoaFlags { no_neg_0: true, ..plain }, "-1.000e-10"),
            (-0.0, 'e', 3, DtoaFlags { no_neg_0: true, ..plain }, "0.000e+00"),
        ];
        for &(x, code, precision, flags, want) in cases {
            assert_eq!(double_to_string(x, code, precision, flags), want, "{x:?} {code} {precision}");
        }
    }
}
