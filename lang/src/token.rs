//! Tokens: the raw `Token`s logos recognises, and the decoded `Tok`s the grammar consumes.
//!
//! Invariant: `Token` has no indentation logic and decodes nothing; a string token only finds
//! where its literal ends (`lexer` decodes it), a number token only matches its digits.
//! Invariant: `Tok` is the grammar's terminal alphabet: every variant appears in the `extern`
//! block of `grammar.lalrpop`, and `Tok::Newline`/`Indent`/`Dedent` come only from `lexer` and
//! `indent`, never from logos.

use crate::ast::FStringPart;
use logos::Logos;
use num_bigint::BigInt;

/// How a string token ended: the scan stops at the closing quote, or at the end of the line
/// (one-quote strings) or of the input (triple-quoted strings) when there is none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StringEnd {
    Closed,
    Unterminated,
}

/// A raw token as logos sees it. Whitespace inside a line and comments are skipped here;
/// newlines are kept because only the lexer knows whether a bracket is open.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(skip r"[ \t\x0c]+")]
// A comment runs to the end of its line by definition, so the greedy repetition is intended.
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum Token {
    #[regex(r"\r?\n")]
    Newline,
    /// A lone carriage return: CPython reads files with universal newlines, hyper treats it as
    /// blank space so that it never ends a line the `SourceFile` line table does not know.
    #[token("\r")]
    CarriageReturn,
    /// `\` followed by a line break: explicit line joining.
    #[regex(r"\\\r?\n")]
    Continuation,
    /// `\` not followed by a line break (an error unless at the end of the input).
    #[token("\\")]
    Backslash,

    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*")]
    Name,

    #[regex(r"[0-9](_?[0-9])*")]
    Decimal,
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    Hex,
    #[regex(r"0[oO](_?[0-7])+")]
    Octal,
    #[regex(r"0[bB](_?[01])+")]
    Binary,
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*")]
    Float,
    #[regex(r"[0-9](_?[0-9])*[jJ]")]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]")]
    Imaginary,

    /// A string literal: optional prefix, opening quote(s), then `scan_string` finds the end.
    #[regex(r#"([rRuUfFbB]|[rR][bBfF]|[bBfF][rR])?("|'|"""|''')"#, scan_string)]
    String(StringEnd),

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,

    /// Every operator and delimiter other than brackets; `lexer` maps the slice to a `Tok`.
    #[token("+")]
    #[token("-")]
    #[token("*")]
    #[token("**")]
    #[token("/")]
    #[token("//")]
    #[token("%")]
    #[token("@")]
    #[token("<<")]
    #[token(">>")]
    #[token("&")]
    #[token("|")]
    #[token("^")]
    #[token("~")]
    #[token("<")]
    #[token(">")]
    #[token("<=")]
    #[token(">=")]
    #[token("==")]
    #[token("!=")]
    #[token(",")]
    #[token(":")]
    #[token(".")]
    #[token(";")]
    #[token("=")]
    #[token("->")]
    #[token("...")]
    #[token(":=")]
    #[token("+=")]
    #[token("-=")]
    #[token("*=")]
    #[token("/=")]
    #[token("//=")]
    #[token("%=")]
    #[token("@=")]
    #[token("&=")]
    #[token("|=")]
    #[token("^=")]
    #[token(">>=")]
    #[token("<<=")]
    #[token("**=")]
    Operator,
}

/// Finds the end of a string literal whose prefix and opening quote(s) logos just matched.
/// A backslash always protects the next character (raw strings included, as in CPython); a
/// one-quote string stops at an unescaped line break.
fn scan_string(lex: &mut logos::Lexer<Token>) -> StringEnd {
    let opening = lex.slice();
    let quote = opening.as_bytes()[opening.len() - 1];
    let is_triple = opening.len() >= 3 && opening.as_bytes()[opening.len() - 3..].iter().all(|&b| b == quote);
    let rest = lex.remainder().as_bytes();
    let mut i = 0;
    while i < rest.len() {
        let b = rest[i];
        if b == b'\\' {
            // Step over the escaped character; a `\r\n` pair counts as one line break.
            i += if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') { 3 } else { 2 };
            continue;
        }
        if b == quote {
            if !is_triple {
                lex.bump(i + 1);
                return StringEnd::Closed;
            }
            if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                lex.bump(i + 3);
                return StringEnd::Closed;
            }
        }
        if (b == b'\n' || b == b'\r') && !is_triple {
            lex.bump(i);
            return StringEnd::Unterminated;
        }
        i += 1;
    }
    // A trailing backslash can step past the end; never bump beyond the input.
    lex.bump(rest.len());
    StringEnd::Unterminated
}

/// A decoded string literal: plain text, or an f-string already split into parts.
#[derive(Clone, Debug, PartialEq)]
pub enum StringLiteral {
    Plain(String),
    Formatted(Vec<FStringPart>),
}

/// A token as the grammar sees it, with its value decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// Marks the start of a whole module; see `lib::parse`.
    StartModule,
    /// Marks the start of an f-string hole's expression; see `fstring`.
    StartHole,
    Name(String),
    Int(BigInt),
    Float(f64),
    String(StringLiteral),
    Newline,
    Indent,
    Dedent,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Brackets.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,

    // Operators and delimiters.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LeftShift,
    RightShift,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    RArrow,
    Ellipsis,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    RightShiftEqual,
    LeftShiftEqual,
    DoubleStarEqual,
}

/// Python's hard keywords that hyper parses, as one table. `async` and `await` are keywords
/// too but are refused by the lexer (see `unsupported`), so they are not here.
pub const KEYWORDS: &[(&str, Tok)] = &[
    ("False", Tok::False),
    ("None", Tok::None),
    ("True", Tok::True),
    ("and", Tok::And),
    ("as", Tok::As),
    ("assert", Tok::Assert),
    ("break", Tok::Break),
    ("class", Tok::Class),
    ("continue", Tok::Continue),
    ("def", Tok::Def),
    ("del", Tok::Del),
    ("elif", Tok::Elif),
    ("else", Tok::Else),
    ("except", Tok::Except),
    ("finally", Tok::Finally),
    ("for", Tok::For),
    ("from", Tok::From),
    ("global", Tok::Global),
    ("if", Tok::If),
    ("import", Tok::Import),
    ("in", Tok::In),
    ("is", Tok::Is),
    ("lambda", Tok::Lambda),
    ("nonlocal", Tok::Nonlocal),
    ("not", Tok::Not),
    ("or", Tok::Or),
    ("pass", Tok::Pass),
    ("raise", Tok::Raise),
    ("return", Tok::Return),
    ("try", Tok::Try),
    ("while", Tok::While),
    ("with", Tok::With),
    ("yield", Tok::Yield),
];

/// Operators and delimiters by their spelling, as one table.
pub const OPERATORS: &[(&str, Tok)] = &[
    ("+", Tok::Plus),
    ("-", Tok::Minus),
    ("*", Tok::Star),
    ("**", Tok::DoubleStar),
    ("/", Tok::Slash),
    ("//", Tok::DoubleSlash),
    ("%", Tok::Percent),
    ("@", Tok::At),
    ("<<", Tok::LeftShift),
    (">>", Tok::RightShift),
    ("&", Tok::Amper),
    ("|", Tok::VBar),
    ("^", Tok::Circumflex),
    ("~", Tok::Tilde),
    ("<", Tok::Less),
    (">", Tok::Greater),
    ("<=", Tok::LessEqual),
    (">=", Tok::GreaterEqual),
    ("==", Tok::EqEqual),
    ("!=", Tok::NotEqual),
    (",", Tok::Comma),
    (":", Tok::Colon),
    (".", Tok::Dot),
    (";", Tok::Semi),
    ("=", Tok::Equal),
    ("->", Tok::RArrow),
    ("...", Tok::Ellipsis),
    ("+=", Tok::PlusEqual),
    ("-=", Tok::MinusEqual),
    ("*=", Tok::StarEqual),
    ("/=", Tok::SlashEqual),
    ("//=", Tok::DoubleSlashEqual),
    ("%=", Tok::PercentEqual),
    ("@=", Tok::AtEqual),
    ("&=", Tok::AmperEqual),
    ("|=", Tok::VBarEqual),
    ("^=", Tok::CircumflexEqual),
    (">>=", Tok::RightShiftEqual),
    ("<<=", Tok::LeftShiftEqual),
    ("**=", Tok::DoubleStarEqual),
];

impl Tok {
    /// The keyword spelled `name`, if it is one.
    pub fn keyword(name: &str) -> Option<Tok> {
        KEYWORDS.iter().find(|(spelling, _)| *spelling == name).map(|(_, tok)| tok.clone())
    }

    /// The operator spelled `text`, if it is one.
    pub fn operator(text: &str) -> Option<Tok> {
        OPERATORS.iter().find(|(spelling, _)| *spelling == text).map(|(_, tok)| tok.clone())
    }

    /// True for tokens that can end an expression operand (a name, a literal, a closing bracket).
    pub fn ends_operand(&self) -> bool {
        matches!(
            self,
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
        )
    }

    /// True for tokens that can start an expression operand.
    pub fn starts_operand(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::String(_)
                | Tok::True
                | Tok::False
                | Tok::None
                | Tok::Ellipsis
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::Lambda
                | Tok::Not
                | Tok::Tilde
        )
    }
}
