//! hyper's front end: Python source text to an AST with spans, or a diagnostic.
//!
//! The pipeline is `lexer` (logos tokens, line joining, literal decoding, f-strings through
//! `fstring`) -> `indent` (INDENT/DEDENT) -> the LR(1) parser generated from
//! `grammar.lalrpop` (actions in `grammar_support`) -> `parse_error` for CPython's messages.
//!
//! Invariant: the parser never panics, whatever the input; every refusal of a construct
//! outside hyper's subset is a `Diagnostic` with a span naming the construct (`unsupported`).
//! Invariant: no stage recurses without bound: bracket nesting, expression depth and
//! indentation levels are capped by the lexer and `indent` before any tree is built.
//! Invariant: this crate knows nothing about runtime values or execution.
//!
//! Not done here: `'return' outside function`, `'break' outside loop`, `nonlocal` at module
//! level and other compile-time checks are the runtime compiler's (as in CPython's compiler).

pub mod ast;
pub mod diagnostics;
pub mod source;

mod fstring;
mod grammar_support;
mod indent;
mod lexer;
mod parse_error;
mod token;
mod unsupported;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_qualifications, unused_parens)]
    grammar
);

pub use diagnostics::{Diagnostic, DiagnosticKind};
pub use source::{SourceFile, Span};

use grammar_support::Top;
use lexer::{Mode, Spanned};
use std::cell::Cell;
use token::Tok;

/// Parses a whole file (or one complete REPL input) into a module.
pub fn parse(file: &SourceFile) -> Result<ast::Module, Diagnostic> {
    let lexed = lexer::lex(file, 0, file.text.len(), Mode::Module, 0);
    let (tokens, indent_error) = indent::layout(file, lexed.tokens);
    // The indentation error, if any, lies before the lexer's (the token list stops at the
    // lexer's error), so it is the first tokenizer error.
    let tokenizer_error = indent_error.or(lexed.error);
    match (run_parser(file, Tok::StartModule, &tokens, false), tokenizer_error) {
        (Ok(Top::Module(body)), None) => Ok(ast::Module { body }),
        (Ok(_), None) => Err(Diagnostic::syntax(Span::default(), "invalid syntax")),
        (Ok(_), Some(error)) => Err(error),
        // CPython reports a specific parser error found before the tokenizer's error, but
        // lets the tokenizer's error replace a generic "invalid syntax".
        (Err(described), Some(error)) if described.is_generic => Err(error),
        (Err(described), _) => Err(described.diagnostic),
    }
}

/// Parses the expression of an f-string hole, `file.text[start..end]`, as if parenthesized.
pub(crate) fn parse_hole(file: &SourceFile, start: usize, end: usize, depth: u32) -> Result<ast::Expr, Diagnostic> {
    let lexed = lexer::lex(file, start, end, Mode::Hole, depth);
    if let Some(error) = lexed.error {
        return Err(error);
    }
    match run_parser(file, Tok::StartHole, &lexed.tokens, true) {
        Ok(Top::Hole(expr)) => Ok(expr),
        Ok(Top::Module(_)) => Err(Diagnostic::syntax(Span::new(start, end), "invalid syntax")),
        // The hole's text is complete (its `}` was found), so running out of tokens is plain
        // invalid syntax, never a reason to ask the REPL for more input.
        Err(described) if described.diagnostic.is_incomplete => {
            Err(Diagnostic::syntax(Span::new(end, end), "invalid syntax"))
        }
        Err(described) => Err(described.diagnostic),
    }
}

fn run_parser(
    file: &SourceFile,
    marker: Tok,
    tokens: &[Spanned],
    in_brackets: bool,
) -> Result<Top, parse_error::Described> {
    let consumed = Cell::new(0usize);
    let stream = std::iter::once((0, marker, 0))
        .chain(tokens.iter().cloned())
        .inspect(|_| consumed.set(consumed.get() + 1))
        .map(Ok::<Spanned, Diagnostic>);
    grammar::TopParser::new()
        .parse(stream)
        .map_err(|error| parse_error::describe(file, tokens, consumed.get(), in_brackets, error))
}
