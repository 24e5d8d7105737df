//! Tab completion, as CPython's `rlcompleter`: keywords, the session's globals and the
//! builtins for a bare name; `dir(obj)` for `obj.attr`. Tab at the start of a line (or
//! after only whitespace) indents instead.
//!
//! Invariant: completion evaluates at most a dotted chain of names that already exist
//! (`a.b.c` before the last dot); it never evaluates calls, subscripts or any other
//! expression, and an error while looking up gives no candidates, never a message.
//! Names get `(` appended when callable, keywords get ` ` or `:` as `rlcompleter` does.

use runtime::session::Session;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::rc::Rc;

/// What Tab inserts where there is nothing to complete (CPython inserts a tab; spaces keep
/// indentation consistent with what people type).
const INDENT: &str = "    ";

/// Python 3.11's `keyword.kwlist`.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// The rustyline helper: completion from the live session; no hints, colours or validation.
pub struct ReplHelper {
    session: Rc<Session>,
}

impl ReplHelper {
    pub fn new(session: Rc<Session>) -> ReplHelper {
        ReplHelper { session }
    }

    /// Candidates for the bare name prefix `prefix`.
    fn name_candidates(&self, prefix: &str) -> Vec<String> {
        let mut out: Vec<String> = KEYWORDS
            .iter()
            .filter(|k| k.starts_with(prefix))
            .map(|&k| match k {
                "finally" | "try" => format!("{k}:"),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => k.to_string(),
                _ => format!("{k} "),
            })
            .collect();
        let mut names: Vec<String> = self
            .session
            .global_names()
            .into_iter()
            .filter(|(name, _)| name.starts_with(prefix) && !KEYWORDS.contains(&name.as_str()))
            .map(|(name, callable)| if callable { format!("{name}(") } else { name })
            .collect();
        names.sort();
        names.dedup();
        out.extend(names);
        out
    }

    /// Candidates for `attr_prefix` after `dotted.`; names starting with `_` only when the
    /// prefix asks for them (`_` shows single-underscore names, `__` shows dunders).
    fn attribute_candidates(&self, dotted: &str, attr_prefix: &str) -> Vec<String> {
        if !dotted.split('.').all(is_identifier) {
            return Vec::new();
        }
        let Some(value) = self.session.lookup_dotted(dotted) else { return Vec::new() };
        let hidden = match attr_prefix {
            "" => Some("_"),
            "_" => Some("__"),
            _ => None,
        };
        let mut out: Vec<String> = self
            .session
            .attribute_names(&value)
            .into_iter()
            .filter(|(name, _)| name.starts_with(attr_prefix) && hidden.is_none_or(|h| !name.starts_with(h)))
            .map(|(name, callable)| if callable { format!("{name}(") } else { name })
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = line.get(..pos).unwrap_or(line);
        if before.trim().is_empty() {
            return Ok((pos, vec![pair(INDENT)]));
        }
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '_' || c == '.')
            .last()
            .map_or(pos, |(i, _)| i);
        let word = &before[start..];
        let (replace_from, candidates) = match word.rsplit_once('.') {
            Some((dotted, attr_prefix)) => (pos - attr_prefix.len(), self.attribute_candidates(dotted, attr_prefix)),
            None if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit()) => (pos, Vec::new()),
            None => (start, self.name_candidates(word)),
        };
        Ok((replace_from, candidates.iter().map(|c| pair(c)).collect()))
    }
}

fn pair(text: &str) -> Pair {
    Pair { display: text.to_string(), replacement: text.to_string() }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}
