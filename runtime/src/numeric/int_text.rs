//! Conversions between ints and text (CPython 3.11's `PyLong_FromUnicodeObject`,
//! `PyLong_FromString`, `long_to_decimal_string` and `PyNumber_ToBase`), and `repr` of a str,
//! which their error messages quote.
//!
//! Invariant: a decimal conversion in either direction refuses more than `MAX_STR_DIGITS`
//! digits with CPython's `ValueError` (the 3.11 limit against quadratic-time conversions);
//! conversions in a power-of-two base have no limit, as in CPython.
//! Invariant: `str_repr` escapes exactly the characters CPython escapes, deciding
//! printability with the Unicode 14.0.0 table in `ucd`.

use super::ucd;
use super::NumError;
use num_bigint::{BigInt, BigUint, Sign};

/// CPython's default `sys.get_int_max_str_digits()`: the most decimal digits an int may
/// have when converted from or to text.
pub const MAX_STR_DIGITS: usize = 4300;

/// The characters CPython's `Py_ISSPACE` accepts around the digits once non-ASCII spaces
/// have been turned into `' '` (the ASCII separators `\x1c`–`\x1f` are not among them).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII stays, other whitespace
/// becomes `' '`, other decimal digits become their ASCII digit, and the first other
/// character becomes `'?'` and ends the text (it can only make the parse fail).
pub(super) fn transform_decimal_and_space(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if ucd::is_space(c) {
            out.push(b' ');
        } else if let Some(d) = ucd::decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// `_PyLong_DigitValue`: the value of an ASCII digit or letter in bases up to 36.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 37,
    }
}

/// The first `limit` characters of `s` (CPython's `%.200R` truncates a repr this way).
fn truncate_chars(s: &str, limit: usize) -> &str {
    match s.char_indices().nth(limit) {
        Some((idx, _)) => &s[..idx],
        None => s,
    }
}

/// Why `parse_digits` rejected the text.
enum ParseFailure {
    Invalid,
    TooManyDigits(usize),
}

/// Python's `int(s, base)` for a str (CPython's `PyLong_FromUnicodeObject`): surrounding
/// whitespace (Unicode, via `str.isspace`), a sign, digits of any script, single `_` between
/// digits, and for base 0 the prefixes `0x`/`0o`/`0b` (a nonzero decimal with a leading
/// zero is rejected there, as for literals). Fails with
/// `ValueError: invalid literal for int() with base 10: 'abc'` (the repr cut to 200
/// characters, as `%.200R` does), with `ValueError: int() base must be >= 2 and <= 36, or 0`,
/// and, beyond `MAX_STR_DIGITS` digits in a base that is not a power of two, with CPython
/// 3.11's `Exceeds the limit (4300 digits) for integer string conversion: value has N
/// digits; …` (checked before any junk after the digits, as 3.11 does).
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, NumError> {
    if base == 1 || base > 36 {
        return Err(NumError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let text = transform_decimal_and_space(s);
    match parse_digits(&text, base) {
        Ok(v) => Ok(v),
        Err(ParseFailure::TooManyDigits(n)) => Err(NumError::value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {n} digits; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))),
        Err(ParseFailure::Invalid) => Err(NumError::value(format!(
            "invalid literal for int() with base {base}: {}",
            truncate_chars(&str_repr(s), 200)
        ))),
    }
}

/// CPython's `PyLong_FromString` over the transformed ASCII text.
fn parse_digits(text: &[u8], base: u32) -> Result<BigInt, ParseFailure> {
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_ascii_space(at(i)) {
        i += 1;
    }
    let mut is_negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        i += 1;
        is_negative = true;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                // An old C-style octal literal: only a zero may be written this way.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match base {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => 0,
    };
    if prefix != 0 && at(i) == b'0' && at(i + 1).to_ascii_lowercase() == prefix {
        i += 2;
        // One underscore may follow the prefix.
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(ParseFailure::Invalid);
    }
    let start = i;
    let mut n_digits = 0;
    let mut prev = 0u8;
    while i < text.len() && (digit_value(text[i]) < base || text[i] == b'_') {
        if text[i] == b'_' && prev == b'_' {
            return Err(ParseFailure::Invalid);
        }
        if text[i] != b'_' {
            n_digits += 1;
        }
        prev = text[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(ParseFailure::Invalid);
    }
    let is_binary_base = base & (base - 1) == 0;
    if !is_binary_base && n_digits > MAX_STR_DIGITS {
        return Err(ParseFailure::TooManyDigits(n_digits));
    }
    let digits: Vec<u8> = text[start..i].iter().copied().filter(|&b| b != b'_').collect();
    let magnitude = if digits.is_empty() {
        BigUint::default()
    } else {
        BigUint::parse_bytes(&digits, base).ok_or(ParseFailure::Invalid)?
    };
    if (error_if_nonzero && magnitude != BigUint::default()) || i == start {
        return Err(ParseFailure::Invalid);
    }
    while is_ascii_space(at(i)) {
        i += 1;
    }
    if i != text.len() {
        return Err(ParseFailure::Invalid);
    }
    let sign = if is_negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `str(n)` for an int (CPython's `long_to_decimal_string`), which 3.11 refuses beyond
/// `MAX_STR_DIGITS` digits with `ValueError: Exceeds the limit (4300 digits) for integer
/// string conversion; use sys.set_int_max_str_digits() to increase the limit`.
pub fn int_to_decimal_string(v: &BigInt) -> Result<String, NumError> {
    // 10**4300 < 2**14286, so anything with more bits has too many digits; smaller values
    // are converted and counted.
    let too_many = || {
        NumError::value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    if v.bits() >= 14_286 {
        return Err(too_many());
    }
    let text = v.to_string();
    let n_digits = text.len() - usize::from(v.sign() == Sign::Minus);
    if n_digits > MAX_STR_DIGITS {
        return Err(too_many());
    }
    Ok(text)
}

/// Python's `bin(n)`, `oct(n)` and `hex(n)` (CPython's `PyNumber_ToBase`) for base 2, 8 and
/// 16: the sign goes before the prefix (`-0x1f`). `with_prefix == false` leaves the prefix
/// out, which `format()` and `%` need. Other bases write plain digits (lower-case letters).
pub fn int_to_base(v: &BigInt, base: u32, with_prefix: bool) -> String {
    let prefix = match (with_prefix, base) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if v.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{}", v.magnitude().to_str_radix(base.clamp(2, 36)))
}

/// Python's `repr(s)` for a str (CPython's `unicode_repr`): single quotes unless the text
/// holds a `'` and no `"`; `\\`, the quote, `\t`, `\n`, `\r` escaped; other control
/// characters and DEL as `\xhh`; non-ASCII kept when printable, else `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh` (lower-case hex).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let cp = c as u32;
        match c {
            _ if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if cp < 0x20 || cp == 0x7f => out.push_str(&format!("\\x{cp:02x}")),
            _ if cp < 0x7f || ucd::is_printable(c) => out.push(c),
            _ if cp <= 0xff => out.push_str(&format!("\\x{cp:02x}")),
            _ if cp <= 0xffff => out.push_str(&format!("\\u{cp:04x}")),
            _ => out.push_str(&format!("\\U{cp:08x}")),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests;
