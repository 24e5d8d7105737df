//! Refusals of constructs outside hyper's subset: one function per construct, each a
//! `SyntaxError` diagnostic reading `hyper does not support 'X' yet` at the construct's span.
//!
//! Invariant: every refusal in the crate comes from this file, so the list of what hyper does
//! not parse is this file's list of functions.

use crate::diagnostics::Diagnostic;
use crate::source::Span;

#[cold]
fn refuse(span: Span, construct: &str) -> Diagnostic {
    Diagnostic::syntax(span, format!("hyper does not support '{construct}' yet"))
}

/// `async def`, `async for`, `async with` (named by the word after `async`).
#[cold]
pub fn async_construct(span: Span, next_word: &str) -> Diagnostic {
    match next_word {
        "def" | "for" | "with" => refuse(span, &format!("async {next_word}")),
        _ => refuse(span, "async"),
    }
}

/// `await expr`.
#[cold]
pub fn await_expression(span: Span) -> Diagnostic {
    refuse(span, "await")
}

/// The assignment expression `name := value`.
#[cold]
pub fn walrus(span: Span) -> Diagnostic {
    refuse(span, ":=")
}

/// The `match` statement (a soft keyword, recognised when its line fails to parse otherwise).
#[cold]
pub fn match_statement(span: Span) -> Diagnostic {
    refuse(span, "match")
}

/// `except* E:` (exception groups).
#[cold]
pub fn except_star(span: Span) -> Diagnostic {
    refuse(span, "except*")
}

/// `b'…'` and its raw forms.
#[cold]
pub fn bytes_literal(span: Span) -> Diagnostic {
    refuse(span, "bytes literals")
}

/// Imaginary literals such as `1j`.
#[cold]
pub fn imaginary_literal(span: Span) -> Diagnostic {
    refuse(span, "complex literals")
}

/// `from m import *`.
#[cold]
pub fn import_star(span: Span) -> Diagnostic {
    refuse(span, "import *")
}

/// `type X = …` (a soft keyword, recognised when its line fails to parse otherwise).
#[cold]
pub fn type_alias(span: Span) -> Diagnostic {
    refuse(span, "type")
}

/// `\N{NAME}` escapes: hyper carries no Unicode name table.
#[cold]
pub fn named_unicode_escape(span: Span) -> Diagnostic {
    refuse(span, "\\N{...} escapes")
}

/// `\ud800`-style escapes of lone surrogates, which a Rust `String` cannot hold.
#[cold]
pub fn surrogate_escape(span: Span) -> Diagnostic {
    refuse(span, "surrogate escapes")
}
