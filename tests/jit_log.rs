//! `--jit-log` as users see it: an insta snapshot of the log of a few examples (the loop
//! recorded, compiled with its op and guard counts, aborted with a reason, exits and how
//! often they were taken). Compile times and code sizes (which depend on the host CPU's
//! features and the Cranelift version) are masked; everything else is deterministic.

mod support;

use std::process::Command;
use support::*;

/// Replaces the number before each of `units` (`"1234 µs"` → `"<n> µs"`).
fn mask(line: &str, units: &[&str]) -> String {
    let mut out = String::with_capacity(line.len());
    let words: Vec<&str> = line.split(' ').collect();
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let next = words.get(i + 1).map(|w| w.trim_end_matches([',', ')']));
        let is_number = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
        if is_number && next.is_some_and(|n| units.contains(&n)) {
            out.push_str("<n>");
        } else {
            out.push_str(word);
        }
    }
    out
}

fn jit_log(example: &str) -> String {
    log_of(&format!("examples/{example}.py"), &[])
}

/// The masked `--jit-log` lines of the program at `path` (relative to the repository).
fn log_of(path: &str, args: &[&str]) -> String {
    let out = Command::new(hyper_bin())
        .current_dir(repo_root())
        .args(["run", "--jit-log"])
        .args(args)
        .arg(path)
        .output()
        .expect("hyper runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    stderr
        .lines()
        .filter(|line| line.starts_with(path))
        .map(|line| mask(line, &["bytes", "µs"]))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn jit_log_of_examples() {
    for example in ["fib", "fib_for", "mandelbrot", "particles", "primes"] {
        insta::assert_snapshot!(format!("jit_log_{example}"), jit_log(example));
    }
}

/// Why the typed-function compiler refuses a function, in Python terms (one function per
/// reason), and that the refused ones still run.
#[test]
fn jit_log_of_refused_functions() {
    let log = log_of("tests/programs/jit/func_refused.py", &["--jit-threshold", "1"]);
    let functions: Vec<&str> = log.lines().filter(|l| l.contains(" function `")).collect();
    insta::assert_snapshot!("jit_log_func_refused", functions.join("\n"));
}

#[test]
fn masking_keeps_counts_and_hides_sizes_and_times() {
    assert_eq!(
        mask("a.py:3: compiled (55 ops, 10 guards, 672 bytes, 1131 µs)", &["bytes", "µs"]),
        "a.py:3: compiled (55 ops, 10 guards, <n> bytes, <n> µs)"
    );
    assert_eq!(mask("a.py:3: exit (x) taken 32 times", &["bytes", "µs"]), "a.py:3: exit (x) taken 32 times");
}

/// `HYPER_JIT_IR=1`: each trace's optimized IR on stderr before it is compiled (what a
/// closing note shows beside a profile), here the int loop of `examples/fib_for.py`.
#[test]
fn ir_dump_of_a_trace() {
    let out = Command::new(hyper_bin())
        .current_dir(repo_root())
        .env("HYPER_JIT_IR", "1")
        .args(["run", "examples/fib_for.py"])
        .output()
        .expect("hyper runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("examples/fib_for.py:6: IR of the loop:"), "{stderr}");
    insta::assert_snapshot!("jit_ir_fib_for", stderr);
}
