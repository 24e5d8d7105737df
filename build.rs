//! Build script: links the `hyper` binary with `link/hot-text.ld`, which packs the functions
//! a run executes before the rest of .text (nothing else).
//!
//! Why: the kernel maps a binary's code 64 KiB at a time around each page fault, so peak RSS
//! follows how many 64 KiB chunks of the 7.7 MB .text the executed functions are scattered
//! over. Packed, a run maps little more than the functions it executes: peak RSS of loop_sum
//! went from 6.5 MB (`--no-jit`) and 10.1 MB (JIT) to 4.4 and 6.3 MB; each program of
//! shared/bench/py saves 1.5-2.2 MB with `--no-jit`, and 3.4-3.9 MB with the JIT when it
//! compiles something. What is left of the JIT's extra is the size of the Cranelift and
//! regalloc2 functions a compile runs (1.3-1.8 MB; a third of it is the generated ISLE
//! matchers, of whose 420 KB a compile runs some 10 KB).
//!
//! Only for the `hyper` binary (`rustc-link-arg-bins`: tests and benches link as before), and
//! only where the linker is LLD, rustc's default on x86_64 Linux since 1.90 (the script's
//! `INSERT BEFORE` is also GNU ld's, but it is untested there). Set `HYPER_NO_HOT_TEXT=1` to
//! link without it. Entries of the script that match nothing (code changed since
//! `link/hot_text.py` wrote it) place nothing.

use std::env;
use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=link/hot-text.ld");
    println!("cargo:rerun-if-env-changed=HYPER_NO_HOT_TEXT");
    if env::var_os("HYPER_NO_HOT_TEXT").is_some() || !links_with_lld() {
        return;
    }
    let script = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("link/hot-text.ld");
    println!("cargo:rustc-link-arg-bins=-Wl,-T,{}", script.display());
}

/// Whether rustc links this target with its bundled LLD: x86_64 Linux from rustc 1.90 on,
/// unless the flags choose another linker.
fn links_with_lld() -> bool {
    if env::var("TARGET").as_deref() != Ok("x86_64-unknown-linux-gnu") {
        return false;
    }
    let flags = env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    if ["linker-features", "link-self-contained", "fuse-ld", "linker-flavor"].iter().any(|f| flags.contains(f)) {
        return false;
    }
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let Ok(out) = Command::new(rustc).arg("--version").output() else { return false };
    // "rustc 1.95.0 (59807616e 2026-04-14)"
    let version = String::from_utf8_lossy(&out.stdout);
    let minor = version.split_whitespace().nth(1).and_then(|v| v.split('.').nth(1)).and_then(|m| m.parse::<u32>().ok());
    minor.is_some_and(|m| m >= 90)
}
