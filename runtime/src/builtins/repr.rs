//! `repr()` and `str()` of every value, as CPython prints them, including nested and
//! recursive containers (`[[...]]`).
//!
//! Invariant: a container being printed is on `Interp::repr_stack` until it is done, so a
//! container that contains itself prints `[...]`/`{...}` instead of recursing forever.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::numeric;
use crate::object::Other;
use crate::value::Value;

/// `ascii()`'s escaping of a repr: non-ASCII characters as `\xhh`, `\uhhhh`, `\Uhhhhhhhh`.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// CPython's limit on int-to-decimal conversion (`sys.set_int_max_str_digits`).
pub const INT_MAX_STR_DIGITS: usize = 4300;

pub fn bigint_to_string(b: &num_bigint::BigInt) -> PResult<String> {
    let s = b.to_string();
    let digits = s.len() - s.starts_with('-') as usize;
    if digits > INT_MAX_STR_DIGITS {
        return Err(PyErr::new(
            ExcType::ValueError,
            format!("Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
        ));
    }
    Ok(s)
}

impl Interp {
    /// Python's `repr(v)`.
    pub fn repr(&self, v: &Value) -> PResult<String> {
        Ok(match v {
            Value::None | Value::Unbound => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => bigint_to_string(b)?,
            Value::Float(f) => numeric::float_repr::float_repr(*f),
            Value::Str(s) => numeric::int_text::str_repr(s.as_str()),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                self.guarded(v, "[...]", |me| Ok(format!("[{}]", me.join_reprs(&items)?)))?
            }
            Value::Tuple(t) => {
                if t.items.len() == 1 {
                    let item = t.items[0].clone();
                    self.guarded(v, "(...)", |me| Ok(format!("({},)", me.repr(&item)?)))?
                } else {
                    self.guarded(v, "(...)", |me| Ok(format!("({})", me.join_reprs(&t.items)?)))?
                }
            }
            Value::Dict(d) => {
                let entries: Vec<(Value, Value)> =
                    d.table.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                self.guarded(v, "{...}", |me| {
                    let mut parts = Vec::with_capacity(entries.len());
                    for (k, val) in &entries {
                        parts.push(format!("{}: {}", me.repr(k)?, me.repr(val)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                })?
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.table.borrow().iter().map(|e| e.key.clone()).collect();
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    format!("{name}()")
                } else {
                    self.guarded(v, &format!("{name}(...)"), |me| {
                        let inner = format!("{{{}}}", me.join_reprs(&items)?);
                        Ok(if s.frozen { format!("frozenset({inner})") } else { inner })
                    })?
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), v.identity()),
            Value::Native(n) => format!("<built-in function {}>", n.name.rsplit('.').next().unwrap_or(&n.name)),
            Value::BoundMethod(bm) => {
                let fname = match &bm.func {
                    Value::Function(f) => f.qualname.borrow().clone(),
                    Value::Native(n) => n.name.to_string(),
                    _ => "?".into(),
                };
                if matches!(bm.func, Value::Native(_)) && !matches!(bm.this, Value::Instance(_) | Value::Class(_)) {
                    let short = fname.rsplit('.').next().unwrap_or(&fname).to_string();
                    format!(
                        "<built-in method {short} of {} object at {:#x}>",
                        self.type_name(&bm.this),
                        bm.this.identity()
                    )
                } else {
                    format!("<bound method {fname} of {}>", self.repr(&bm.this)?)
                }
            }
            Value::Class(c) => format!("<class '{}'>", c.qualified_name()),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__repr__") {
                    if matches!(m, Value::Function(_)) {
                        let r = self.call_value(&m, &[v.clone()], &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => Err(PyErr::new(
                                ExcType::TypeError,
                                format!("__repr__ returned non-string (type {})", self.type_name(&other)),
                            )),
                        };
                    }
                }
                if let Some(data) = &inst.exception {
                    let args = data.borrow().args.clone();
                    let inner = if args.len() == 1 { self.repr(&args[0])? } else { self.join_reprs(&args)? };
                    return Ok(format!("{}({inner})", inst.class.name));
                }
                let base = inst.base_value.borrow().clone();
                if !base.is_none() {
                    return self.repr(&base);
                }
                format!("<{} object at {:#x}>", inst.class.qualified_name(), v.identity())
            }
            Value::Other(o) => match &**o {
                Other::Module(m) => match &m.file {
                    Some(f) => format!("<module '{}' from '{}'>", m.name, f.name),
                    None => format!("<module '{}' (built-in)>", m.name),
                },
                Other::Cell(_) => format!("<cell at {:#x}>", v.identity()),
                Other::Generator(g) => format!("<generator object {} at {:#x}>", g.qualname, v.identity()),
                Other::Iter(it) => {
                    let custom = match &*it.borrow() {
                        crate::iter::NativeIter::Lib(l) => l.repr(self),
                        _ => None,
                    };
                    match custom {
                        Some(r) => r?,
                        None => format!("<{} object at {:#x}>", it.borrow().type_name(), v.identity()),
                    }
                }
                Other::DictView { dict, part } => {
                    let items = self.collect_iter(v)?;
                    let name = match part {
                        crate::iter::DictPart::Keys => "dict_keys",
                        crate::iter::DictPart::Values => "dict_values",
                        crate::iter::DictPart::Items => "dict_items",
                    };
                    let _ = dict;
                    format!("{name}({})", self.repr(&Value::list(items))?)
                }
                Other::Slice { start, stop, step } => {
                    format!("slice({}, {}, {})", self.repr(start)?, self.repr(stop)?, self.repr(step)?)
                }
                Other::Property { .. } => format!("<property object at {:#x}>", v.identity()),
                Other::StaticMethod(f) => format!("<staticmethod({})>", self.repr(f)?),
                Other::ClassMethod(f) => format!("<classmethod({})>", self.repr(f)?),
                Other::Super { class, .. } => format!("<super: <class '{}'>, <object>>", class.name),
                Other::NotImplemented => "NotImplemented".into(),
                Other::Ellipsis => "Ellipsis".into(),
                Other::BigRange(b) => crate::object::range::range_repr(&b.0),
                Other::Native(n) => {
                    let class = n.class();
                    match class.lookup("__repr__") {
                        Some(m) => {
                            let r = self.call_value(&m, &[v.clone()], &[])?;
                            self.str_of(&r)?
                        }
                        None => format!("<{} object at {:#x}>", class.qualified_name(), v.identity()),
                    }
                }
            },
        })
    }

    fn join_reprs(&self, items: &[Value]) -> PResult<String> {
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(x)?);
        }
        Ok(out)
    }

    /// Runs `f` with `v` marked as being printed; prints `placeholder` if it already is.
    fn guarded(&self, v: &Value, placeholder: &str, f: impl FnOnce(&Interp) -> PResult<String>) -> PResult<String> {
        let id = v.identity();
        if self.repr_stack.borrow().contains(&id) {
            return Ok(placeholder.to_string());
        }
        if self.repr_stack.borrow().len() > 2000 {
            return Err(PyErr::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.borrow_mut().push(id);
        let r = f(self);
        self.repr_stack.borrow_mut().pop();
        r
    }

    /// Python's `str(v)`.
    pub fn str_of(&self, v: &Value) -> PResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__str__") {
                    if matches!(m, Value::Function(_)) {
                        let r = self.call_value(&m, &[v.clone()], &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => Err(PyErr::new(
                                ExcType::TypeError,
                                format!("__str__ returned non-string (type {})", self.type_name(&other)),
                            )),
                        };
                    }
                }
                if inst.exception.is_some() {
                    return self.exception_str(v);
                }
                let base = inst.base_value.borrow().clone();
                if let Value::Str(s) = &base {
                    if inst.class.lookup("__repr__").is_none_or(|m| !matches!(m, Value::Function(_))) {
                        return Ok(s.as_str().to_string());
                    }
                }
                self.repr(v)
            }
            Value::Other(o) => match &**o {
                Other::Native(n) => {
                    let class = n.class();
                    match class.lookup("__str__") {
                        Some(m) => {
                            let r = self.call_value(&m, &[v.clone()], &[])?;
                            self.str_of(&r)
                        }
                        None => self.repr(v),
                    }
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }
}
