//! f-strings: splits an f-string's body into literal text and `{…}` holes, and parses each
//! hole's expression with the same grammar (lexed in place, so its spans point into the file).
//!
//! This follows CPython 3.11's `fstring_find_literal`/`fstring_find_expr` (Parser/string_parser.c):
//! the hole's end is found by scanning with a bracket stack and quote tracking, then the text
//! is parsed as if it were parenthesized; `=`, `!conversion` and `:spec` follow.
//!
//! Invariant: literal parts are never empty and never adjacent (they are merged).
//! Invariant: format specs nest at most two levels deep (CPython's limit), so the recursion
//! here is bounded; nested f-strings inside holes are bounded by the quote kinds available.

use crate::ast::{FStringExpr, FStringPart};
use crate::diagnostics::Diagnostic;
use crate::lexer::{decode_escape, push_normalized, Escape, MAX_BRACKET_DEPTH};
use crate::source::{SourceFile, Span};

/// Parses the body `file.text[start..end]` of an f-string (between its quotes). `depth` is the
/// expression depth around the literal (see `lexer::MAX_EXPR_DEPTH`).
pub fn parse(
    file: &SourceFile,
    start: usize,
    end: usize,
    is_raw: bool,
    depth: u32,
) -> Result<Vec<FStringPart>, Diagnostic> {
    let splitter = Splitter { file, bytes: file.text.as_bytes(), start, end, is_raw, depth };
    let mut i = start;
    splitter.parts(&mut i, 0)
}

struct Splitter<'a> {
    file: &'a SourceFile,
    bytes: &'a [u8],
    start: usize,
    end: usize,
    is_raw: bool,
    depth: u32,
}

fn error(span: Span, message: &str) -> Diagnostic {
    Diagnostic::syntax(span, format!("f-string: {message}"))
}

impl Splitter<'_> {
    fn at(&self, i: usize) -> Option<u8> {
        if i < self.end {
            self.bytes.get(i).copied()
        } else {
            None
        }
    }

    /// Literal text and holes from `*i` up to the end of the body, or (inside a format spec,
    /// `level > 0`) up to the `}` that closes the spec, which is left unread.
    fn parts(&self, i: &mut usize, level: u32) -> Result<Vec<FStringPart>, Diagnostic> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        while let Some(b) = self.at(*i) {
            match b {
                b'{' | b'}' => {
                    if level == 0 && self.at(*i + 1) == Some(b) {
                        literal.push(b as char);
                        *i += 2;
                        continue;
                    }
                    if b == b'}' {
                        if level == 0 {
                            return Err(error(Span::new(*i, *i + 1), "single '}' is not allowed"));
                        }
                        break;
                    }
                    if !literal.is_empty() {
                        parts.push(FStringPart::Literal(std::mem::take(&mut literal)));
                    }
                    *i += 1;
                    parts.push(FStringPart::Expr(self.hole(i, level)?));
                }
                b'\\' if !self.is_raw => {
                    let body = self.file.text.get(self.start..self.end).unwrap_or("");
                    let (escape, next) = decode_escape(body, *i - self.start)
                        .map_err(|e| e.to_diagnostic(Span::new(self.start, self.end)))?;
                    match escape {
                        Escape::Char(c) => literal.push(c),
                        Escape::LineContinuation => {}
                        Escape::Unrecognized => literal.push('\\'),
                    }
                    *i = self.start + next;
                }
                _ => {
                    let c = self.file.text.get(*i..).and_then(|rest| rest.chars().next()).unwrap_or('\u{fffd}');
                    *i += c.len_utf8();
                    push_normalized(&mut literal, c, self.at(*i));
                }
            }
        }
        if !literal.is_empty() {
            parts.push(FStringPart::Literal(literal));
        }
        Ok(parts)
    }

    /// One hole, from just after its `{` to just after its `}`.
    fn hole(&self, i: &mut usize, level: u32) -> Result<FStringExpr, Diagnostic> {
        let open = *i - 1;
        if level >= 2 {
            return Err(error(Span::new(open, open + 1), "expressions nested too deeply"));
        }
        let expr_start = *i;
        self.scan_expression(i)?;
        let expr_end = *i;
        let text = self.file.text.get(expr_start..expr_end).unwrap_or("");
        if text.trim_matches([' ', '\t', '\n', '\r', '\x0c']).is_empty() {
            return Err(error(Span::new(open, expr_end), "empty expression not allowed"));
        }
        let expr = crate::parse_hole(self.file, expr_start, expr_end, self.depth + 2).map_err(|mut d| {
            if !d.message.starts_with("f-string") {
                d.message = format!("f-string: {}", d.message);
            }
            d
        })?;
        let expecting = |at: usize| error(Span::new(open, at), "expecting '}'");
        let mut debug_text = None;
        if self.at(*i) == Some(b'=') {
            *i += 1;
            while self.at(*i).is_some_and(|b| b.is_ascii_whitespace()) {
                *i += 1;
            }
            if self.at(*i).is_none() {
                return Err(expecting(*i));
            }
            debug_text = self.file.text.get(expr_start..*i).map(str::to_string);
        }
        let mut conversion = None;
        if self.at(*i) == Some(b'!') {
            *i += 1;
            let c =
                self.file.text.get(*i..self.end).and_then(|rest| rest.chars().next()).ok_or_else(|| expecting(*i))?;
            *i += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(error(Span::new(open, *i), "invalid conversion character: expected 's', 'r', or 'a'"));
            }
            conversion = Some(c);
        }
        let mut format_spec = None;
        if self.at(*i) == Some(b':') {
            *i += 1;
            if self.at(*i).is_none() {
                return Err(expecting(*i));
            }
            format_spec = Some(self.parts(i, level + 1)?);
        }
        if self.at(*i) != Some(b'}') {
            return Err(expecting(*i));
        }
        *i += 1;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        Ok(FStringExpr { expr: Box::new(expr), conversion, format_spec, debug_text })
    }

    /// Moves `*i` to the end of a hole's expression: the first `!`, `:`, `=` or `}` outside
    /// brackets and nested strings that is not part of `!=`, `==`, `<=` or `>=`.
    fn scan_expression(&self, i: &mut usize) -> Result<(), Diagnostic> {
        let mut quote: Option<(u8, bool)> = None;
        let mut nested: Vec<(u8, usize)> = Vec::new();
        while let Some(b) = self.at(*i) {
            if b == b'\\' {
                return Err(Diagnostic::syntax(
                    Span::new(*i, *i + 1),
                    "f-string expression part cannot include a backslash",
                ));
            }
            if let Some((q, is_triple)) = quote {
                if b == q && (!is_triple || (self.at(*i + 1) == Some(q) && self.at(*i + 2) == Some(q))) {
                    quote = None;
                    *i += if is_triple { 3 } else { 1 };
                } else {
                    *i += 1;
                }
                continue;
            }
            match b {
                b'\'' | b'"' => {
                    let is_triple = self.at(*i + 1) == Some(b) && self.at(*i + 2) == Some(b);
                    quote = Some((b, is_triple));
                    *i += if is_triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    if nested.len() >= MAX_BRACKET_DEPTH {
                        return Err(error(Span::new(*i, *i + 1), "too many nested parenthesis"));
                    }
                    nested.push((b, *i));
                }
                b'#' => {
                    return Err(Diagnostic::syntax(
                        Span::new(*i, *i + 1),
                        "f-string expression part cannot include '#'",
                    ));
                }
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if nested.is_empty() => {
                    if self.at(*i + 1) == Some(b'=') && matches!(b, b'!' | b'=' | b'<' | b'>') {
                        *i += 2;
                        continue;
                    }
                    if !matches!(b, b'<' | b'>') {
                        return Ok(());
                    }
                }
                b')' | b']' | b'}' => {
                    let Some((opening, _)) = nested.pop() else {
                        return Err(error(Span::new(*i, *i + 1), &format!("unmatched '{}'", b as char)));
                    };
                    let expected = match opening {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if b != expected {
                        let message = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            b as char, opening as char
                        );
                        return Err(error(Span::new(*i, *i + 1), &message));
                    }
                }
                _ => {}
            }
            *i += 1;
        }
        if quote.is_some() {
            return Err(error(Span::new(*i, *i), "unterminated string"));
        }
        if let Some(&(opening, at)) = nested.last() {
            return Err(error(Span::new(at, at + 1), &format!("unmatched '{}'", opening as char)));
        }
        Err(error(Span::new(*i, *i), "expecting '}'"))
    }
}
