//! `float(s)` for a str, as CPython 3.11's `PyFloat_FromString`: underscore rules
//! (`_Py_string_to_number_with_underscores`), `inf`/`nan` spellings (`_Py_parse_inf_or_nan`)
//! and the decimal grammar `_PyOS_ascii_strtod` accepts.
//!
//! Invariant: the grammar is checked here and only a well-formed decimal reaches Rust's
//! parser, which is correctly rounded like CPython's `_Py_dg_strtod`; out-of-range values
//! become infinities or zeros, never errors, as in CPython.

use super::int_text::{str_repr, transform_decimal_and_space};
use super::NumError;

/// Python's `float(s)` for a str (CPython's `PyFloat_FromString`): surrounding whitespace
/// (Unicode), digits of any script, `_` only between digits, `1e5`, `.5`, `5.`, and
/// `inf`/`infinity`/`nan` in any case (one sign at most). Fails with
/// `ValueError: could not convert string to float: 'abc'` (the full repr, not cut).
pub fn parse_float(s: &str) -> Result<f64, NumError> {
    let text = transform_decimal_and_space(s);
    parse_ascii(&text).ok_or_else(|| NumError::value(format!("could not convert string to float: {}", str_repr(s))))
}

/// The underscore pass, then the parse of the remaining ASCII text.
fn parse_ascii(text: &[u8]) -> Option<f64> {
    if !text.contains(&b'_') {
        return parse_trimmed(text);
    }
    let mut stripped = Vec::with_capacity(text.len());
    let mut prev = 0u8;
    for &b in text {
        if b == b'_' {
            // Underscores are only allowed after digits.
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            // And only before digits.
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            stripped.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }
    parse_trimmed(&stripped)
}

/// `float_from_string_inner`: strips ASCII whitespace, then requires the whole rest to be
/// one number.
fn parse_trimmed(text: &[u8]) -> Option<f64> {
    let is_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let start = text.iter().position(|b| !is_space(b))?;
    let end = text.iter().rposition(|b| !is_space(b))? + 1;
    parse_number(&text[start..end])
}

/// `_PyOS_ascii_strtod` over the whole of `text`.
fn parse_number(text: &[u8]) -> Option<f64> {
    let (is_negative, rest) = split_sign(text);
    if let Some(v) = parse_inf_or_nan(rest) {
        return Some(if is_negative { -v } else { v });
    }
    if !is_decimal(rest) {
        return None;
    }
    let digits = std::str::from_utf8(rest).ok()?;
    let v: f64 = digits.parse().ok()?;
    Some(if is_negative { -v } else { v })
}

fn split_sign(text: &[u8]) -> (bool, &[u8]) {
    match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    }
}

/// `_Py_parse_inf_or_nan` after the sign, required to cover all of `text`.
fn parse_inf_or_nan(text: &[u8]) -> Option<f64> {
    match text.to_ascii_lowercase().as_slice() {
        b"inf" | b"infinity" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    }
}

/// Whether `text` is `digits [. digits] [e [sign] digits]` with at least one mantissa digit
/// (the part of the input `_Py_dg_strtod` would consume).
fn is_decimal(text: &[u8]) -> bool {
    let mut i = 0;
    let count_digits = |from: usize| text[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let int_digits = count_digits(i);
    i += int_digits;
    let mut frac_digits = 0;
    if text.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = count_digits(i);
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(text.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(text.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = count_digits(i);
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == text.len()
}

#[cfg(test)]
mod tests;
