//! When is an interactive input complete? CPython's rule, decided on the text typed so far.
//!
//! An input needs another line while the parser says it ended early (an open bracket, a
//! block header with no body, a trailing `\`, an open triple-quoted string). A compound
//! statement (`def`, `class`, `if`, `for`, `while`, `try`, `with`, decorators) also needs a
//! terminating blank line, even once it parses. A blank line ends a block even when the
//! parser still wants more (`def f():` then a blank line is an error, as in CPython), but
//! not inside brackets or strings.
//!
//! Invariant: `classify` never runs code; it only parses.
//! Invariant: only `Incomplete` keeps the buffer; the caller runs or reports the rest.

use lang::ast::{Stmt, StmtKind};
use lang::{Diagnostic, SourceFile};

/// The verdict on the lines typed so far.
pub enum InputState {
    /// Read another line at the `... ` prompt.
    Incomplete,
    /// Run it (the session reports any syntax error it has).
    Complete,
    /// A syntax error CPython's interactive mode reports that the whole-program parser
    /// accepts: the rendered message.
    Invalid(String),
}

/// Classifies `buffer`: every line typed so far, each ending in `\n`.
pub fn classify(buffer: &str) -> InputState {
    let file = SourceFile::new(super::INPUT_NAME, buffer);
    let ends_with_blank_line = buffer.lines().count() > 1 && buffer.lines().last().is_some_and(|l| l.trim().is_empty());
    match lang::parse(&file) {
        Err(d) if d.is_incomplete => {
            if ends_with_blank_line && !only_lexically_open(buffer) {
                InputState::Complete
            } else {
                InputState::Incomplete
            }
        }
        Err(_) => InputState::Complete,
        Ok(module) => match module.body.as_slice() {
            [first, second, ..] if is_compound(first) => {
                // Interactive input is one statement: after a block, another statement
                // at column 0 is CPython's "invalid syntax" there.
                let at = lang::Span::new(second.span.start as usize, second.span.start as usize);
                InputState::Invalid(Diagnostic::syntax(at, "invalid syntax").render(&file))
            }
            [first] if is_compound(first) && !ends_with_blank_line => InputState::Incomplete,
            _ => InputState::Complete,
        },
    }
}

/// True when `buffer` is still incomplete with a statement after it: an open bracket,
/// string or line continuation, where a blank line does not end the input.
fn only_lexically_open(buffer: &str) -> bool {
    let probe = format!("{buffer}pass\n");
    matches!(lang::parse(&SourceFile::new(super::INPUT_NAME, probe)), Err(d) if d.is_incomplete)
}

fn is_compound(stmt: &Stmt) -> bool {
    matches!(
        stmt.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::{classify, InputState};

    fn verdict(text: &str) -> &'static str {
        match classify(text) {
            InputState::Incomplete => "more",
            InputState::Complete => "run",
            InputState::Invalid(_) => "invalid",
        }
    }

    #[test]
    fn follows_cpython_continuation_rule() {
        assert_eq!(verdict("1 + 1\n"), "run");
        assert_eq!(verdict("x = (1,\n"), "more");
        assert_eq!(verdict("x = (1,\n\n"), "more");
        assert_eq!(verdict("x = (1,\n2)\n"), "run");
        assert_eq!(verdict("def f():\n"), "more");
        assert_eq!(verdict("def f():\n    return 1\n"), "more");
        assert_eq!(verdict("def f():\n    return 1\n\n"), "run");
        assert_eq!(verdict("def f():\n\n"), "run");
        assert_eq!(verdict("for i in range(3): print(i)\n"), "more");
        assert_eq!(verdict("for i in range(3): print(i)\n\n"), "run");
        assert_eq!(verdict("@dec\n"), "more");
        assert_eq!(verdict("s = '''a\n"), "more");
        assert_eq!(verdict("s = '''a\n\n"), "more");
        assert_eq!(verdict("x = 1 + \\\n"), "more");
        assert_eq!(verdict("if 1:\n  pass\nx = 5\n"), "invalid");
        assert_eq!(verdict("1 +\n"), "run");
    }
}
