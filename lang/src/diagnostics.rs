//! Diagnostics: syntax errors and refusals, rendered the way CPython prints a `SyntaxError`.
//!
//! Invariant: every diagnostic points at a span of the file it was made for; rendering never
//! panics, whatever the span.

use crate::source::{SourceFile, Span};

/// Which Python exception a diagnostic stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl DiagnosticKind {
    pub fn name(self) -> &'static str {
        match self {
            DiagnosticKind::SyntaxError => "SyntaxError",
            DiagnosticKind::IndentationError => "IndentationError",
            DiagnosticKind::TabError => "TabError",
        }
    }
}

/// A syntax error or a refusal of a construct hyper does not support.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub span: Span,
    pub message: String,
    /// True when the input ended before the construct did (an unclosed bracket, a block
    /// header with no body). The REPL uses this to ask for a continuation line.
    pub is_incomplete: bool,
}

impl Diagnostic {
    pub fn syntax(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { kind: DiagnosticKind::SyntaxError, span, message: message.into(), is_incomplete: false }
    }

    pub fn indentation(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { kind: DiagnosticKind::IndentationError, span, message: message.into(), is_incomplete: false }
    }

    pub fn incomplete(mut self) -> Diagnostic {
        self.is_incomplete = true;
        self
    }

    /// CPython's rendering, without the `Traceback` header (CPython prints none for a
    /// syntax error in the main script):
    ///
    /// ```text
    ///   File "t.py", line 1
    ///     x = (1 +
    ///          ^
    /// SyntaxError: '(' was never closed
    /// ```
    pub fn render(&self, file: &SourceFile) -> String {
        let line = file.line_of(self.span.start);
        let mut out = format!("  File \"{}\", line {}\n", file.name, line);
        let text = file.line_text(line);
        let trimmed = text.trim_start();
        if !trimmed.is_empty() {
            let indent = text.chars().count() - trimmed.chars().count();
            out.push_str("    ");
            out.push_str(trimmed.trim_end());
            out.push('\n');
            let col = (file.column_of(self.span.start) as usize).saturating_sub(indent);
            out.push_str("    ");
            out.push_str(&" ".repeat(col));
            out.push_str("^\n");
        }
        out.push_str(self.kind.name());
        out.push_str(": ");
        out.push_str(&self.message);
        out.push('\n');
        out
    }
}
