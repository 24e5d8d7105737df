//! Functions: user functions (a compiled `Code` plus defaults and closure cells), native
//! functions implemented in Rust, and bound methods.
//!
//! Invariant: `Function::closure` has exactly `code.free_names.len()` cells, in the order of
//! `code.free_names`.

use crate::code::Code;
use crate::error::PResult;
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// A closure cell: a variable shared between a scope and the functions nested in it.
pub type CellRef = Rc<RefCell<Value>>;

/// Keyword arguments of a call, in call order.
pub type Kwargs = [(Rc<str>, Value)];

/// The signature of every function implemented in Rust. For methods, `args[0]` is `self`.
pub type NativeFn = fn(&Interp, &[Value], &Kwargs) -> PResult<Value>;

pub struct Function {
    pub code: Rc<Code>,
    pub module: Rc<ModuleObj>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    pub closure: Vec<CellRef>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<String>,
    /// Attributes set on the function object (`f.calls = 0`, `__wrapped__`…).
    pub attrs: RefCell<Vec<(Rc<str>, Value)>>,
}

pub struct NativeFunction {
    pub name: Rc<str>,
    pub func: NativeFn,
    /// Data a native closure carries (the wrapped function of `functools.cache`…).
    pub data: Option<Value>,
}

impl NativeFunction {
    pub fn new(name: &str, func: NativeFn) -> NativeFunction {
        NativeFunction { name: name.into(), func, data: None }
    }
}

/// `obj.method` for a function found on `obj`'s class.
pub struct BoundMethod {
    pub this: Value,
    pub func: Value,
}
