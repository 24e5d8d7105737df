//! `Value`: every Python value the interpreter handles, in a 16-byte tagged layout.
//!
//! ```text
//!  bytes 0..8   8..16
//! +-----------+----------------------------------------+
//! | tag (u64) | payload: i64 | f64 | bool | Rc pointer |
//! +-----------+----------------------------------------+
//! ```
//! `#[repr(C, u64)]` fixes this layout (a whole-word tag first, the payload at offset 8), so
//! generated code may read a frame slot or a list element directly; the tag numbers are
//! listed in `Tag` and checked against the enum at compile time.
//!
//! The tag is a word rather than a byte for speed: with a byte tag, rustc moved a `Value`
//! out of a `Result` as bytes 1..16 in 8+4+2+1-byte pieces, and the unaligned 8-byte load at
//! offset 1 could not be forwarded from the callee's two aligned stores, a stall on every
//! value an expression returned (a third of `eval_binary`'s samples in big_fib).
//!
//! Invariant: a small int is always `Int(i64)`; `BigInt` holds only values outside the i64
//! range (every arithmetic result is normalised through `Value::from_bigint`).
//! Invariant: `Unbound` never escapes to Python code: it marks an empty frame or module slot.

use crate::object::{BoundMethod, Class, Function, Instance, NativeFunction, PyDict, PyList, PySet, PyStr, PyTuple};
use crate::object::{Other, RangeObj};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::rc::Rc;

#[repr(C, u64)]
pub enum Value {
    /// An empty slot (an unassigned local or global); never visible to Python code.
    Unbound,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Function(Rc<Function>),
    Native(Rc<NativeFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Range(Rc<RangeObj>),
    /// Everything rarer: modules, generators, iterators, slices, descriptors, files…
    Other(Rc<Other>),
}

/// The tag byte of each variant, as generated code sees it.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Unbound = 0,
    None = 1,
    Bool = 2,
    Int = 3,
    Float = 4,
    BigInt = 5,
    Str = 6,
    List = 7,
    Tuple = 8,
    Dict = 9,
    Set = 10,
    Function = 11,
    Native = 12,
    BoundMethod = 13,
    Class = 14,
    Instance = 15,
    Range = 16,
    Other = 17,
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::align_of::<Value>() == 8);

impl Value {
    /// The tag byte of this value (see the layout diagram above).
    pub fn tag(&self) -> Tag {
        match self {
            Value::Unbound => Tag::Unbound,
            Value::None => Tag::None,
            Value::Bool(_) => Tag::Bool,
            Value::Int(_) => Tag::Int,
            Value::Float(_) => Tag::Float,
            Value::BigInt(_) => Tag::BigInt,
            Value::Str(_) => Tag::Str,
            Value::List(_) => Tag::List,
            Value::Tuple(_) => Tag::Tuple,
            Value::Dict(_) => Tag::Dict,
            Value::Set(_) => Tag::Set,
            Value::Function(_) => Tag::Function,
            Value::Native(_) => Tag::Native,
            Value::BoundMethod(_) => Tag::BoundMethod,
            Value::Class(_) => Tag::Class,
            Value::Instance(_) => Tag::Instance,
            Value::Range(_) => Tag::Range,
            Value::Other(_) => Tag::Other,
        }
    }

    /// A str value; one character below U+0100 is the shared singleton (`str(7)`, `'ab'[0]`
    /// allocate nothing, as in CPython).
    pub fn str(s: &str) -> Value {
        Value::Str(crate::object::str::shared_str(s).unwrap_or_else(|| Rc::new(PyStr::new(s))))
    }

    pub fn string(s: String) -> Value {
        match crate::object::str::shared_str(&s) {
            Some(shared) => Value::Str(shared),
            None => Value::Str(Rc::new(PyStr::from_string(s))),
        }
    }

    /// `Value::string` of text known to be ASCII (`str.lower()` of an ASCII str).
    pub fn ascii_string(s: String) -> Value {
        match crate::object::str::shared_str(&s) {
            Some(shared) => Value::Str(shared),
            None => Value::Str(Rc::new(PyStr::from_ascii(s))),
        }
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    /// Normalises a big integer: values that fit in i64 become `Int`.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Python's `is`: identity for heap objects, equality of payload for immediates.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Unbound, Value::Unbound) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::BigInt(a), Value::BigInt(b)) => Rc::ptr_eq(a, b),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || (a.len_bytes() <= 1 && a.as_str() == b.as_str()),
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => Rc::ptr_eq(a, b) || (a.items.is_empty() && b.items.is_empty()),
            (Value::Dict(a), Value::Dict(b)) => Rc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) => Rc::ptr_eq(a, b),
            (Value::Function(a), Value::Function(b)) => Rc::ptr_eq(a, b),
            (Value::Native(a), Value::Native(b)) => Rc::ptr_eq(a, b),
            (Value::BoundMethod(a), Value::BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Value::Class(a), Value::Class(b)) => Rc::ptr_eq(a, b),
            (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
            (Value::Range(a), Value::Range(b)) => Rc::ptr_eq(a, b),
            (Value::Other(a), Value::Other(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// An address-like identity for `id()` and for recursion guards in `repr`.
    pub fn identity(&self) -> usize {
        match self {
            Value::BigInt(r) => Rc::as_ptr(r) as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as usize,
            Value::Dict(r) => Rc::as_ptr(r) as usize,
            Value::Set(r) => Rc::as_ptr(r) as usize,
            Value::Function(r) => Rc::as_ptr(r) as usize,
            Value::Native(r) => Rc::as_ptr(r) as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as usize,
            Value::Class(r) => Rc::as_ptr(r) as usize,
            Value::Instance(r) => Rc::as_ptr(r) as usize,
            Value::Range(r) => Rc::as_ptr(r) as usize,
            Value::Other(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Int(i) => (*i as usize).wrapping_mul(2).wrapping_add(1),
            Value::Float(f) => f.to_bits() as usize | 3,
            Value::Bool(b) => 16 + *b as usize,
            Value::None => 8,
            Value::Unbound => 0,
        }
    }
}

impl Clone for Value {
    /// Immediates are copied inline; only heap values pay for a reference-count increment.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Bool(b) => Value::Bool(*b),
            Value::None => Value::None,
            _ => self.clone_heap(),
        }
    }
}

impl Value {
    /// Inlined, so the copy is built where it goes: as a call, its result came back through
    /// memory and was reloaded as 16 bytes, which the two 8-byte stores that wrote it could
    /// not forward (binary_trees `--no-jit` 2.32 -> 2.15 s, big_fib 1.05 -> 0.98 s).
    #[inline(always)]
    fn clone_heap(&self) -> Value {
        match self {
            Value::Unbound => Value::Unbound,
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::BigInt(r) => Value::BigInt(r.clone()),
            Value::Str(r) => Value::Str(r.clone()),
            Value::List(r) => Value::List(r.clone()),
            Value::Tuple(r) => Value::Tuple(r.clone()),
            Value::Dict(r) => Value::Dict(r.clone()),
            Value::Set(r) => Value::Set(r.clone()),
            Value::Function(r) => Value::Function(r.clone()),
            Value::Native(r) => Value::Native(r.clone()),
            Value::BoundMethod(r) => Value::BoundMethod(r.clone()),
            Value::Class(r) => Value::Class(r.clone()),
            Value::Instance(r) => Value::Instance(r.clone()),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Other(r) => Value::Other(r.clone()),
        }
    }

    /// True for the variants that own no heap reference.
    #[inline(always)]
    pub fn is_immediate(&self) -> bool {
        matches!(self, Value::Unbound | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_))
    }

    /// Drops a value, with no drop call when it owns no heap reference.
    #[inline(always)]
    pub fn discard(self) {
        if self.is_immediate() {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }

    /// Overwrites `slot`, dropping the old value only when it owns a heap reference (the
    /// common int and float stores then skip the drop glue entirely).
    #[inline(always)]
    pub fn store(slot: &mut Value, v: Value) {
        let old = std::mem::replace(slot, v);
        if old.is_immediate() {
            std::mem::forget(old);
        } else {
            drop(old);
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::None
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
