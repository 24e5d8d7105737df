//! Calls: binding arguments to parameters, calling functions, natives, bound methods and
//! classes (instance creation), and method calls without a bound-method object.
//!
//! Invariant: argument errors use CPython's messages, naming the function by its qualified
//! name (`A.f() takes 2 positional arguments but 3 were given`).

use crate::code::{Code, Elt};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::eval::ArgVec;
use crate::interp::{Frame, Interp};
use crate::object::class::{BaseKind, Class};
use crate::object::function::{Function, Kwargs};
use crate::object::instance::{ExceptionData, Instance};
use crate::object::{Other, PyDict};
use crate::value::Value;
use std::rc::Rc;

impl Interp {
    pub fn call_value(&self, func: &Value, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
        match func {
            Value::Function(f) => self.call_function(f, args, kwargs),
            Value::Native(n) => match &n.data {
                None => (n.func)(self, args, kwargs),
                Some(d) => {
                    let mut all = ArgVec::new();
                    all.push(d.clone());
                    all.extend(args.iter().cloned());
                    (n.func)(self, &all, kwargs)
                }
            },
            Value::BoundMethod(bm) => {
                let mut all = ArgVec::new();
                all.push(bm.this.clone());
                all.extend(args.iter().cloned());
                self.call_value(&bm.func, &all, kwargs)
            }
            Value::Class(c) => self.construct(c, args, kwargs),
            Value::Instance(inst) => match inst.class.lookup("__call__") {
                Some(m) => {
                    let mut all = ArgVec::new();
                    all.push(func.clone());
                    all.extend(args.iter().cloned());
                    self.call_value(&m, &all, kwargs)
                }
                None => Err(self.not_callable(func)),
            },
            Value::Other(o) => match &**o {
                Other::StaticMethod(f) => self.call_value(f, args, kwargs),
                _ => Err(self.not_callable(func)),
            },
            _ => Err(self.not_callable(func)),
        }
    }

    #[cold]
    fn not_callable(&self, v: &Value) -> PyErr {
        PyErr::new(ExcType::TypeError, format!("'{}' object is not callable", self.type_name(v)))
    }

    /// A call of a plain function (`Code::plain_positional`) with one argument expression
    /// per parameter: the arguments are evaluated (in the caller's frame `f`) straight into
    /// the callee's slots, so the call copies no argument vector and no frame.
    #[inline(always)]
    pub fn call_plain(&self, f: &mut Frame, func: &Function, args: &[Elt]) -> PResult<Value> {
        let code = &func.code;
        let mut frame = Frame::for_call(code.clone(), func.module.clone());
        let n_locals = code.n_locals as usize;
        if n_locals > frame.locals.inline_size() {
            frame.locals.reserve_exact(n_locals);
        }
        for a in args {
            if let Elt::One(a) = a {
                let v = self.eval_operand(f, a)?;
                frame.locals.push(v);
            }
        }
        self.run_plain(&mut frame, code)
    }

    /// Fills a plain call's remaining slots and runs it (`frame.locals` holds the arguments).
    #[inline(always)]
    fn run_plain(&self, frame: &mut Frame, code: &Code) -> PResult<Value> {
        for _ in frame.locals.len()..code.n_locals as usize {
            frame.locals.push(Value::Unbound);
        }
        if let Some(result) = self.function_entry(frame) {
            return result;
        }
        self.enter_call()?;
        let r = self.run_body(frame, code);
        self.leave_call();
        r
    }

    pub fn call_function(&self, func: &Rc<Function>, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
        let code = &func.code;
        if code.plain_positional && kwargs.is_empty() && args.len() == code.params.positional.len() {
            let mut frame = Frame::for_call(code.clone(), func.module.clone());
            frame.locals.reserve_exact(code.n_locals as usize);
            frame.locals.extend(args.iter().cloned());
            return self.run_plain(&mut frame, code);
        }
        let mut frame = Frame::new(code.clone(), func.module.clone());
        let npos = code.params.positional.len();
        if kwargs.is_empty()
            && args.len() == npos
            && code.params.vararg.is_none()
            && code.params.kwonly.is_empty()
            && code.params.kwarg.is_none()
        {
            frame.locals[..npos].clone_from_slice(args);
        } else {
            self.bind_args(func, &mut frame.locals, args, kwargs)?;
        }
        if !code.cell_names.is_empty() || !func.closure.is_empty() {
            for &(slot, cell) in &code.cell_params {
                let v = std::mem::replace(&mut frame.locals[slot as usize], Value::Unbound);
                *frame.cells[cell as usize].borrow_mut() = v;
            }
            frame.cells.extend(func.closure.iter().cloned());
        }
        if code.is_generator {
            return self.make_generator(frame, func);
        }
        self.enter_call()?;
        let r = self.run_frame(&mut frame);
        self.leave_call();
        r
    }

    fn bind_args(&self, func: &Function, locals: &mut [Value], args: &[Value], kwargs: &Kwargs) -> PResult<()> {
        let spec = &func.code.params;
        let qual = func.qualname.borrow().clone();
        let npos = spec.positional.len();
        let n = args.len().min(npos);
        locals[..n].clone_from_slice(&args[..n]);
        if args.len() > npos {
            match spec.vararg {
                Some(slot) => locals[slot as usize] = Value::tuple(args[npos..].to_vec()),
                None => {
                    let nkw_given = kwargs.iter().filter(|(k, _)| spec.kwonly.iter().any(|x| x == k)).count();
                    let takes = if spec.n_defaults > 0 {
                        format!("from {} to {} positional arguments", npos - spec.n_defaults as usize, npos)
                    } else {
                        format!("{} positional argument{}", npos, if npos == 1 { "" } else { "s" })
                    };
                    let given = if nkw_given > 0 {
                        format!(
                            "{} positional argument{} (and {} keyword-only argument{}) were given",
                            args.len(),
                            if args.len() == 1 { "" } else { "s" },
                            nkw_given,
                            if nkw_given == 1 { "" } else { "s" }
                        )
                    } else {
                        format!("{} {} given", args.len(), if args.len() == 1 { "was" } else { "were" })
                    };
                    return Err(PyErr::new(ExcType::TypeError, format!("{qual}() takes {takes} but {given}")));
                }
            }
        } else if let Some(slot) = spec.vararg {
            locals[slot as usize] = Value::tuple(Vec::new());
        }
        let kwdict = spec.kwarg.map(|_| PyDict::new());
        for (name, v) in kwargs {
            if let Some(i) = spec.positional.iter().position(|p| p == name) {
                if i >= spec.n_posonly as usize {
                    if !matches!(locals[i], Value::Unbound) {
                        return Err(PyErr::new(
                            ExcType::TypeError,
                            format!("{qual}() got multiple values for argument '{name}'"),
                        ));
                    }
                    locals[i] = v.clone();
                    continue;
                }
            }
            if let Some(j) = spec.kwonly.iter().position(|p| p == name) {
                locals[npos + j] = v.clone();
                continue;
            }
            match &kwdict {
                Some(d) => self.dict_set(d, Value::str(name), v.clone())?,
                None => {
                    return Err(PyErr::new(
                        ExcType::TypeError,
                        format!("{qual}() got an unexpected keyword argument '{name}'"),
                    ))
                }
            }
        }
        let first_default = npos - spec.n_defaults as usize;
        let mut missing = Vec::new();
        for i in 0..npos {
            if matches!(locals[i], Value::Unbound) {
                if i >= first_default {
                    locals[i] = func.defaults.get(i - first_default).cloned().unwrap_or(Value::None);
                } else {
                    missing.push(spec.positional[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&qual, "positional", &missing));
        }
        let mut missing_kw = Vec::new();
        for (j, name) in spec.kwonly.iter().enumerate() {
            if matches!(locals[npos + j], Value::Unbound) {
                match func.kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => locals[npos + j] = v.clone(),
                    None => missing_kw.push(name.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(missing_error(&qual, "keyword-only", &missing_kw));
        }
        if let (Some(slot), Some(d)) = (spec.kwarg, kwdict) {
            locals[slot as usize] = Value::Dict(Rc::new(d));
        }
        Ok(())
    }

    /// `Class(args)`: builtin constructors, or a new instance passed to `__init__`.
    pub fn construct(&self, class: &Rc<Class>, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
        let new = class.lookup_new();
        if class.is_builtin {
            if let Some(new) = &new {
                let mut all = ArgVec::new();
                all.push(Value::Class(class.clone()));
                all.extend(args.iter().cloned());
                return self.call_value(new, &all, kwargs);
            }
        }
        let obj = match &new {
            Some(Value::Function(_)) | Some(Value::Other(_)) => {
                let f = match &new {
                    Some(Value::Other(o)) => match &**o {
                        Other::StaticMethod(f) => f.clone(),
                        _ => new.clone().unwrap_or(Value::None),
                    },
                    Some(v) => v.clone(),
                    None => Value::None,
                };
                let mut all = ArgVec::new();
                all.push(Value::Class(class.clone()));
                all.extend(args.iter().cloned());
                let obj = self.call_value(&f, &all, kwargs)?;
                if !self.isinstance(&obj, class) {
                    return Ok(obj);
                }
                obj
            }
            _ => self.alloc_instance(class, args)?,
        };
        let init = class.lookup("__init__");
        match init {
            Some(Value::Function(f)) => {
                let mut all = ArgVec::new();
                all.push(obj.clone());
                all.extend(args.iter().cloned());
                let r = self.call_function(&f, &all, kwargs)?;
                if !r.is_none() {
                    return Err(PyErr::new(
                        ExcType::TypeError,
                        format!("__init__() should return None, not '{}'", self.type_name(&r)),
                    ));
                }
            }
            Some(init) => {
                let is_object_init = matches!(&init, Value::Native(n) if &*n.name == "object.__init__");
                if is_object_init {
                    if (!args.is_empty() || !kwargs.is_empty()) && new.is_none() {
                        return Err(PyErr::new(ExcType::TypeError, format!("{}() takes no arguments", class.name)));
                    }
                } else {
                    let mut all = ArgVec::new();
                    all.push(obj.clone());
                    all.extend(args.iter().cloned());
                    self.call_value(&init, &all, kwargs)?;
                }
            }
            None => {}
        }
        Ok(obj)
    }

    /// A new, uninitialised instance of a user class, with the builtin value its base needs.
    pub fn alloc_instance(&self, class: &Rc<Class>, args: &[Value]) -> PResult<Value> {
        let (base, exc) = match class.base_kind {
            BaseKind::Exception => (Value::None, Some(ExceptionData { args: args.to_vec(), ..Default::default() })),
            BaseKind::List => (Value::list(Vec::new()), None),
            BaseKind::Dict => (Value::Dict(Rc::new(PyDict::new())), None),
            BaseKind::Set => (Value::Set(Rc::new(crate::object::PySet::new(Default::default(), false))), None),
            BaseKind::Tuple => (
                Value::tuple(match args.first() {
                    Some(a) => self.collect_iter(a)?,
                    None => Vec::new(),
                }),
                None,
            ),
            BaseKind::Int | BaseKind::Float | BaseKind::Str => {
                let builtin = match class.base_kind {
                    BaseKind::Int => &self.types.int,
                    BaseKind::Float => &self.types.float,
                    _ => &self.types.str,
                };
                (self.construct(builtin, args, &[])?, None)
            }
            BaseKind::Object | BaseKind::Final => (Value::None, None),
        };
        Ok(Value::Instance(Rc::new(Instance::new(class.clone(), base, exc))))
    }

    /// `obj.name(*args[1..])` with `args[0] == obj`, without making a bound method when the
    /// attribute is a plain method.
    /// `call_method` without keywords, filling `cache` when the receiver is of a builtin
    /// type whose class is fixed by its tag and the method is a plain native function.
    pub(crate) fn call_method_caching(
        &self,
        name: &str,
        args: &[Value],
        cache: &crate::code::MethodCache,
    ) -> PResult<Value> {
        use crate::value::Tag;
        let tag = args[0].tag();
        if matches!(
            tag,
            Tag::Bool | Tag::Int | Tag::BigInt | Tag::Float | Tag::Str | Tag::List | Tag::Tuple | Tag::Dict
        ) {
            if let Some(Value::Native(n)) = self.class_of(&args[0]).lookup(name) {
                if n.data.is_none() {
                    cache.tag.set(tag as u8);
                    cache.epoch.set(crate::object::class::class_epoch());
                    cache.func.set(Some(n.func));
                    return (n.func)(self, args, &[]);
                }
            }
        }
        self.call_method(name, args, &[])
    }

    pub fn call_method(&self, name: &str, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
        let obj = &args[0];
        match obj {
            Value::Instance(inst) => {
                if let Some(v) = inst.get_attr(name) {
                    return self.call_value(&v, &args[1..], kwargs);
                }
                match inst.class.lookup(name) {
                    Some(Value::Function(f)) => self.call_function(&f, args, kwargs),
                    Some(Value::Native(n)) if n.data.is_none() => (n.func)(self, args, kwargs),
                    _ => {
                        let m = self.get_attr(obj, name)?;
                        self.call_value(&m, &args[1..], kwargs)
                    }
                }
            }
            Value::Class(_) | Value::Other(_) | Value::Function(_) => {
                let m = self.get_attr(obj, name)?;
                self.call_value(&m, &args[1..], kwargs)
            }
            _ => {
                let class = self.class_of(obj);
                match class.lookup(name) {
                    Some(Value::Native(n)) if n.data.is_none() => (n.func)(self, args, kwargs),
                    _ => {
                        let m = self.get_attr(obj, name)?;
                        self.call_value(&m, &args[1..], kwargs)
                    }
                }
            }
        }
    }
}

#[cold]
fn missing_error(qual: &str, kind: &str, names: &[Rc<str>]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!("{}, and {}", quoted[..quoted.len() - 1].join(", "), quoted[quoted.len() - 1]),
    };
    PyErr::new(
        ExcType::TypeError,
        format!(
            "{qual}() missing {} required {kind} argument{}: {list}",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        ),
    )
}
