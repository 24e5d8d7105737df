//! Textual IR tests (Cranelift filetest style): every `ir/*.ir` file names the passes to
//! run on its first `; passes:` line; the snapshot holds the input as printed, the output
//! and the pass statistics. Every `reject/*.ir` file must fail verification; its snapshot
//! holds the error. Each input must also survive print -> parse -> print unchanged.

use jit::ir::{parse, Trace};
use jit::opt::{pass_by_name, OptStats, PIPELINE};
use jit::verify::verify;
use std::path::Path;

fn read(path: &Path) -> (String, Trace) {
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let trace = parse(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let printed = trace.to_text();
    let reparsed = parse(&printed).unwrap_or_else(|e| panic!("{}: reparse: {e}\n{printed}", path.display()));
    assert_eq!(reparsed, trace, "{}: print/parse round trip changed the trace", path.display());
    assert_eq!(reparsed.to_text(), printed);
    (src, trace)
}

/// Runs the passes the file asks for, verifying before and after each.
fn check(path: &Path) -> String {
    let (src, mut trace) = read(path);
    let passes_line = src.lines().find_map(|l| l.strip_prefix("; passes:")).unwrap_or("");
    let mut names: Vec<&str> = passes_line.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    if names == ["pipeline"] {
        names = PIPELINE.iter().map(|(name, _)| *name).collect();
    }
    let input = trace.to_text();
    if let Err(e) = verify(trace.clone()) {
        panic!("{}: input does not verify: {e}\n{input}", path.display());
    }
    let mut stats = OptStats::default();
    for name in &names {
        let pass = pass_by_name(name).unwrap_or_else(|| panic!("unknown pass {name}"));
        pass(&mut trace, &mut stats);
        if let Err(e) = verify(trace.clone()) {
            panic!("{}: after {name}: {e}\n{trace}", path.display());
        }
    }
    format!("{input}\n;; after {}\n{trace}\n;; {stats:?}\n", names.join(", "))
}

#[test]
fn passes() {
    insta::glob!("ir/*.ir", |path| {
        insta::assert_snapshot!(check(path));
    });
}

#[test]
fn rejections() {
    insta::glob!("reject/*.ir", |path| {
        let (_, trace) = read(path);
        match verify(trace) {
            Ok(_) => panic!("{} verified but should not", path.display()),
            Err(e) => insta::assert_snapshot!(e.to_string()),
        }
    });
}

#[test]
fn parse_errors_are_errors() {
    let cases = [
        "%0 = frobnicate %1",
        "%1 = const_int 1",
        "%0 = const_int x",
        "guard_tag %0, nonsense  [snap 0]",
        "%0 = call_helper @nobody, ()",
        "snap 1 resume 0:\njump ()",
        "jump ()  [snap 4]",
        "%0 = const_int 1 extra",
        "helper @h(int) -> integer",
        "%0 = add_int %",
    ];
    let rendered: Vec<String> = cases
        .iter()
        .map(|src| match parse(src) {
            Ok(t) => format!("{src:?} parsed:\n{t}"),
            Err(e) => format!("{src:?} -> {e}"),
        })
        .collect();
    insta::assert_snapshot!(rendered.join("\n"));
}
