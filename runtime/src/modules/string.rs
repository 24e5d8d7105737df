//! The `string` module's constants (`ascii_letters`, `digits`, `punctuation`…) and
//! `capwords`.
//!
//! Invariant: the constants are CPython's exact strings, in CPython's order.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::modules::{add_fn, new_module};
use crate::object::function::Kwargs;
use crate::value::Value;
use std::rc::Rc;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

/// Makes `string`.
pub fn make(_interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("string");
    let letters = format!("{LOWER}{UPPER}");
    m.set("ascii_lowercase", Value::str(LOWER));
    m.set("ascii_uppercase", Value::str(UPPER));
    m.set("ascii_letters", Value::str(&letters));
    m.set("digits", Value::str(DIGITS));
    m.set("hexdigits", Value::str("0123456789abcdefABCDEF"));
    m.set("octdigits", Value::str("01234567"));
    m.set("punctuation", Value::str(PUNCTUATION));
    m.set("whitespace", Value::str(WHITESPACE));
    m.set("printable", Value::string(format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}")));
    add_fn(&m, "capwords", capwords);
    Ok(m)
}

/// `string.capwords(s, sep=None)`: split, capitalize each word, join.
fn capwords(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    crate::builtins::args::only_kwargs("capwords", kwargs, &["sep"])?;
    let Some(s) = args.first() else {
        return Err(PyErr::new(ExcType::TypeError, "capwords() missing 1 required positional argument: 's'"));
    };
    let sep = args.get(1).or_else(|| crate::builtins::args::kwarg(kwargs, "sep")).cloned().unwrap_or(Value::None);
    let words = interp.call_method("split", &[s.clone(), sep.clone()], &[])?;
    let mut caps = Vec::new();
    for w in interp.collect_iter(&words)? {
        caps.push(interp.call_method("capitalize", &[w], &[])?);
    }
    let joiner = if sep.is_none() { Value::str(" ") } else { sep };
    interp.call_method("join", &[joiner, Value::list(caps)], &[])
}
