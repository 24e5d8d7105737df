//! REPL meta-commands: a line at the `>>> ` prompt that starts with `:` (no Python line
//! can). One `ReplCommand` variant and one function per command.
//!
//! Invariant: a meta-command never changes the session's globals except through the
//! Python code it is given to run (`:time`).
//!
//! The JIT is the interpreter's hooks (`Interp::hooks`): `:jit off` parks them here and
//! `:jit on` puts them back (or makes a JIT if the REPL started without one), so compiled
//! loops and statistics survive a round trip.

use super::Next;
use runtime::interp::ExecHooks;
use runtime::session::{Outcome, Session};
use std::cell::RefCell;
use std::time::{Duration, Instant};

thread_local! {
    /// The JIT while it is switched off (`:jit off`); the REPL runs on one thread.
    static PARKED_JIT: RefCell<Option<Box<dyn ExecHooks>>> = const { RefCell::new(None) };
}

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
        ReplCommand::Jit(on) => jit(session, on),
        ReplCommand::Stats => stats(session),
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
  :time <stmt>     run one line of Python twice, without and with the JIT,
                   and show both wall times
  :jit on|off      switch the JIT on or off
  :stats           show the JIT's counters
Keys: Tab completes names and attributes, Up/Down and Ctrl-R search history,
Ctrl-C cancels the input or interrupts running code, Ctrl-D (or exit()) leaves."
    );
}

/// `:time <stmt>`: runs `stmt` twice as interactive input, first with the JIT off, then
/// with it on (as it was), and prints both wall times. An error or `exit()` in the first
/// run stops there.
fn time(session: &Session, stmt: &str) -> Next {
    let source = format!("{stmt}\n");
    if let super::continuation::InputState::Incomplete = super::continuation::classify(&format!("{source}\n")) {
        println!(":time takes one complete statement on one line");
        return Next::Continue;
    }
    let run = |label: &str| -> Option<Next> {
        session.interp.interrupt.store(false, std::sync::atomic::Ordering::Relaxed);
        let start = Instant::now();
        let outcome = session.run_input(&source, super::INPUT_NAME);
        let elapsed = start.elapsed();
        match outcome {
            Outcome::Done => {
                println!("{label}: {}", format_duration(elapsed));
                None
            }
            Outcome::Error { text, .. } => {
                eprint!("{text}");
                Some(Next::Continue)
            }
            Outcome::Exit(code) => Some(Next::Exit(code)),
        }
    };
    let was_on = jit_is_on(session);
    let parked = session.interp.hooks.borrow_mut().take();
    let first = run("without the JIT");
    *session.interp.hooks.borrow_mut() = parked;
    if let Some(next) = first {
        return next;
    }
    if !was_on {
        set_jit(session, true);
    }
    let second = run("with the JIT");
    if !was_on {
        set_jit(session, false);
    }
    second.unwrap_or(Next::Continue)
}

fn jit_is_on(session: &Session) -> bool {
    session.interp.hooks.try_borrow().is_ok_and(|h| h.is_some())
}

/// Switches the JIT on (from the parked one, or a new one) or off (parking it).
fn set_jit(session: &Session, on: bool) {
    let mut hooks = session.interp.hooks.borrow_mut();
    if on {
        if hooks.is_none() {
            let parked = PARKED_JIT.with(|p| p.borrow_mut().take());
            *hooks = Some(parked.unwrap_or_else(|| Box::new(jit::Jit::new(jit::JitParams::default()))));
        }
    } else if let Some(h) = hooks.take() {
        PARKED_JIT.with(|p| *p.borrow_mut() = Some(h));
    }
}

fn jit(session: &Session, on: bool) {
    set_jit(session, on);
    println!("JIT {}", if on { "on" } else { "off (the interpreter runs everything)" });
}

fn stats(session: &Session) {
    let lines = match &*session.interp.hooks.borrow() {
        Some(h) => h.summary(),
        None => PARKED_JIT.with(|p| p.borrow().as_ref().map(|h| h.summary()).unwrap_or_default()),
    };
    if lines.is_empty() {
        println!("JIT off: nothing compiled yet");
    } else {
        for line in lines {
            println!("{line}");
        }
        if !jit_is_on(session) {
            println!("(the JIT is off)");
        }
    }
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
