//! Python exceptions as Rust values: `PyErr` travels up `Result`s until an `except` clause
//! or the top level handles it.
//!
//! Invariant: a `PyErr` is always a Python-visible exception. A bug in hyper itself is never
//! a `PyErr` (it is an `InternalError`, reported with its own exit code).
//! Builtin exceptions start *lazy* (a type and a message); the exception object is made
//! only when Python code looks at it, so internally caught errors cost no allocation.

use crate::value::Value;
use lang::SourceFile;
use std::rc::Rc;

macro_rules! exception_types {
    ($($variant:ident = $name:literal < $parent:ident),* $(,)?) => {
        /// The builtin exception types, with their parents: one table for the hierarchy.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcType { BaseException, $($variant),* }

        impl ExcType {
            pub const ALL: &'static [ExcType] = &[ExcType::BaseException, $(ExcType::$variant),*];

            pub fn name(self) -> &'static str {
                match self { ExcType::BaseException => "BaseException", $(ExcType::$variant => $name),* }
            }

            pub fn parent(self) -> Option<ExcType> {
                match self { ExcType::BaseException => None, $(ExcType::$variant => Some(ExcType::$parent)),* }
            }
        }
    };
}

exception_types! {
    SystemExit = "SystemExit" < BaseException,
    KeyboardInterrupt = "KeyboardInterrupt" < BaseException,
    GeneratorExit = "GeneratorExit" < BaseException,
    Exception = "Exception" < BaseException,
    StopIteration = "StopIteration" < Exception,
    ArithmeticError = "ArithmeticError" < Exception,
    FloatingPointError = "FloatingPointError" < ArithmeticError,
    OverflowError = "OverflowError" < ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError" < ArithmeticError,
    AssertionError = "AssertionError" < Exception,
    AttributeError = "AttributeError" < Exception,
    BufferError = "BufferError" < Exception,
    EOFError = "EOFError" < Exception,
    ImportError = "ImportError" < Exception,
    ModuleNotFoundError = "ModuleNotFoundError" < ImportError,
    LookupError = "LookupError" < Exception,
    IndexError = "IndexError" < LookupError,
    KeyError = "KeyError" < LookupError,
    MemoryError = "MemoryError" < Exception,
    NameError = "NameError" < Exception,
    UnboundLocalError = "UnboundLocalError" < NameError,
    OSError = "OSError" < Exception,
    FileNotFoundError = "FileNotFoundError" < OSError,
    ReferenceError = "ReferenceError" < Exception,
    RuntimeError = "RuntimeError" < Exception,
    NotImplementedError = "NotImplementedError" < RuntimeError,
    RecursionError = "RecursionError" < RuntimeError,
    SyntaxError = "SyntaxError" < Exception,
    SystemError = "SystemError" < Exception,
    IndentationError = "IndentationError" < SyntaxError,
    TypeError = "TypeError" < Exception,
    ValueError = "ValueError" < Exception,
    UnicodeError = "UnicodeError" < ValueError,
    Warning = "Warning" < Exception,
    DeprecationWarning = "DeprecationWarning" < Warning,
    UserWarning = "UserWarning" < Warning,
    RuntimeWarning = "RuntimeWarning" < Warning,
}

/// One line of a traceback: a frame the exception passed through.
#[derive(Clone)]
pub struct TraceEntry {
    pub file: Rc<SourceFile>,
    pub line: u32,
    pub name: Rc<str>,
}

/// What was raised: a builtin type with a message not yet made into an object, or an object.
pub enum Raised {
    Lazy(ExcType, String),
    /// `Lazy` with arbitrary args (`KeyError(key)` keeps the key, not its repr).
    LazyArgs(ExcType, Vec<Value>),
    Object(Value),
}

pub struct ErrState {
    pub raised: Raised,
    /// Innermost frame last, as printed.
    pub traceback: Vec<TraceEntry>,
    /// The exception being handled when this one was raised (`__context__`).
    pub context: Option<Value>,
}

/// A Python exception in flight.
pub struct PyErr(pub Box<ErrState>);

pub type PResult<T> = Result<T, PyErr>;

impl PyErr {
    #[cold]
    pub fn new(typ: ExcType, message: impl Into<String>) -> PyErr {
        PyErr(Box::new(ErrState { raised: Raised::Lazy(typ, message.into()), traceback: Vec::new(), context: None }))
    }

    #[cold]
    pub fn with_args(typ: ExcType, args: Vec<Value>) -> PyErr {
        PyErr(Box::new(ErrState { raised: Raised::LazyArgs(typ, args), traceback: Vec::new(), context: None }))
    }

    #[cold]
    pub fn from_object(exc: Value) -> PyErr {
        PyErr(Box::new(ErrState { raised: Raised::Object(exc), traceback: Vec::new(), context: None }))
    }

    /// The builtin type when the exception is still lazy.
    pub fn lazy_type(&self) -> Option<ExcType> {
        match &self.0.raised {
            Raised::Lazy(t, _) | Raised::LazyArgs(t, _) => Some(*t),
            Raised::Object(_) => None,
        }
    }

    pub fn push_frame(&mut self, entry: TraceEntry) {
        self.0.traceback.push(entry);
    }
}

#[cold]
pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::TypeError, msg)
}

#[cold]
pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::ValueError, msg)
}

#[cold]
pub fn index_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::IndexError, msg)
}

#[cold]
pub fn zero_division(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::ZeroDivisionError, msg)
}

#[cold]
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::OverflowError, msg)
}

#[cold]
pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::AttributeError, msg)
}

#[cold]
pub fn not_implemented(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::NotImplementedError, msg)
}

/// A hyper bug: never shown as a Python exception.
#[derive(Debug)]
pub struct InternalError(pub String);

impl From<crate::numeric::NumError> for PyErr {
    #[cold]
    fn from(e: crate::numeric::NumError) -> PyErr {
        use crate::numeric::NumErrorKind as K;
        let t = match e.kind {
            K::ValueError => ExcType::ValueError,
            K::TypeError => ExcType::TypeError,
            K::OverflowError => ExcType::OverflowError,
            K::ZeroDivisionError => ExcType::ZeroDivisionError,
            K::MemoryError => ExcType::MemoryError,
            K::NotImplementedError => ExcType::NotImplementedError,
        };
        PyErr::new(t, e.message)
    }
}
