//! AST snapshot tests: every `tests/parse/*.py` is parsed and its AST dump (see `ast_dump`)
//! compared with the reviewed snapshot in `tests/snapshots/`.
//!
//! Invariant: each input also parses under CPython 3.11 and its dump was checked against
//! CPython's `ast` module when the snapshot was accepted (f-string `=` debug text is the one
//! representation that differs: hyper keeps it on the hole, CPython makes it a literal part).

mod ast_dump;

use lang::SourceFile;

#[test]
fn parse_snapshots() {
    insta::glob!("parse/*.py", |path| {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let file = SourceFile::new(path.display().to_string(), text);
        let dump = match lang::parse(&file) {
            Ok(module) => ast_dump::module(&module),
            Err(diagnostic) => diagnostic.render(&file),
        };
        insta::assert_snapshot!(dump);
    });
}
