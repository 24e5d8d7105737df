//! One insta snapshot per example program (stdout, last stderr line, exit code), taken
//! only after the run matched the CPython output committed beside it.

mod support;

use support::*;

#[test]
fn example_snapshots() {
    let root = repo_root();
    let examples = programs_under(&root.join("examples"));
    assert!(!examples.is_empty(), "no examples found");
    for path in &examples {
        let got = run_hyper(path, Mode::Default);
        if let Some(e) = read_expected(path) {
            if let Err(msg) = compare(&got, &e.stdout, e.code, &e.last_line, e.line) {
                panic!("{} differs from CPython:\n{msg}", rel(path));
            }
        }
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        insta::assert_snapshot!(format!("example_{name}"), got.render());
    }
}
