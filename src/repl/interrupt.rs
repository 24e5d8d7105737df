//! Ctrl-C while Python code runs: a SIGINT handler that sets the interpreter's interrupt
//! flag, which the interpreter polls on loop back-edges and calls and turns into
//! `KeyboardInterrupt`.
//!
//! Invariant: the handler only stores `true` into the flag (async-signal-safe); whoever
//! starts running an input clears the flag first, so a Ctrl-C pressed between inputs does
//! not interrupt the next one.
//!
//! While rustyline reads a line the terminal is in raw mode, so Ctrl-C arrives as a key,
//! not as SIGINT; rustyline reports it as `Interrupted` and restores this handler after.

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Routes SIGINT to `flag` for the rest of the process. If the handler cannot be
/// installed, Ctrl-C keeps its default action (ending the process) and hyper says so.
pub fn install(flag: &Arc<AtomicBool>) {
    if let Err(e) = signal_hook::flag::register(signal_hook::consts::SIGINT, flag.clone()) {
        eprintln!("hyper: cannot catch Ctrl-C ({e}); it will end the process");
    }
}
