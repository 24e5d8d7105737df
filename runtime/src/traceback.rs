//! CPython-format tracebacks for uncaught exceptions, with chained exceptions (`raise …
//! from …` and exceptions raised while handling another).
//!
//! Invariant: the last line is exactly CPython's `Type: message` line; earlier lines name
//! the same frames in the same format (CPython's `~~~^~~~` markers are not reproduced).

use crate::error::{PyErr, TraceEntry};
use crate::interp::Interp;
use crate::value::Value;

impl Interp {
    /// The full text CPython prints on stderr for an uncaught exception.
    pub fn format_traceback(&self, err: &mut PyErr) -> String {
        let exc = self.exception_value(err);
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(&exc, &err.0.traceback.clone(), &mut out, &mut seen);
        out
    }

    fn format_chain(&self, exc: &Value, tb: &[TraceEntry], out: &mut String, seen: &mut Vec<usize>) {
        seen.push(exc.identity());
        if let Value::Instance(inst) = exc {
            if let Some(d) = &inst.exception {
                let (cause, context, suppress, own_tb) = {
                    let d = d.borrow();
                    (d.cause.clone(), d.context.clone(), d.suppress_context, d.traceback.clone())
                };
                let _ = own_tb;
                if let Some(c) = cause.filter(|c| !seen.contains(&c.identity())) {
                    let ctb = exception_tb(&c);
                    self.format_chain(&c, &ctb, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                } else if let Some(c) = context.filter(|c| !suppress && !seen.contains(&c.identity())) {
                    let ctb = exception_tb(&c);
                    self.format_chain(&c, &ctb, out, seen);
                    out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
                }
            }
        }
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // As CPython: a run of identical entries prints three times, then a count.
            let mut last: Option<(&str, u32, &str)> = None;
            let mut repeats = 0usize;
            for e in tb.iter().rev() {
                let key = (e.file.name.as_str(), e.line, &*e.name);
                if last == Some(key) {
                    repeats += 1;
                } else {
                    flush_repeats(out, repeats);
                    repeats = 0;
                    last = Some(key);
                }
                if repeats >= 3 {
                    continue;
                }
                out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.file.name, e.line, e.name));
                let src = e.file.line_text(e.line).trim();
                if !src.is_empty() {
                    out.push_str("    ");
                    out.push_str(src);
                    out.push('\n');
                }
            }
            flush_repeats(out, repeats);
        }
        let mut tmp = PyErr::from_object(exc.clone());
        out.push_str(&self.exception_line(&mut tmp));
        out.push('\n');
    }
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats > 2 {
        let n = repeats - 2;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
}

fn exception_tb(exc: &Value) -> Vec<TraceEntry> {
    match exc {
        Value::Instance(inst) => inst.exception.as_ref().map(|d| d.borrow().traceback.clone()).unwrap_or_default(),
        _ => Vec::new(),
    }
}
