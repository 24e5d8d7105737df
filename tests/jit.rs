//! JIT engagement: every program under `tests/programs/jit/` must compile at least one loop
//! or function with `--jit-threshold 1` (the conformance suite checks their output in every mode; this
//! keeps those checks from passing with the JIT never engaged).

mod support;

use std::process::Command;
use support::*;

#[test]
fn jit_programs_compile_loops_or_functions() {
    let programs = programs_under(&repo_root().join("tests/programs/jit"));
    assert!(programs.len() >= 10, "expected at least 10 JIT programs");
    let failures = parallel_check(&programs, |path| {
        let out = Command::new(hyper_bin())
            .current_dir(repo_root())
            .args(["run", "--jit-threshold", "1", "--stats"])
            .arg(rel(path))
            .output()
            .map_err(|e| format!("{}: {e}", rel(path)))?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        // `jit: loops recorded R, compiled N, …` and `jit: functions compiled N, …`.
        let count = |prefix: &str| {
            stderr
                .lines()
                .filter(|l| l.starts_with(prefix))
                .find_map(|l| l.split("compiled ").nth(1))
                .and_then(|rest| rest.split(',').next())
                .and_then(|n| n.trim().parse::<u32>().ok())
        };
        match (count("jit: loops"), count("jit: functions")) {
            (Some(loops), Some(functions)) if loops + functions > 0 => Ok(()),
            _ => Err(format!("{}: no loop or function compiled; stderr:\n{stderr}", rel(path))),
        }
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Tracebacks are part of guarantee 2 (an exception raised after an exit has the line
/// `--no-jit` gives it), but the conformance suite compares only stderr's last line: here
/// the whole stderr of each JIT program must be the same in all three modes.
#[test]
fn jit_programs_have_the_interpreters_tracebacks() {
    let programs = programs_under(&repo_root().join("tests/programs/jit"));
    let failures = parallel_check(&programs, |path| {
        let run = |mode: &[&str]| {
            Command::new(hyper_bin())
                .current_dir(repo_root())
                .arg("run")
                .args(mode)
                .arg(rel(path))
                .output()
                .map(|out| String::from_utf8_lossy(&out.stderr).into_owned())
                .map_err(|e| format!("{}: {e}", rel(path)))
        };
        let interp = run(&["--no-jit"])?;
        for mode in [&[][..], &["--jit-threshold", "1"][..]] {
            let jit = run(mode)?;
            if jit != interp {
                return Err(format!("{} {mode:?}: stderr differs:\n{jit}\n--- --no-jit:\n{interp}", rel(path)));
            }
        }
        Ok(())
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
