//! String literal decoding: prefixes, quotes, escape sequences, and the hand-off of
//! f-strings to `fstring`.
//!
//! Invariant: the decoded text is exactly the `str` CPython 3.11 builds for the literal, or the
//! literal is refused (bytes, `\N{…}`, lone surrogates) or rejected with CPython's message;
//! unknown escapes such as `\d` keep their backslash, as in CPython.
//! Invariant: line breaks inside a literal decode to `\n` whatever the file uses (`\r\n`, `\r`),
//! as CPython's universal-newline reading gives.

use crate::diagnostics::Diagnostic;
use crate::fstring;
use crate::source::{SourceFile, Span};
use crate::token::StringLiteral;
use crate::unsupported;

/// What one backslash sequence stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escape {
    /// A decoded character (`\n`, `\x41`, `\u00e9`, …).
    Char(char),
    /// A backslash before a line break: both vanish.
    LineContinuation,
    /// Not an escape (`\d`): the backslash stays, and the next character is read normally.
    Unrecognized,
}

/// Why an escape sequence could not be decoded; positions are byte offsets in the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EscapeError {
    /// CPython's `unicodeescape` codec error, with the inclusive byte range it names.
    Codec { start: usize, end: usize, reason: &'static str },
    /// `\N{name}` needs the Unicode name table, which hyper does not carry.
    Named,
    /// `\ud800`…`\udfff`: CPython keeps lone surrogates in a `str`, a Rust `String` cannot.
    Surrogate,
}

impl EscapeError {
    /// The diagnostic for this error in the literal at `span`.
    pub fn to_diagnostic(self, span: Span) -> Diagnostic {
        match self {
            EscapeError::Codec { start, end, reason } => Diagnostic::syntax(
                span,
                format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}"),
            ),
            EscapeError::Named => unsupported::named_unicode_escape(span),
            EscapeError::Surrogate => unsupported::surrogate_escape(span),
        }
    }
}

/// Decodes the string token at `s..e` (prefix and quotes included). `depth` is the expression
/// depth around the literal, handed to f-string holes.
pub fn decode(file: &SourceFile, s: usize, e: usize, is_closed: bool, depth: u32) -> Result<StringLiteral, Diagnostic> {
    let token = file.text.get(s..e).unwrap_or("");
    let span = Span::new(s, e);
    let prefix_len = token.find(['\'', '"']).unwrap_or(token.len());
    let prefix = token[..prefix_len].to_ascii_lowercase();
    let quote = token.as_bytes().get(prefix_len).copied().unwrap_or(b'"');
    let opening_is_triple =
        token.as_bytes().get(prefix_len..prefix_len + 3).is_some_and(|q| q.iter().all(|&b| b == quote));
    let is_triple = opening_is_triple && (!is_closed || token.len() - prefix_len >= 6);
    if !is_closed {
        return Err(unterminated(file, s, e, is_triple));
    }
    if prefix.contains('b') {
        return Err(unsupported::bytes_literal(span));
    }
    let quote_len = if is_triple { 3 } else { 1 };
    let body_start = s + prefix_len + quote_len;
    let body_end = e - quote_len;
    let is_raw = prefix.contains('r');
    if prefix.contains('f') {
        let parts = fstring::parse(file, body_start, body_end, is_raw, depth)?;
        return Ok(StringLiteral::Formatted(parts));
    }
    let body = file.text.get(body_start..body_end).unwrap_or("");
    decode_body(body, is_raw).map(StringLiteral::Plain).map_err(|error| error.to_diagnostic(span))
}

fn unterminated(file: &SourceFile, s: usize, e: usize, is_triple: bool) -> Diagnostic {
    let span = Span::new(s, s + 1);
    if is_triple {
        // CPython counts the line of the last character read, so a final line break does not
        // start a new line.
        let line = file.line_of(e.saturating_sub(1).max(s) as u32);
        let message = format!("unterminated triple-quoted string literal (detected at line {line})");
        Diagnostic::syntax(span, message).incomplete()
    } else {
        let line = file.line_of(e as u32);
        Diagnostic::syntax(span, format!("unterminated string literal (detected at line {line})"))
    }
}

/// Decodes the text between the quotes of a non-f-string literal.
pub fn decode_body(body: &str, is_raw: bool) -> Result<String, EscapeError> {
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while let Some(c) = body[i..].chars().next() {
        if c == '\\' && !is_raw {
            let (escape, next) = decode_escape(body, i)?;
            match escape {
                Escape::Char(decoded) => out.push(decoded),
                Escape::LineContinuation => {}
                Escape::Unrecognized => out.push('\\'),
            }
            i = next;
            continue;
        }
        i += c.len_utf8();
        push_normalized(&mut out, c, body.as_bytes().get(i).copied());
    }
    Ok(out)
}

/// Appends `c`, turning `\r\n` and a lone `\r` into `\n`; `next` is the byte after `c`.
pub fn push_normalized(out: &mut String, c: char, next: Option<u8>) {
    match c {
        '\r' if next == Some(b'\n') => {}
        '\r' => out.push('\n'),
        _ => out.push(c),
    }
}

/// Decodes the escape sequence whose backslash is at byte `i` of `body`; returns it and the
/// index just after it (for `Unrecognized`, just after the backslash).
pub fn decode_escape(body: &str, i: usize) -> Result<(Escape, usize), EscapeError> {
    let bytes = body.as_bytes();
    let Some(&kind) = bytes.get(i + 1) else {
        // A backslash at the very end cannot happen inside a closed literal; keep it.
        return Ok((Escape::Unrecognized, i + 1));
    };
    let simple = |c: char| Ok((Escape::Char(c), i + 2));
    match kind {
        b'\n' => Ok((Escape::LineContinuation, i + 2)),
        b'\r' => Ok((Escape::LineContinuation, if bytes.get(i + 2) == Some(&b'\n') { i + 3 } else { i + 2 })),
        b'\\' => simple('\\'),
        b'\'' => simple('\''),
        b'"' => simple('"'),
        b'a' => simple('\x07'),
        b'b' => simple('\x08'),
        b'f' => simple('\x0c'),
        b'n' => simple('\n'),
        b'r' => simple('\r'),
        b't' => simple('\t'),
        b'v' => simple('\x0b'),
        b'0'..=b'7' => {
            let digits = bytes[i + 1..].iter().take(3).take_while(|b| (b'0'..=b'7').contains(b)).count();
            let value = bytes[i + 1..i + 1 + digits].iter().fold(0u32, |acc, &b| acc * 8 + u32::from(b - b'0'));
            // Three octal digits are at most 0o777, always a valid scalar value.
            let c = char::from_u32(value).unwrap_or('\u{fffd}');
            Ok((Escape::Char(c), i + 1 + digits))
        }
        b'x' => hex_escape(bytes, i, 2, "truncated \\xXX escape"),
        b'u' => hex_escape(bytes, i, 4, "truncated \\uXXXX escape"),
        b'U' => hex_escape(bytes, i, 8, "truncated \\UXXXXXXXX escape"),
        b'N' => Err(EscapeError::Named),
        _ => Ok((Escape::Unrecognized, i + 1)),
    }
}

fn hex_escape(bytes: &[u8], i: usize, len: usize, truncated: &'static str) -> Result<(Escape, usize), EscapeError> {
    let digits = bytes[i + 2..].iter().take(len).take_while(|b| b.is_ascii_hexdigit()).count();
    if digits < len {
        return Err(EscapeError::Codec { start: i, end: i + 1 + digits, reason: truncated });
    }
    let value = bytes[i + 2..i + 2 + len].iter().fold(0u32, |acc, &b| acc * 16 + hex_value(b));
    if (0xD800..=0xDFFF).contains(&value) {
        return Err(EscapeError::Surrogate);
    }
    match char::from_u32(value) {
        Some(c) => Ok((Escape::Char(c), i + 2 + len)),
        None => Err(EscapeError::Codec { start: i, end: i + 1 + len, reason: "illegal Unicode character" }),
    }
}

fn hex_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'f' => u32::from(b - b'a' + 10),
        _ => u32::from(b - b'A' + 10),
    }
}
