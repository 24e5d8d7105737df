//! Unit tests of the lexer: logical lines, line joining, literal decoding and spans.

use super::{lex, Mode};
use crate::source::SourceFile;
use crate::token::{StringLiteral, Tok};
use num_bigint::BigInt;

fn tokens(text: &str) -> Vec<Tok> {
    let file = SourceFile::new("t.py", text);
    let lexed = lex(&file, 0, text.len(), Mode::Module, 0);
    assert!(lexed.error.is_none(), "unexpected error {:?} for {text:?}", lexed.error);
    lexed.tokens.into_iter().map(|t| t.1).collect()
}

fn name(s: &str) -> Tok {
    Tok::Name(s.to_string())
}

fn int(n: i64) -> Tok {
    Tok::Int(BigInt::from(n))
}

fn string(text: &str) -> String {
    match tokens(text).into_iter().next() {
        Some(Tok::String(StringLiteral::Plain(s))) => s,
        other => panic!("expected a plain string for {text:?}, got {other:?}"),
    }
}

#[test]
fn blank_and_comment_lines_make_no_newline() {
    let toks = tokens("\n  # only a comment\n\nx = 1  # trailing\n\n");
    assert_eq!(toks, vec![name("x"), Tok::Equal, int(1), Tok::Newline]);
}

#[test]
fn brackets_join_lines_and_backslash_continues() {
    let toks = tokens("x = (1,\n  2)\ny = 1 + \\\n  2\n");
    let expected = vec![
        name("x"),
        Tok::Equal,
        Tok::LPar,
        int(1),
        Tok::Comma,
        int(2),
        Tok::RPar,
        Tok::Newline,
        name("y"),
        Tok::Equal,
        int(1),
        Tok::Plus,
        int(2),
        Tok::Newline,
    ];
    assert_eq!(toks, expected);
}

#[test]
fn final_newline_is_added() {
    assert_eq!(tokens("pass"), vec![Tok::Pass, Tok::Newline]);
}

#[test]
fn keywords_names_and_unicode_identifiers() {
    assert_eq!(tokens("if ifx été _x"), vec![Tok::If, name("ifx"), name("été"), name("_x"), Tok::Newline]);
}

#[test]
fn numbers() {
    let toks = tokens("0 00 1_000 0xff 0o17 0b101 1.5 .5 1. 1e-9 1_0.0_1");
    let expected = vec![
        int(0),
        int(0),
        int(1000),
        int(255),
        int(15),
        int(5),
        Tok::Float(1.5),
        Tok::Float(0.5),
        Tok::Float(1.0),
        Tok::Float(1e-9),
        Tok::Float(10.01),
        Tok::Newline,
    ];
    assert_eq!(toks, expected);
    let big = "123456789012345678901234567890";
    assert_eq!(tokens(big)[0], Tok::Int(big.parse().unwrap_or_default()));
}

#[test]
fn operators_take_the_longest_match() {
    let toks = tokens("a **= b // c ... d -> e != f");
    let expected = vec![
        name("a"),
        Tok::DoubleStarEqual,
        name("b"),
        Tok::DoubleSlash,
        name("c"),
        Tok::Ellipsis,
        name("d"),
        Tok::RArrow,
        name("e"),
        Tok::NotEqual,
        name("f"),
        Tok::Newline,
    ];
    assert_eq!(toks, expected);
}

#[test]
fn string_escapes_decode_as_cpython() {
    assert_eq!(string(r#""a\nb\t\\\'\"""#), "a\nb\t\\'\"");
    assert_eq!(string(r#""\x41\u00e9\U0001F600\101\0""#), "Aé😀A\0");
    assert_eq!(string(r#""\d\{""#), "\\d\\{");
    assert_eq!(string(r#"r"\n\d""#), "\\n\\d");
    assert_eq!(string("'a\\\nb'"), "ab");
    assert_eq!(string("'''a\r\nb'''"), "a\nb");
    assert_eq!(string("u'x'"), "x");
    assert_eq!(string("''''''"), "");
    assert_eq!(string("''"), "");
}

#[test]
fn spans_are_byte_ranges_of_the_file() {
    let text = "é = 'ü'\n";
    let file = SourceFile::new("t.py", text);
    let lexed = lex(&file, 0, text.len(), Mode::Module, 0);
    let spans: Vec<(usize, usize)> = lexed.tokens.iter().map(|t| (t.0, t.2)).collect();
    assert_eq!(spans, vec![(0, 2), (3, 4), (5, 9), (9, 10)]);
}

#[test]
fn hole_mode_ignores_line_breaks() {
    let text = "a +\n b";
    let file = SourceFile::new("t.py", text);
    let lexed = lex(&file, 0, text.len(), Mode::Hole, 0);
    let toks: Vec<Tok> = lexed.tokens.into_iter().map(|t| t.1).collect();
    assert_eq!(toks, vec![name("a"), Tok::Plus, name("b")]);
}
