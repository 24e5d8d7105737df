//! The conformance suite: every program under `tests/programs/` and `examples/` runs under
//! hyper and must print what CPython printed — the output committed beside it, and, when
//! `python3` is on the machine, what `python3` prints now (the differential check).
//!
//! Modes: each program runs in every mode of `support::Mode`; the outputs must agree.

mod support;

use support::*;

fn check_program(path: &std::path::Path, cpython_now: bool) -> Result<(), String> {
    let name = rel(path);
    let expected = read_expected(path)
        .ok_or_else(|| format!("{name}: no expected output committed (run tests/regen_expected.py)"))?;
    for &mode in MODES {
        let got = run_hyper(path, mode);
        compare(&got, &expected.stdout, expected.code, &expected.last_line, expected.line).map_err(|e| {
            format!(
                "{name} [{mode:?}] differs from the committed CPython output:\n{e}\n--- hyper stderr:\n{}",
                got.stderr
            )
        })?;
    }
    if cpython_now {
        if let Some(py) = run_cpython(path) {
            let mut tmp = py.clone();
            tmp.stderr = py.stderr.clone();
            let want_line = if py.last_stderr_line().starts_with("SyntaxError")
                || py.last_stderr_line().starts_with("IndentationError")
            {
                py.error_line()
            } else {
                None
            };
            if py.stdout != expected.stdout || py.code != expected.code {
                return Err(format!(
                    "{name}: python3 now prints something else than the committed output (regenerate it)"
                ));
            }
            let got = run_hyper(path, Mode::Interp);
            compare(&got, &py.stdout, py.code, py.last_stderr_line(), want_line)
                .map_err(|e| format!("{name} differs from python3:\n{e}"))?;
        }
    }
    Ok(())
}

#[test]
fn programs_match_cpython() {
    let root = repo_root();
    let mut programs = programs_under(&root.join("tests/programs"));
    programs.extend(programs_under(&root.join("examples")));
    assert!(!programs.is_empty(), "no test programs found");
    let cpython_now = python3_available();
    if !cpython_now {
        println!("note: python3 is not on this machine; comparing with the committed CPython output only");
    }
    let failures = parallel_check(&programs, |p| check_program(p, cpython_now));
    println!("{} programs, {} failed", programs.len(), failures.len());
    assert!(
        failures.is_empty(),
        "{} of {} programs differ:\n\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n\n")
    );
}
