//! Number literal decoding, and CPython's checks on what may follow a number.
//!
//! Invariant: `decode` is only given slices that matched the number regexes of `Token`, so it
//! sees digits, `_` separators between digits, and at most one prefix, point and exponent.

use crate::diagnostics::Diagnostic;
use crate::source::Span;
use crate::token::{Tok, Token};
use num_bigint::BigInt;

/// The value of a number token; `None` only if the slice did not come from the regexes.
pub fn decode(kind: Token, slice: &str) -> Option<Tok> {
    let digits: String = slice.chars().filter(|&c| c != '_').collect();
    let (radix, body) = match kind {
        Token::Hex => (16, &digits[2..]),
        Token::Octal => (8, &digits[2..]),
        Token::Binary => (2, &digits[2..]),
        Token::Decimal => (10, &digits[..]),
        // Rust's float parser rounds correctly and accepts `1.`, `.5` and `1e-9`, as Python does;
        // exponents beyond the range give infinities, as in CPython.
        _ => return digits.parse::<f64>().ok().map(Tok::Float),
    };
    BigInt::parse_bytes(body.as_bytes(), radix).map(Tok::Int)
}

/// CPython's `verify_end_of_number` and literal checks: a number may not run into a name
/// (`1abc`), a stray `_`, a digit outside its base, or carry leading zeros (`0123`).
pub fn check_end(text: &str, kind: Token, s: usize, e: usize) -> Result<(), Diagnostic> {
    let slice = text.get(s..e).unwrap_or("");
    let rest = text.get(e..).unwrap_or("");
    let next = rest.chars().next();
    let error = |message: String| Err(Diagnostic::syntax(Span::new(s, e), message));
    if kind == Token::Decimal
        && slice.len() > 1
        && slice.starts_with('0')
        && slice.bytes().any(|b| b != b'0' && b != b'_')
    {
        return error(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
        );
    }
    let Some(c) = next else { return Ok(()) };
    if kind == Token::Decimal && slice == "0" {
        let digit = rest[c.len_utf8()..].chars().next().filter(char::is_ascii_digit);
        match (c.to_ascii_lowercase(), digit) {
            ('x', _) => return error("invalid hexadecimal literal".into()),
            ('o', Some(d)) => return error(format!("invalid digit '{d}' in octal literal")),
            ('o', None) => return error("invalid octal literal".into()),
            ('b', Some(d)) => return error(format!("invalid digit '{d}' in binary literal")),
            ('b', None) => return error("invalid binary literal".into()),
            _ => {}
        }
    }
    let base_name = match kind {
        Token::Hex => "hexadecimal",
        Token::Octal => "octal",
        Token::Binary => "binary",
        _ => "decimal",
    };
    if c.is_ascii_digit() {
        // Only a digit outside the base can follow the longest match of a prefixed number.
        return error(format!("invalid digit '{c}' in {base_name} literal"));
    }
    // Only ASCII letters count: CPython lexes `1é` as a number followed by a name.
    if c == '_' || (c.is_ascii_alphabetic() && !starts_with_keyword(rest)) {
        return error(format!("invalid {base_name} literal"));
    }
    Ok(())
}

/// The keywords CPython lets a number run into (`1if x else 2`), checked on their first
/// letters only, as CPython's tokenizer does.
fn starts_with_keyword(rest: &str) -> bool {
    ["and", "else", "for", "if", "in", "is", "not", "or"].iter().any(|kw| rest.starts_with(kw))
}
