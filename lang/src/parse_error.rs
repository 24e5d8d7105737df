//! Parse errors: turns lalrpop's `ParseError` into a `Diagnostic` worded as CPython 3.11 words
//! it (`expected ':'`, `expected an indented block after 'if' statement on line 3`, …).
//!
//! Invariant: every error gets a diagnostic, falling back to `invalid syntax` at the offending
//! token; the result says whether it is *generic* (CPython lets a tokenizer error anywhere
//! in the file replace a generic error, see `lib::parse`).
//! Invariant: `is_incomplete` is set when the error is at the end of the input (only DEDENTs
//! or nothing remain), which is what the REPL needs to ask for another line.

use crate::diagnostics::Diagnostic;
use crate::lexer::Spanned;
use crate::source::{SourceFile, Span};
use crate::token::Tok;
use crate::unsupported;
use lalrpop_util::ParseError;

/// A diagnostic, and whether a tokenizer error may replace it.
pub struct Described {
    pub diagnostic: Diagnostic,
    pub is_generic: bool,
}

fn specific(diagnostic: Diagnostic) -> Described {
    Described { diagnostic, is_generic: false }
}

fn generic(diagnostic: Diagnostic) -> Described {
    Described { diagnostic, is_generic: true }
}

/// Describes `error`; `tokens` is what the parser was given (without the start marker) and
/// `consumed` how many tokens it pulled (with the marker).
pub fn describe(
    file: &SourceFile,
    tokens: &[Spanned],
    consumed: usize,
    in_brackets: bool,
    error: ParseError<usize, Tok, Diagnostic>,
) -> Described {
    match error {
        ParseError::User { error } => specific(error),
        ParseError::InvalidToken { location } => {
            generic(Diagnostic::syntax(Span::new(location, location), "invalid syntax"))
        }
        ParseError::ExtraToken { token: (l, _, r) } => generic(Diagnostic::syntax(Span::new(l, r), "invalid syntax")),
        ParseError::UnrecognizedEof { location, expected } => {
            // Point at the last line's NEWLINE rather than past the end of the file.
            let at = tokens.last().map_or(location, |t| t.0);
            let context = Context { file, tokens, index: tokens.len(), expected: &expected, in_brackets };
            let mut described = context.describe(Span::new(at, at));
            described.diagnostic.is_incomplete = true;
            // The input may only have ended early because the tokenizer stopped at an error.
            described.is_generic = true;
            described
        }
        ParseError::UnrecognizedToken { token: (l, _, r), expected } => {
            let index = find_index(tokens, consumed, l);
            let context = Context { file, tokens, index, expected: &expected, in_brackets };
            let mut described = context.describe(Span::new(l, r));
            if tokens[index.min(tokens.len())..].iter().all(|t| t.1 == Tok::Dedent) {
                described.diagnostic.is_incomplete = true;
            }
            described
        }
    }
}

/// The index in `tokens` of the token the parser stopped at.
fn find_index(tokens: &[Spanned], consumed: usize, start: usize) -> usize {
    // The parser reports the token it just pulled; the marker token is not in `tokens`.
    let guess = consumed.saturating_sub(2);
    if tokens.get(guess).is_some_and(|t| t.0 == start) {
        return guess;
    }
    tokens.iter().position(|t| t.0 == start).unwrap_or(tokens.len())
}

struct Context<'a> {
    file: &'a SourceFile,
    tokens: &'a [Spanned],
    /// Index of the offending token (`tokens.len()` at the end of the input).
    index: usize,
    expected: &'a [String],
    /// True for an f-string hole, which is parsed as if parenthesized.
    in_brackets: bool,
}

impl Context<'_> {
    fn expects(&self, terminal: &str) -> bool {
        self.expected.iter().any(|e| e.trim_matches('"') == terminal)
    }

    fn token(&self, i: usize) -> Option<&Tok> {
        self.tokens.get(i).map(|t| &t.1)
    }

    /// Index of the first token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut start = i.min(self.tokens.len());
        while start > 0 && !matches!(self.tokens[start - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent) {
            start -= 1;
        }
        start
    }

    fn describe(&self, span: Span) -> Described {
        let tok = self.token(self.index);
        let start = self.line_start(self.index);
        let first = self.token(start);
        if let Some(refusal) = self.soft_keyword_refusal(start) {
            return specific(refusal);
        }
        if tok == Some(&Tok::Indent) {
            return specific(Diagnostic::indentation(span, "unexpected indent"));
        }
        if self.expects("INDENT") {
            return specific(self.expected_block(span));
        }
        let is_newline = matches!(tok, None | Some(Tok::Newline));
        // CPython's block headers end in `&&':'` (any token but ':' is this error) or in an
        // `invalid_*` rule that matches only a NEWLINE where the ':' should be.
        let forces_colon = matches!(first, Some(Tok::Def | Tok::Try | Tok::Finally | Tok::Else));
        let is_header = matches!(
            first,
            Some(
                Tok::If
                    | Tok::Elif
                    | Tok::Else
                    | Tok::While
                    | Tok::For
                    | Tok::With
                    | Tok::Def
                    | Tok::Class
                    | Tok::Try
                    | Tok::Except
                    | Tok::Finally
            )
        );
        if self.expects(":") && is_header && (is_newline || forces_colon) && self.index > start {
            let after = self.tokens.get(self.index - 1).map_or(span.start as usize, |t| t.2);
            return specific(Diagnostic::syntax(Span::new(after, after), "expected ':'"));
        }
        if self.expected.len() <= 2
            && self.expects("except")
            && self.expected.iter().all(|e| {
                let e = e.trim_matches('"');
                e == "except" || e == "finally"
            })
        {
            return specific(Diagnostic::syntax(span, "expected 'except' or 'finally' block"));
        }
        if self.expects("else") && !self.expects("elif") {
            let if_span = self.tokens[start..self.index.min(self.tokens.len())]
                .iter()
                .rev()
                .find(|t| t.1 == Tok::If)
                .map_or(span, |t| Span::new(t.0, t.2));
            return specific(Diagnostic::syntax(if_span, "expected 'else' after 'if' expression"));
        }
        if let Some(Tok::Name(name)) = first {
            if name == "print" && self.index == start + 1 && tok.is_some_and(Tok::starts_operand) {
                let (s, _, _) = &self.tokens[start];
                let message = "Missing parentheses in call to 'print'. Did you mean print(...)?";
                return specific(Diagnostic::syntax(Span::new(*s, span.end as usize), message));
            }
        }
        if is_newline
            && matches!(first, Some(Tok::From))
            && matches!(self.index.checked_sub(1).and_then(|i| self.token(i)), Some(Tok::Comma))
        {
            let message = "trailing comma not allowed without surrounding parentheses";
            return specific(Diagnostic::syntax(span, message));
        }
        if let Some(described) = self.forgotten_comma(tok) {
            return described;
        }
        if tok == Some(&Tok::Equal)
            && matches!(first, Some(Tok::If | Tok::Elif | Tok::While))
            && matches!(self.index.checked_sub(1).and_then(|i| self.token(i)), Some(Tok::Name(_)))
        {
            let message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return specific(Diagnostic::syntax(span, message));
        }
        generic(Diagnostic::syntax(span, "invalid syntax"))
    }

    /// `match x:` and `type X = …` use soft keywords: their lines fail to parse as anything
    /// else, and are refused by name.
    fn soft_keyword_refusal(&self, start: usize) -> Option<Diagnostic> {
        let (s, Tok::Name(word), e) = self.tokens.get(start)? else { return None };
        let end =
            self.tokens[start..].iter().position(|t| t.1 == Tok::Newline).map_or(self.tokens.len(), |n| start + n);
        let span = Span::new(*s, *e);
        match word.as_str() {
            "match" if end > start + 2 && self.token(end - 1) == Some(&Tok::Colon) => {
                Some(unsupported::match_statement(span))
            }
            "type" if matches!(self.token(start + 1), Some(Tok::Name(_))) => Some(unsupported::type_alias(span)),
            _ => None,
        }
    }

    /// CPython's `expected an indented block after 'if' statement on line 3`.
    fn expected_block(&self, span: Span) -> Diagnostic {
        let header_end = self.index.saturating_sub(1);
        let start = self.line_start(header_end);
        let header = self.tokens.get(start);
        let what = match header.map(|t| &t.1) {
            Some(Tok::Def) => "function definition".to_string(),
            Some(Tok::Class) => "class definition".to_string(),
            Some(Tok::If) => "'if' statement".to_string(),
            Some(Tok::Elif) => "'elif' statement".to_string(),
            Some(Tok::Else) => "'else' statement".to_string(),
            Some(Tok::While) => "'while' statement".to_string(),
            Some(Tok::For) => "'for' statement".to_string(),
            Some(Tok::Try) => "'try' statement".to_string(),
            Some(Tok::Except) => "'except' statement".to_string(),
            Some(Tok::Finally) => "'finally' statement".to_string(),
            Some(Tok::With) => "'with' statement".to_string(),
            _ => return Diagnostic::indentation(span, "expected an indented block"),
        };
        let line = header.map_or(0, |t| self.file.line_of(t.0 as u32));
        // At the end of the input CPython points at the header line itself.
        let span = if self.index >= self.tokens.len() || self.tokens[self.index..].iter().all(|t| t.1 == Tok::Dedent) {
            self.tokens.get(header_end).map_or(span, |t| Span::new(t.0, t.0))
        } else {
            span
        };
        Diagnostic::indentation(span, format!("expected an indented block after {what} on line {line}"))
    }

    /// CPython's `invalid syntax. Perhaps you forgot a comma?`: two operands side by side
    /// inside brackets.
    fn forgotten_comma(&self, tok: Option<&Tok>) -> Option<Described> {
        let tok = tok?;
        let prev_index = self.index.checked_sub(1)?;
        let (prev_start, prev, _) = self.tokens.get(prev_index)?;
        if !(prev.ends_operand() && tok.starts_operand()) {
            return None;
        }
        if matches!((prev, tok), (Tok::Name(_), Tok::String(_))) {
            return None;
        }
        let mut depth: i64 = i64::from(self.in_brackets);
        for (_, t, _) in &self.tokens[..self.index] {
            match t {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                _ => {}
            }
        }
        if depth <= 0 {
            return None;
        }
        let end = self.tokens.get(self.index).map_or(*prev_start, |t| t.2);
        let message = "invalid syntax. Perhaps you forgot a comma?";
        // Generic: CPython's unclosed-bracket error at the end of the file wins over this hint.
        Some(generic(Diagnostic::syntax(Span::new(*prev_start, end), message)))
    }
}
