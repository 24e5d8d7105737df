//! The interpreter never panics or crashes, whatever the program: every test program,
//! truncated and mutated (lines deleted, duplicated, swapped; tokens dropped), runs under
//! hyper and must end with a Python outcome (output, a traceback, a syntax error) — never a
//! Rust panic, never a signal. A mutant may legitimately loop forever; it is stopped after a
//! short time limit and that counts as fine.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;
use support::*;

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn mutants(src: &str, rng: &mut Rng) -> Vec<String> {
    let lines: Vec<&str> = src.lines().collect();
    let mut out = Vec::new();
    if lines.is_empty() {
        return out;
    }
    // Truncations at a random byte (on a char boundary).
    for _ in 0..2 {
        let mut cut = rng.below(src.len());
        while !src.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push(src[..cut].to_string());
    }
    // Line-level edits.
    let edit = |f: &dyn Fn(&mut Vec<&str>)| {
        let mut l = lines.clone();
        f(&mut l);
        l.join("\n") + "\n"
    };
    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
    out.push(edit(&|l| {
        l.remove(a);
    }));
    out.push(edit(&|l| {
        let x = l[a];
        l.insert(a, x);
    }));
    out.push(edit(&|l| l.swap(a, b)));
    // Token-level edits: drop or duplicate one whitespace-separated word.
    let words: Vec<&str> = src.split(' ').collect();
    if words.len() > 2 {
        let w = rng.below(words.len());
        let mut dropped = words.clone();
        dropped.remove(w);
        out.push(dropped.join(" "));
        let mut dup = words.clone();
        dup.insert(w, words[w]);
        out.push(dup.join(" "));
    }
    out
}

#[test]
fn mutated_programs_never_crash_hyper() {
    let root = repo_root();
    let mut programs = programs_under(&root.join("tests/programs"));
    programs.extend(programs_under(&root.join("examples")));
    assert!(!programs.is_empty(), "no test programs found");
    let dir = std::env::temp_dir().join(format!("hyper-mutants-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let mut rng = Rng(0x5eed);
    let mut jobs = Vec::new();
    for (i, p) in programs.iter().enumerate() {
        let Ok(src) = std::fs::read_to_string(p) else { continue };
        for (j, m) in mutants(&src, &mut rng).into_iter().enumerate() {
            let path = dir.join(format!("m{i}_{j}.py"));
            if std::fs::write(&path, m).is_ok() {
                jobs.push((path, rel(p)));
            }
        }
    }
    let failures = parallel_check(&jobs, |(path, origin)| {
        let child = Command::new(hyper_bin())
            .arg("run")
            .arg(path)
            .current_dir(&dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn();
        let Ok(child) = child else { return Err(format!("could not start hyper on {}", path.display())) };
        let id = child.id();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(child.wait_with_output());
        });
        match rx.recv_timeout(Duration::from_secs(3)) {
            Ok(Ok(out)) => {
                let stderr = String::from_utf8_lossy(&out.stderr);
                // An uncaught KeyboardInterrupt ends the process by SIGINT after its traceback,
                // as CPython does: that is an orderly exit, not a crash.
                use std::os::unix::process::ExitStatusExt;
                let interrupted =
                    out.status.signal() == Some(2) && stderr.trim_end().ends_with("KeyboardInterrupt");
                let crashed = (out.status.code().is_none() && !interrupted)
                    || out.status.code() == Some(101)
                    || stderr.contains("panicked at");
                if crashed {
                    return Err(format!(
                        "hyper crashed (status {:?}) on a mutant of {origin}: {}\n{}",
                        out.status.code(),
                        path.display(),
                        stderr.lines().rev().take(5).collect::<Vec<_>>().join("\n")
                    ));
                }
                Ok(())
            }
            _ => {
                // Still running: a mutant that loops forever is a fine Python program.
                let _ = Command::new("kill").arg("-9").arg(id.to_string()).status();
                Ok(())
            }
        }
    });
    println!("{} mutants of {} programs, {} crashed", jobs.len(), programs.len(), failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    let _ = std::fs::remove_dir_all(&dir);
}
