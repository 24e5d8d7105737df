//! Criterion benches: each program of `shared/bench/py/` run by the `hyper` binary, with the
//! JIT on (default) and off (`--no-jit`), so `cargo bench` tracks both and their ratio.
//!
//! The programs are whole runs of 1-10 s, so the sample size is criterion's minimum (10).
//! `benches/compare.sh` prints the side-by-side table against CPython, PyPy, LuaJIT and C.
//! Select programs as with any criterion bench: `cargo bench --bench programs -- nbody`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

const PROGRAMS: &[&str] = &[
    "loop_sum",
    "fib_rec",
    "particles",
    "nbody",
    "spectral_norm",
    "mandelbrot",
    "fannkuch",
    "sieve",
    "binary_trees",
    "dict_words",
    "big_fib",
];

fn bench_dir() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("HYPER_BENCH_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("../shared/bench/py"))
}

/// Runs `hyper run [flags] program` to completion; panics if it fails (a broken benchmark
/// must not report a time).
fn run(program: &PathBuf, flags: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_hyper"))
        .arg("run")
        .args(flags)
        .arg(program)
        .stdout(Stdio::null())
        .status()
        .expect("hyper could not be started");
    assert!(status.success(), "{} failed under hyper {flags:?}", program.display());
}

fn programs(c: &mut Criterion) {
    let dir = bench_dir();
    for name in PROGRAMS {
        let path = dir.join(format!("{name}.py"));
        if !path.exists() {
            eprintln!("skipping {name}: {} not found (set HYPER_BENCH_DIR)", path.display());
            continue;
        }
        let mut group = c.benchmark_group(*name);
        group.sample_size(10).measurement_time(Duration::from_secs(20)).warm_up_time(Duration::from_millis(1));
        group.bench_function("jit", |b| b.iter(|| run(&path, &[])));
        group.bench_function("no-jit", |b| b.iter(|| run(&path, &["--no-jit"])));
        group.finish();
    }
}

criterion_group!(benches, programs);
criterion_main!(benches);
