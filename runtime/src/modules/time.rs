//! The `time` module: `time`, `perf_counter(_ns)`, `monotonic`, `process_time`, `sleep`.
//!
//! Invariant: the clocks are monotonic where CPython's are (`perf_counter`, `monotonic`).

use crate::builtins::args::check_count;
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::modules::{add_fn, new_module};
use crate::object::function::Kwargs;
use crate::value::Value;
use std::rc::Rc;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub fn make(_interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("time");
    add_fn(&m, "time", time_time);
    add_fn(&m, "time_ns", time_time_ns);
    add_fn(&m, "perf_counter", perf_counter);
    add_fn(&m, "perf_counter_ns", perf_counter_ns);
    add_fn(&m, "monotonic", perf_counter);
    add_fn(&m, "monotonic_ns", perf_counter_ns);
    add_fn(&m, "process_time", process_time);
    add_fn(&m, "sleep", sleep);
    Ok(m)
}

/// The process-wide origin of the monotonic clocks.
fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn time_time(_i: &Interp, _a: &[Value], _k: &Kwargs) -> PResult<Value> {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

fn time_time_ns(_i: &Interp, _a: &[Value], _k: &Kwargs) -> PResult<Value> {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

fn perf_counter(_i: &Interp, _a: &[Value], _k: &Kwargs) -> PResult<Value> {
    Ok(Value::Float(origin().elapsed().as_secs_f64() + 1.0))
}

fn perf_counter_ns(_i: &Interp, _a: &[Value], _k: &Kwargs) -> PResult<Value> {
    Ok(Value::Int(origin().elapsed().as_nanos() as i64 + 1_000_000_000))
}

/// CPU time of the process, from `/proc/self/stat` (user + system ticks).
fn process_time(_i: &Interp, _a: &[Value], _k: &Kwargs) -> PResult<Value> {
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let after = s.rsplit(')').next()?.to_string();
            let fields: Vec<&str> = after.split_whitespace().collect();
            let utime: f64 = fields.get(11)?.parse().ok()?;
            let stime: f64 = fields.get(12)?.parse().ok()?;
            Some(utime + stime)
        })
        .unwrap_or(0.0);
    Ok(Value::Float(ticks / 100.0))
}

fn sleep(interp: &Interp, args: &[Value], _k: &Kwargs) -> PResult<Value> {
    check_count("sleep", args, 1, 1)?;
    let secs = interp.to_float(&args[0])?;
    if secs < 0.0 {
        return Err(PyErr::new(ExcType::ValueError, "sleep length must be non-negative"));
    }
    // Sleep in short slices so Ctrl-C interrupts promptly.
    let end = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    interp.flush_stdout();
    while Instant::now() < end {
        interp.check_interrupt()?;
        let left = end.saturating_duration_since(Instant::now());
        std::thread::sleep(left.min(Duration::from_millis(20)));
    }
    Ok(Value::None)
}
