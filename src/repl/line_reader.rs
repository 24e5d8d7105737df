//! Line reading for the REPL: rustyline with Emacs keys, Ctrl-R search, Tab completion and
//! a history file kept across sessions.
//!
//! The history file is `$XDG_DATA_HOME/hyper/history`, else `~/.local/share/hyper/history`.
//! Each non-blank line typed is one entry (as GNU readline does for CPython), appended to
//! the file as soon as it is read, so a session that ends abruptly keeps its history.
//!
//! Invariant: a history file that cannot be read, created or written never stops the REPL;
//! history then lives only in memory.

use super::completion::ReplHelper;
use runtime::session::Session;
use rustyline::config::{CompletionType, Config, EditMode};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::Editor;
use std::path::PathBuf;
use std::rc::Rc;

/// Most history entries kept, in memory and in the file.
const MAX_HISTORY: usize = 10_000;

/// What one read produced.
pub enum Read {
    /// A line, without its line break (a paste may hold several lines).
    Line(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of a non-terminal input.
    Eof,
    Failed(ReadlineError),
}

pub struct LineReader {
    editor: Editor<ReplHelper, FileHistory>,
    history_path: Option<PathBuf>,
}

impl LineReader {
    pub fn new(session: Rc<Session>) -> Result<LineReader, ReadlineError> {
        let config = Config::builder()
            .edit_mode(EditMode::Emacs)
            .completion_type(CompletionType::List)
            .auto_add_history(false)
            .history_ignore_space(false)
            .history_ignore_dups(true)?
            .max_history_size(MAX_HISTORY)?
            .build();
        let mut editor = Editor::with_config(config)?;
        editor.set_helper(Some(ReplHelper::new(session)));
        let history_path = history_path();
        if let Some(path) = &history_path {
            // A missing file is the first session; an unreadable one is ignored.
            let _ = editor.load_history(path);
        }
        Ok(LineReader { editor, history_path })
    }

    pub fn read_line(&mut self, prompt: &str) -> Read {
        match self.editor.readline(prompt) {
            Ok(line) => Read::Line(line),
            Err(ReadlineError::Interrupted) => Read::Interrupted,
            Err(ReadlineError::Eof) => Read::Eof,
            Err(e) => Read::Failed(e),
        }
    }

    /// Records a typed line in memory and in the history file.
    pub fn add_history(&mut self, line: &str) {
        if line.trim().is_empty() {
            return;
        }
        if matches!(self.editor.add_history_entry(line), Ok(true)) {
            self.save_history();
        }
    }

    /// Appends the entries not yet written to the history file; failures are ignored.
    pub fn save_history(&mut self) {
        let Some(path) = &self.history_path else { return };
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = self.editor.append_history(path);
    }
}

/// `$XDG_DATA_HOME/hyper/history`, else `$HOME/.local/share/hyper/history`; `None` when
/// neither variable gives an absolute directory (the XDG rule for relative paths).
fn history_path() -> Option<PathBuf> {
    let absolute = |var: &str| std::env::var_os(var).map(PathBuf::from).filter(|p| p.is_absolute());
    let data_home =
        absolute("XDG_DATA_HOME").or_else(|| absolute("HOME").map(|home| home.join(".local").join("share")))?;
    Some(data_home.join("hyper").join("history"))
}
