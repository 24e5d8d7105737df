//! Ctrl-C under `hyper run`: SIGINT stops a running loop — interpreted or compiled — or a
//! compiled recursive function within 100 ms with CPython's `KeyboardInterrupt` traceback, and the process ends as CPython's
//! does (killed by SIGINT after printing the traceback).

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SPIN: &str = "n = 0\nwhile True:\n    n += 1\n";
/// Runs for ages as a compiled function (no loop: only its calls can notice Ctrl-C).
const FIB: &str =
    "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\n\nprint(fib(60))\n";

fn interrupt_after(source: &str, flags: &[&str], wait: Duration) -> (Option<i32>, String, Duration) {
    let tag = format!("{}-{}-{}", std::process::id(), flags.len(), source.len());
    let dir = std::env::temp_dir().join(format!("hyper-interrupt-{tag}"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("spin.py");
    std::fs::write(&script, source).expect("write script");
    let mut child = Command::new(env!("CARGO_BIN_EXE_hyper"))
        .arg("run")
        .args(flags)
        .arg(&script)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn hyper");
    std::thread::sleep(wait);
    let sent = Instant::now();
    let status = Command::new("kill").arg("-INT").arg(child.id().to_string()).status().expect("run kill");
    assert!(status.success(), "kill -INT failed");
    let deadline = sent + Duration::from_secs(10);
    let exit = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("hyper {flags:?} did not stop within 10 s of SIGINT");
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    let took = sent.elapsed();
    let mut stderr = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut stderr).expect("read stderr");
    let _ = std::fs::remove_dir_all(&dir);
    use std::os::unix::process::ExitStatusExt;
    (exit.signal(), stderr, took)
}

#[test]
fn sigint_stops_interpreted_and_compiled_loops() {
    check_stops(SPIN);
}

#[test]
fn sigint_stops_compiled_recursive_functions() {
    check_stops(FIB);
}

fn check_stops(source: &str) {
    for flags in [&["--no-jit"][..], &[][..], &["--jit-threshold", "1"][..]] {
        let (signal, stderr, took) = interrupt_after(source, flags, Duration::from_millis(300));
        assert!(stderr.starts_with("Traceback (most recent call last):\n"), "{flags:?}: {stderr}");
        assert!(stderr.ends_with("KeyboardInterrupt\n"), "{flags:?}: {stderr}");
        assert_eq!(signal, Some(2), "{flags:?}: the process should end by SIGINT, as CPython's");
        // The guarantee is 100 ms; the margin covers a loaded CI machine's scheduling.
        assert!(took < Duration::from_millis(1000), "{flags:?}: took {took:?} to stop");
    }
}
