//! The lexer: drives logos over a file (or one f-string hole) and yields decoded `Tok`s with
//! byte spans, adding NEWLINE at the end of each logical line.
//!
//! Invariant: NEWLINE is emitted only outside brackets, only after a line that produced a token
//! (blank and comment-only lines produce nothing), and once more at the end of the input if the
//! last line had tokens; line joining (`\` and open brackets) happens here and nowhere else.
//! Invariant: the token list is cut at the first error, which is returned beside it; every span
//! is a byte range of the `SourceFile` (f-string holes are lexed in place, never copied).
//! Invariant: bracket nesting never exceeds `MAX_BRACKET_DEPTH` and the expression-depth
//! estimate never exceeds `MAX_EXPR_DEPTH`, so no later stage can recurse without bound.
//!
//! Indentation is not handled here: `indent` turns line starts into INDENT/DEDENT.

mod number;
mod string;
#[cfg(test)]
mod tests;

pub use string::{decode_escape, push_normalized, Escape};

use crate::diagnostics::Diagnostic;
use crate::source::{SourceFile, Span};
use crate::token::{StringEnd, Tok, Token};
use crate::unsupported;
use logos::Logos;

/// A token with its start and end byte offsets, in the shape lalrpop consumes.
pub type Spanned = (usize, Tok, usize);

/// CPython's tokenizer limit on nested brackets (`MAXLEVEL`).
pub const MAX_BRACKET_DEPTH: usize = 200;

/// hyper's bound on how deeply one expression may nest. The estimate counts, along the open
/// brackets, the operators since the last comma at each level (see `DepthGuard`); it is an
/// upper bound of the AST depth, so the AST (and the recursion of whoever walks it) stays
/// below this. CPython itself gives up near 3000 levels.
pub const MAX_EXPR_DEPTH: u32 = 1000;

/// What is being lexed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A whole file: line breaks outside brackets end logical lines.
    Module,
    /// The expression inside an f-string's `{…}`: lexed as if inside parentheses.
    Hole,
}

/// The result of lexing: the tokens up to the first error, and that error.
#[derive(Debug)]
pub struct Lexed {
    pub tokens: Vec<Spanned>,
    pub error: Option<Diagnostic>,
}

/// Lexes `file.text[start..end]`. `base_depth` is the expression depth already used by the
/// enclosing expression (non-zero for f-string holes).
pub fn lex(file: &SourceFile, start: usize, end: usize, mode: Mode, base_depth: u32) -> Lexed {
    let mut lexer = Lexer {
        file,
        mode,
        tokens: Vec::new(),
        brackets: Vec::new(),
        line_has_token: false,
        depth: DepthGuard { base: base_depth, segments: vec![0], total: 0 },
    };
    let error = lexer.run(start, end).err();
    Lexed { tokens: lexer.tokens, error }
}

struct Lexer<'a> {
    file: &'a SourceFile,
    mode: Mode,
    tokens: Vec<Spanned>,
    /// Open brackets: the closing bracket each one expects, and where it was opened.
    brackets: Vec<(char, Span)>,
    line_has_token: bool,
    depth: DepthGuard,
}

impl Lexer<'_> {
    fn run(&mut self, start: usize, end: usize) -> Result<(), Diagnostic> {
        let text = self.file.text.get(start..end).unwrap_or("");
        // A UTF-8 byte order mark at the start of a file is not part of the program.
        let skip = if self.mode == Mode::Module && start == 0 && text.starts_with('\u{feff}') { 3 } else { 0 };
        let mut raw = Token::lexer(&text[skip..]);
        let base = start + skip;
        while let Some(item) = raw.next() {
            let range = raw.span();
            let (s, e) = (range.start + base, range.end + base);
            let slice = raw.slice();
            match item {
                Err(()) => return Err(self.invalid_character(s)),
                Ok(token) => self.token(token, slice, s, e, end)?,
            }
        }
        self.finish(end)
    }

    fn token(&mut self, token: Token, slice: &str, s: usize, e: usize, end: usize) -> Result<(), Diagnostic> {
        match token {
            Token::Newline => {
                if self.brackets.is_empty() && self.mode == Mode::Module && self.line_has_token {
                    self.push(s, Tok::Newline, e)?;
                    self.line_has_token = false;
                }
                Ok(())
            }
            Token::CarriageReturn => Ok(()),
            Token::Continuation => {
                if e >= end {
                    let error = Diagnostic::syntax(Span::new(s + 1, s + 1), "unexpected EOF while parsing");
                    return Err(error.incomplete());
                }
                Ok(())
            }
            Token::Backslash => {
                if e >= end {
                    let error = Diagnostic::syntax(Span::new(e, e), "unexpected EOF while parsing");
                    return Err(error.incomplete());
                }
                Err(Diagnostic::syntax(Span::new(e, e), "unexpected character after line continuation character"))
            }
            Token::Name => self.name(slice, s, e),
            Token::Decimal | Token::Hex | Token::Octal | Token::Binary | Token::Float => {
                number::check_end(&self.file.text, token, s, e)?;
                let tok = number::decode(token, slice)
                    .ok_or_else(|| Diagnostic::syntax(Span::new(s, e), "invalid syntax"))?;
                self.push(s, tok, e)
            }
            Token::Imaginary => Err(unsupported::imaginary_literal(Span::new(s, e))),
            Token::String(string_end) => {
                let literal = string::decode(self.file, s, e, string_end == StringEnd::Closed, self.depth.current())?;
                self.push(s, Tok::String(literal), e)
            }
            Token::LPar => self.open(')', s, e, Tok::LPar),
            Token::LSqb => self.open(']', s, e, Tok::LSqb),
            Token::LBrace => self.open('}', s, e, Tok::LBrace),
            Token::RPar => self.close(')', s, e, Tok::RPar),
            Token::RSqb => self.close(']', s, e, Tok::RSqb),
            Token::RBrace => self.close('}', s, e, Tok::RBrace),
            Token::Operator => {
                if slice == ":=" {
                    return Err(unsupported::walrus(Span::new(s, e)));
                }
                if slice == "*" && matches!(self.tokens.last(), Some((_, Tok::Except, _))) {
                    return Err(unsupported::except_star(Span::new(s, e)));
                }
                let tok = Tok::operator(slice).ok_or_else(|| Diagnostic::syntax(Span::new(s, e), "invalid syntax"))?;
                self.push(s, tok, e)
            }
        }
    }

    fn name(&mut self, slice: &str, s: usize, e: usize) -> Result<(), Diagnostic> {
        if slice == "async" {
            let next_word = next_word(&self.file.text, e);
            return Err(unsupported::async_construct(Span::new(s, e), next_word));
        }
        if slice == "await" {
            return Err(unsupported::await_expression(Span::new(s, e)));
        }
        let tok = Tok::keyword(slice).unwrap_or_else(|| Tok::Name(slice.to_string()));
        self.push(s, tok, e)
    }

    fn open(&mut self, closing: char, s: usize, e: usize, tok: Tok) -> Result<(), Diagnostic> {
        if self.brackets.len() >= MAX_BRACKET_DEPTH {
            return Err(Diagnostic::syntax(Span::new(s, e), "too many nested parentheses"));
        }
        self.push(s, tok, e)?;
        self.brackets.push((closing, Span::new(s, e)));
        self.depth.open();
        Ok(())
    }

    fn close(&mut self, closing: char, s: usize, e: usize, tok: Tok) -> Result<(), Diagnostic> {
        let span = Span::new(s, e);
        match self.brackets.pop() {
            None => {
                let prefix = if self.mode == Mode::Hole { "f-string: " } else { "" };
                Err(Diagnostic::syntax(span, format!("{prefix}unmatched '{closing}'")))
            }
            Some((expected, opened)) if expected != closing => {
                let opening = opening_of(expected);
                let mut message =
                    format!("closing parenthesis '{closing}' does not match opening parenthesis '{opening}'");
                let opened_line = self.file.line_of(opened.start);
                if opened_line != self.file.line_of(span.start) {
                    message.push_str(&format!(" on line {opened_line}"));
                }
                Err(Diagnostic::syntax(span, message))
            }
            Some(_) => {
                self.depth.close();
                self.push(s, tok, e)
            }
        }
    }

    fn push(&mut self, s: usize, tok: Tok, e: usize) -> Result<(), Diagnostic> {
        let at_base = self.brackets.is_empty();
        if self.depth.count(&tok, at_base) > MAX_EXPR_DEPTH {
            return Err(Diagnostic::syntax(Span::new(s, e), "too many nested expressions"));
        }
        if tok != Tok::Newline {
            self.line_has_token = true;
        }
        self.tokens.push((s, tok, e));
        Ok(())
    }

    fn finish(&mut self, end: usize) -> Result<(), Diagnostic> {
        if let Some(&(closing, opened)) = self.brackets.last() {
            let message = format!("'{}' was never closed", opening_of(closing));
            return Err(Diagnostic::syntax(opened, message).incomplete());
        }
        if self.mode == Mode::Module && self.line_has_token {
            self.push(end, Tok::Newline, end)?;
            self.line_has_token = false;
        }
        Ok(())
    }

    /// CPython's messages for a character no token can start with.
    fn invalid_character(&self, s: usize) -> Diagnostic {
        let c = self.file.text.get(s..).and_then(|rest| rest.chars().next()).unwrap_or(' ');
        let span = Span::new(s, s + c.len_utf8());
        if c.is_ascii() {
            return Diagnostic::syntax(span, "invalid syntax");
        }
        let code = c as u32;
        if is_printable(c) {
            Diagnostic::syntax(span, format!("invalid character '{c}' (U+{code:04X})"))
        } else {
            Diagnostic::syntax(span, format!("invalid non-printable character U+{code:04X}"))
        }
    }
}

fn opening_of(closing: char) -> char {
    match closing {
        ')' => '(',
        ']' => '[',
        _ => '{',
    }
}

/// An approximation of Python's `str.isprintable` for non-ASCII characters: separators,
/// controls and the common format characters are not printable.
fn is_printable(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c as u32, 0xAD | 0x600..=0x605 | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF))
}

/// The identifier that follows `offset` after blanks, for refusals that name two words.
fn next_word(text: &str, offset: usize) -> &str {
    let rest = text.get(offset..).unwrap_or("").trim_start_matches([' ', '\t']);
    let len = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
    &rest[..len]
}

/// A cheap upper bound of expression nesting, kept as tokens go by.
///
/// Each open bracket level has a segment counter: operators that can add an AST level (all
/// but commas, comparisons, `and`/`or`, which build flat nodes) increment the innermost counter,
/// a comma (or `=`) starts a new sibling and resets it, a newline or `;` at the outer level
/// resets everything. The AST depth of any node is at most the sum of the counters when its
/// last token went by, plus a small constant per level.
struct DepthGuard {
    /// Depth used by the enclosing expression of an f-string hole; never reset.
    base: u32,
    segments: Vec<u32>,
    total: u32,
}

impl DepthGuard {
    fn open(&mut self) {
        self.segments.push(0);
    }

    fn close(&mut self) {
        if self.segments.len() > 1 {
            let top = self.segments.pop().unwrap_or(0);
            self.total -= top;
        }
    }

    fn reset_top(&mut self) {
        if let Some(top) = self.segments.last_mut() {
            self.total -= *top;
            *top = 0;
        }
    }

    /// Accounts for one token and returns the running estimate.
    fn count(&mut self, tok: &Tok, at_base: bool) -> u32 {
        match tok {
            Tok::Comma | Tok::Equal => self.reset_top(),
            Tok::Newline | Tok::Semi if at_base => self.reset_top(),
            Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::String(_)
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
            | Tok::Colon
            | Tok::And
            | Tok::Or
            | Tok::In
            | Tok::Is
            | Tok::Less
            | Tok::Greater
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::EqEqual
            | Tok::NotEqual => {}
            _ => {
                if let Some(top) = self.segments.last_mut() {
                    *top += 1;
                    self.total += 1;
                }
            }
        }
        // Each open bracket may add a level of its own (a tuple, a call) besides its operators.
        self.base + self.total + self.segments.len() as u32
    }

    fn current(&self) -> u32 {
        self.base + self.total + self.segments.len() as u32
    }
}
