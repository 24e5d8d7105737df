//! Exceptions as values: making exception objects, matching `except` clauses, and the
//! class and message of a `PyErr`.
//!
//! Invariant: once Python code has seen an exception object (`exception_value`), the
//! `PyErr` holds that object, so every later look at it sees the same object.

use crate::error::{ExcType, PResult, PyErr, Raised};
use crate::interp::Interp;
use crate::object::class::{BaseKind, Class};
use crate::object::instance::{ExceptionData, Instance};
use crate::value::Value;
use std::rc::Rc;

impl Interp {
    /// The exception object of `err`, made now if it was still lazy.
    pub fn exception_value(&self, err: &mut PyErr) -> Value {
        let obj = match &err.0.raised {
            Raised::Object(v) => {
                let v = v.clone();
                self.record_traceback(&v, err);
                return v;
            }
            Raised::Lazy(t, msg) => {
                let args = if msg.is_empty() { Vec::new() } else { vec![Value::str(msg)] };
                self.new_exception(self.types.exc(*t), args)
            }
            Raised::LazyArgs(t, args) => self.new_exception(self.types.exc(*t), args.clone()),
        };
        if let (Value::Instance(inst), Some(ctx)) = (&obj, &err.0.context) {
            if let Some(d) = &inst.exception {
                d.borrow_mut().context = Some(ctx.clone());
            }
        }
        err.0.raised = Raised::Object(obj.clone());
        self.record_traceback(&obj, err);
        obj
    }

    /// Copies the frames seen so far into the exception object, for chained tracebacks.
    pub fn record_traceback(&self, obj: &Value, err: &PyErr) {
        if let Value::Instance(inst) = obj {
            if let Some(d) = &inst.exception {
                let mut d = d.borrow_mut();
                if d.traceback.len() < err.0.traceback.len() {
                    d.traceback = err.0.traceback.clone();
                }
                if d.context.is_none() {
                    if let Some(c) = &err.0.context {
                        if !c.is(obj) {
                            d.context = Some(c.clone());
                        }
                    }
                }
            }
        }
    }

    pub fn new_exception(&self, class: &Rc<Class>, args: Vec<Value>) -> Value {
        Value::Instance(Rc::new(Instance::new(
            class.clone(),
            Value::None,
            Some(ExceptionData { args, ..Default::default() }),
        )))
    }

    /// The class of the exception in flight.
    pub fn exception_class(&self, err: &PyErr) -> Rc<Class> {
        match &err.0.raised {
            Raised::Lazy(t, _) | Raised::LazyArgs(t, _) => self.types.exc(*t).clone(),
            Raised::Object(v) => self.class_of(v),
        }
    }

    /// Whether `err` is an instance of the builtin exception type `t` (or a subclass).
    pub fn err_is(&self, err: &PyErr, t: ExcType) -> bool {
        match &err.0.raised {
            Raised::Lazy(lt, _) | Raised::LazyArgs(lt, _) => {
                let mut cur = Some(*lt);
                while let Some(c) = cur {
                    if c == t {
                        return true;
                    }
                    cur = c.parent();
                }
                false
            }
            Raised::Object(v) => self.class_of(v).is_subclass(self.types.exc(t)),
        }
    }

    pub fn same_exception(&self, err: &mut PyErr, v: &Value) -> bool {
        match &err.0.raised {
            Raised::Object(o) => o.is(v),
            _ => false,
        }
    }

    /// Whether an `except typ:` clause catches `err`.
    pub fn exception_matches(&self, err: &mut PyErr, typ: &Value) -> PResult<bool> {
        let class = self.exception_class(err);
        match typ {
            Value::Class(c) => {
                if c.base_kind != BaseKind::Exception {
                    return Err(PyErr::new(
                        ExcType::TypeError,
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(class.is_subclass(c))
            }
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if self.exception_matches(err, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::new(
                ExcType::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// What `raise v` raises: an instance as is, a class instantiated with no arguments.
    pub fn make_exception(&self, v: &Value) -> PResult<Value> {
        match v {
            Value::Class(c) if c.base_kind == BaseKind::Exception => {
                let obj = self.call_value(v, &[], &[])?;
                Ok(obj)
            }
            Value::Instance(i) if i.exception.is_some() => Ok(v.clone()),
            _ => Err(PyErr::new(ExcType::TypeError, "exceptions must derive from BaseException")),
        }
    }

    /// `str(exc)`: empty for no args, `str(arg)` for one (the key's repr for `KeyError`),
    /// the args tuple's repr otherwise.
    pub fn exception_str(&self, exc: &Value) -> PResult<String> {
        let Value::Instance(inst) = exc else { return self.str_of(exc) };
        if let Some(m) = inst.class.lookup("__str__") {
            if matches!(m, Value::Function(_)) {
                let r = self.call_value(&m, &[exc.clone()], &[])?;
                return self.str_of(&r);
            }
        }
        let args = inst.exception.as_ref().map(|d| d.borrow().args.clone()).unwrap_or_default();
        match args.len() {
            0 => Ok(String::new()),
            1 => {
                if inst.class.is_subclass(self.types.exc(ExcType::KeyError)) {
                    self.repr(&args[0])
                } else {
                    self.str_of(&args[0])
                }
            }
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// `TypeName: message` as the last line of a traceback prints it.
    pub fn exception_line(&self, err: &mut PyErr) -> String {
        let exc = self.exception_value(err);
        let class = self.class_of(&exc);
        let name = if class.module == "builtins" || class.module == "__main__" {
            class.name.clone()
        } else {
            format!("{}.{}", class.module, class.name)
        };
        match self.exception_str(&exc) {
            Ok(msg) if msg.is_empty() => name,
            Ok(msg) => format!("{name}: {msg}"),
            Err(_) => format!("{name}: <exception str() failed>"),
        }
    }
}
