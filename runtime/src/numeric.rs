//! The exact numeric algorithms CPython 3.11 specifies, as pure functions over `f64`,
//! `BigInt` and `&str`: float repr and rounding, the format-spec mini-language, `%`-formatting,
//! int/float text conversion, true division, floor division, power and the numeric hash.
//!
//! Invariant: every function here returns exactly what CPython 3.11 returns for the same
//! inputs (byte-identical text, bit-identical floats, the same exception type and message),
//! and a failure is a `NumError`, never a panic (a field wider than `MAX_FIELD_WIDTH` is a
//! `MemoryError` rather than an allocation failure).
//! Invariant: the module depends on nothing but `std`, `num-bigint`, `num-traits` and
//! `num-integer`; it knows nothing about interpreter values, so the runtime chooses which
//! function a value goes to and maps `NumErrorKind` to its own exception types.
//!
//! What it does not do: look up attributes, call `__format__`/`__str__`, or fetch `%`
//! arguments; those need the interpreter and stay in `builtins/`.

pub mod arith;
pub mod dtoa;
pub mod float_repr;
pub mod float_text;
pub mod format_spec;
pub mod int_text;
pub mod libm_pow;
pub mod percent;
pub mod ucd;

/// The widest field (width or precision, in characters) a format may ask for. CPython
/// tries to allocate whatever is asked and fails with `MemoryError` when it cannot; hyper
/// fails with `MemoryError` beyond this size instead of aborting the process.
pub const MAX_FIELD_WIDTH: usize = u32::MAX as usize;

/// The Python exception class a `NumError` becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    ZeroDivisionError,
    /// A field too wide to allocate (CPython's `MemoryError` from the string writer).
    MemoryError,
    /// CPython would succeed with a value hyper cannot represent (a complex power, a lone
    /// surrogate); the runtime refuses the program with `NotImplementedError`.
    NotImplementedError,
}

/// A Python-level failure: the exception class and its exact CPython message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: NumErrorKind,
    pub message: String,
}

impl NumError {
    /// An error of any kind with its exact CPython message.
    #[cold]
    pub fn new(kind: NumErrorKind, message: impl Into<String>) -> NumError {
        NumError { kind, message: message.into() }
    }

    /// A `ValueError` with this message.
    #[cold]
    pub fn value(message: impl Into<String>) -> NumError {
        NumError::new(NumErrorKind::ValueError, message)
    }

    /// A `TypeError` with this message.
    #[cold]
    pub fn type_error(message: impl Into<String>) -> NumError {
        NumError::new(NumErrorKind::TypeError, message)
    }

    /// A `OverflowError` with this message.
    #[cold]
    pub fn overflow(message: impl Into<String>) -> NumError {
        NumError::new(NumErrorKind::OverflowError, message)
    }

    /// A `ZeroDivisionError` with this message.
    #[cold]
    pub fn zero_division(message: impl Into<String>) -> NumError {
        NumError::new(NumErrorKind::ZeroDivisionError, message)
    }

    /// A `MemoryError` (CPython's has no message).
    #[cold]
    pub fn memory() -> NumError {
        NumError::new(NumErrorKind::MemoryError, "")
    }

    /// Fails with `MemoryError` when a width or precision is beyond `MAX_FIELD_WIDTH`.
    pub fn check_field_width(n: Option<usize>) -> Result<(), NumError> {
        match n {
            Some(n) if n > MAX_FIELD_WIDTH => Err(NumError::memory()),
            _ => Ok(()),
        }
    }

    /// A `NotImplementedError` with this message.
    #[cold]
    pub fn not_implemented(message: impl Into<String>) -> NumError {
        NumError::new(NumErrorKind::NotImplementedError, message)
    }
}

impl std::fmt::Display for NumError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for NumError {}
