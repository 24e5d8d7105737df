//! Indentation: turns the start of each logical line into INDENT/DEDENT tokens, as CPython's
//! tokenizer does.
//!
//! Invariant: this is the only place that counts columns. Tabs advance to the next multiple of
//! 8, a form feed resets the column, and a second count with tabs as one column detects
//! inconsistent tab/space mixes (CPython's `altcol`, giving `TabError`).
//! Invariant: INDENT and DEDENT are zero-width tokens at the first token of a line; the output
//! has balanced INDENT/DEDENT pairs when no error is returned, and never more than
//! `MAX_INDENT_LEVELS` open levels.

#[cfg(test)]
mod tests;

use crate::diagnostics::{Diagnostic, DiagnosticKind};
use crate::lexer::Spanned;
use crate::source::{SourceFile, Span};
use crate::token::Tok;

/// CPython's limit on nested indentation levels (`MAXINDENT`).
pub const MAX_INDENT_LEVELS: usize = 100;

/// Inserts INDENT/DEDENT tokens into a module's token list. Returns the tokens up to the first
/// indentation error, and that error.
pub fn layout(file: &SourceFile, tokens: Vec<Spanned>) -> (Vec<Spanned>, Option<Diagnostic>) {
    let mut out = Vec::with_capacity(tokens.len() + 16);
    // Each level: (column with tabs to multiples of 8, column with tabs as 1).
    let mut levels: Vec<(u32, u32)> = vec![(0, 0)];
    let mut at_line_start = true;
    // Closing DEDENTs sit on the last line (at its NEWLINE), not past the end of the file.
    let end = tokens.last().map_or(0, |t| t.0);
    for (s, tok, e) in tokens {
        if at_line_start {
            let (col, altcol) = indentation(file, s);
            let (top, alttop) = levels.last().copied().unwrap_or((0, 0));
            if col > top {
                if altcol <= alttop {
                    return (out, Some(tab_error(s)));
                }
                if levels.len() >= MAX_INDENT_LEVELS {
                    return (out, Some(Diagnostic::indentation(Span::new(s, e), "too many levels of indentation")));
                }
                levels.push((col, altcol));
                out.push((s, Tok::Indent, s));
            } else {
                while levels.last().is_some_and(|&(c, _)| col < c) {
                    levels.pop();
                    out.push((s, Tok::Dedent, s));
                }
                let (top, alttop) = levels.last().copied().unwrap_or((0, 0));
                if col != top {
                    let message = "unindent does not match any outer indentation level";
                    return (out, Some(Diagnostic::indentation(Span::new(s, e), message)));
                }
                if altcol != alttop {
                    return (out, Some(tab_error(s)));
                }
            }
        }
        at_line_start = tok == Tok::Newline;
        out.push((s, tok, e));
    }
    for _ in 1..levels.len() {
        out.push((end, Tok::Dedent, end));
    }
    (out, None)
}

fn tab_error(s: usize) -> Diagnostic {
    Diagnostic {
        kind: DiagnosticKind::TabError,
        span: Span::new(s, s),
        message: "inconsistent use of tabs and spaces in indentation".into(),
        is_incomplete: false,
    }
}

/// The indentation of the line holding the token at byte `s`: only the blanks before it count
/// (a line continued with `\` is not re-indented).
fn indentation(file: &SourceFile, s: usize) -> (u32, u32) {
    let line_start = file.text.get(..s).and_then(|before| before.rfind('\n')).map_or(0, |i| i + 1);
    let mut col = 0;
    let mut altcol = 0;
    for b in file.text.as_bytes().get(line_start..s).unwrap_or(&[]) {
        match b {
            b' ' => {
                col += 1;
                altcol += 1;
            }
            b'\t' => {
                col = (col / 8 + 1) * 8;
                altcol += 1;
            }
            b'\x0c' => {
                col = 0;
                altcol = 0;
            }
            _ => break,
        }
    }
    (col, altcol)
}
