//! Unit tests of INDENT/DEDENT layout, through the lexer.

use crate::lexer::{lex, Mode};
use crate::source::SourceFile;
use crate::token::Tok;

/// The layout tokens only, as a compact string: `>` INDENT, `<` DEDENT, `;` NEWLINE, `.` other.
fn shape(text: &str) -> String {
    let file = SourceFile::new("t.py", text);
    let lexed = lex(&file, 0, text.len(), Mode::Module, 0);
    let (tokens, error) = super::layout(&file, lexed.tokens);
    assert!(error.is_none(), "unexpected error {error:?} for {text:?}");
    tokens
        .iter()
        .map(|t| match t.1 {
            Tok::Indent => '>',
            Tok::Dedent => '<',
            Tok::Newline => ';',
            _ => '.',
        })
        .collect()
}

#[test]
fn blocks_open_and_close() {
    assert_eq!(shape("if x:\n    y\nz\n"), "...;>.;<.;");
    assert_eq!(shape("if x:\n  if y:\n    z\n"), "...;>...;>.;<<");
}

#[test]
fn blank_and_comment_lines_do_not_count() {
    assert_eq!(shape("if x:\n\n        # deep comment\n  y\n# c\nz\n"), "...;>.;<.;");
}

#[test]
fn tabs_go_to_multiples_of_eight() {
    // A tab then 8 spaces is column 16 both ways; altcol differs, which CPython refuses.
    assert_eq!(shape("if x:\n\ty\n\tz\n"), "...;>.;.;<");
    assert_eq!(shape("if x:\n        y\n        z\n"), "...;>.;.;<");
}

#[test]
fn continuation_lines_are_not_indentation() {
    assert_eq!(shape("x = (1,\n        2)\ny = 1 + \\\n      2\n"), ".......;.....;");
}

#[test]
fn form_feed_resets_the_column() {
    assert_eq!(shape("if x:\n    y\n\x0cz\n"), "...;>.;<.;");
}
