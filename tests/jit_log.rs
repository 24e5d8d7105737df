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
    let out = Command::new(hyper_bin())
        .current_dir(repo_root())
        .args(["run", "--jit-log"])
        .arg(format!("examples/{example}.py"))
        .output()
        .expect("hyper runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    stderr
        .lines()
        .filter(|line| line.starts_with("examples/"))
        .map(|line| mask(line, &["bytes", "µs"]))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn jit_log_of_examples() {
    for example in ["fib_for", "mandelbrot", "particles", "primes"] {
        insta::assert_snapshot!(format!("jit_log_{example}"), jit_log(example));
    }
}

#[test]
fn masking_keeps_counts_and_hides_sizes_and_times() {
    assert_eq!(
        mask("a.py:3: compiled (55 ops, 10 guards, 672 bytes, 1131 µs)", &["bytes", "µs"]),
        "a.py:3: compiled (55 ops, 10 guards, <n> bytes, <n> µs)"
    );
    assert_eq!(mask("a.py:3: exit (x) taken 32 times", &["bytes", "µs"]), "a.py:3: exit (x) taken 32 times");
}
