//! REPL meta-commands: a line at the `>>> ` prompt that starts with `:` (no Python line
//! can). One `ReplCommand` variant and one function per command.
//!
//! Invariant: a meta-command never changes the session's globals except through the
//! Python code it is given to run (`:time`).
//!
//! The JIT does not exist yet: `:jit` and `:stats` say so, and `:time` reports the
//! interpreter's wall time only. Wiring them to the JIT means filling in `jit` and `stats`
//! and timing a second run in `time`.

use super::Next;
use runtime::session::{Outcome, Session};
use std::time::{Duration, Instant};

/// One parsed meta-command.
pub enum ReplCommand<'a> {
    /// `:help`: the commands and keys.
    Help,
    /// `:time <stmt>`: run one line of Python and show its wall time.
    Time(&'a str),
    /// `:jit on` / `:jit off`.
    Jit(bool),
    /// `:stats`: the JIT's counters.
    Stats,
    /// A line starting with `:` that names no command (or misuses one): what to say.
    Unknown(String),
}

/// The command on `line`, or `None` when the line is Python.
pub fn parse(line: &str) -> Option<ReplCommand<'_>> {
    let rest = line.trim_start().strip_prefix(':')?;
    let (name, arg) = match rest.split_once(char::is_whitespace) {
        Some((name, arg)) => (name, arg.trim()),
        None => (rest.trim_end(), ""),
    };
    Some(match (name, arg) {
        ("help" | "h" | "?", _) => ReplCommand::Help,
        ("time", "") => ReplCommand::Unknown("usage: :time <statement>".into()),
        ("time", stmt) => ReplCommand::Time(stmt),
        ("jit", "on") => ReplCommand::Jit(true),
        ("jit", "off") => ReplCommand::Jit(false),
        ("jit", _) => ReplCommand::Unknown("usage: :jit on|off".into()),
        ("stats", _) => ReplCommand::Stats,
        (other, _) => ReplCommand::Unknown(format!("unknown command ':{other}' (type :help for the list)")),
    })
}

/// Carries out a command.
pub fn run(cmd: ReplCommand<'_>, session: &Session) -> Next {
    match cmd {
        ReplCommand::Help => help(),
        ReplCommand::Time(stmt) => return time(session, stmt),
        ReplCommand::Jit(on) => jit(on),
        ReplCommand::Stats => stats(),
        ReplCommand::Unknown(message) => println!("{message}"),
    }
    Next::Continue
}

fn help() {
    println!(
        "\
Type Python statements and expressions; an expression's value is echoed and kept in `_`.
A compound statement (def, class, if, for, while, try, with) ends with a blank line.

Commands:
  :help            this text
  :time <stmt>     run one line of Python and show its wall time
  :jit on|off      switch the JIT on or off
  :stats           show the JIT's counters
Keys: Tab completes names and attributes, Up/Down and Ctrl-R search history,
Ctrl-C cancels the input or interrupts running code, Ctrl-D (or exit()) leaves."
    );
}

/// `:time <stmt>`: runs `stmt` as interactive input, then prints the elapsed wall time.
fn time(session: &Session, stmt: &str) -> Next {
    let source = format!("{stmt}\n");
    if let super::continuation::InputState::Incomplete = super::continuation::classify(&format!("{source}\n")) {
        println!(":time takes one complete statement on one line");
        return Next::Continue;
    }
    session.interp.interrupt.store(false, std::sync::atomic::Ordering::Relaxed);
    let start = Instant::now();
    let outcome = session.run_input(&source, super::INPUT_NAME);
    let elapsed = start.elapsed();
    match outcome {
        Outcome::Done => {}
        Outcome::Error { text, .. } => eprint!("{text}"),
        Outcome::Exit(code) => return Next::Exit(code),
    }
    println!("interpreter: {}; JIT: not built yet", format_duration(elapsed));
    Next::Continue
}

fn jit(on: bool) {
    let _ = on;
    println!("JIT: not built yet (the interpreter runs everything; :jit on|off will switch it once it exists)");
}

fn stats() {
    println!("JIT: not built yet (no traces, no stats)");
}

/// A duration in the unit that gives 1 to 999 of it, with 3 significant digits.
fn format_duration(d: Duration) -> String {
    let secs = d.as_secs_f64();
    let (value, unit) = if secs >= 1.0 {
        (secs, "s")
    } else if secs >= 1e-3 {
        (secs * 1e3, "ms")
    } else {
        (secs * 1e6, "µs")
    };
    let decimals = if value >= 100.0 {
        0
    } else if value >= 10.0 {
        1
    } else {
        2
    };
    format!("{value:.decimals$} {unit}")
}

#[cfg(test)]
mod tests {
    use super::{format_duration, parse, ReplCommand};
    use std::time::Duration;

    #[test]
    fn parses_commands() {
        assert!(matches!(parse(":help"), Some(ReplCommand::Help)));
        assert!(matches!(parse(":time x = 1"), Some(ReplCommand::Time("x = 1"))));
        assert!(matches!(parse(":jit off"), Some(ReplCommand::Jit(false))));
        assert!(matches!(parse(":stats"), Some(ReplCommand::Stats)));
        assert!(matches!(parse(":nope"), Some(ReplCommand::Unknown(_))));
        assert!(parse("x = {1: 2}").is_none());
    }

    #[test]
    fn formats_durations() {
        assert_eq!(format_duration(Duration::from_micros(1500)), "1.50 ms");
        assert_eq!(format_duration(Duration::from_millis(2500)), "2.50 s");
        assert_eq!(format_duration(Duration::from_nanos(12_345)), "12.3 µs");
    }
}
