//! Operators: binary and in-place arithmetic with dunder dispatch (and reflected operands)
//! for instances, sequence `+` and `*`, unary operators, truthiness and `__index__`.
//! The parts live in `ops/`: `number.rs` (mixed int/float operands and their exact
//! comparison), `int_ops.rs` and `float_ops.rs` (the arithmetic kernels), `fast_path.rs`
//! (what the evaluator tries before any dispatch) and `compare.rs` (`==`, ordering, rich
//! comparison). Hashing and `in` are in `membership.rs`.
//!
//! Invariant: int results are normalised (`Value::Int` whenever the value fits in i64), so
//! an int that overflows 64 bits continues as a big int and comes back when small.

mod compare;
mod fast_path;
mod float_ops;
mod int_ops;
mod number;

pub use fast_path::{fast_arith, fast_compare, fast_compare_or_is};

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::Other;
use crate::value::Value;
use lang::ast::{BinOp, UnaryOp};
use num_bigint::BigInt;
use num_traits::Zero;
use number::as_num;
use std::rc::Rc;

/// The dunder names of each binary operator: (normal, reflected, in-place).
pub fn dunder_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

impl Interp {
    pub fn binary_op(&self, op: BinOp, a: &Value, b: &Value) -> PResult<Value> {
        self.binary_op_as(op, a, b, false)
    }

    /// `a op b`; `inplace` only changes the operator CPython names when no operand
    /// supports it: `+=` for an augmented assignment, `+` otherwise.
    #[inline(always)]
    fn binary_op_as(&self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PResult<Value> {
        if let Some(v) = fast_arith(op, a, b) {
            return Ok(v);
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            // bool's own `&`, `|`, `^` keep the type: `True & False` is `False`.
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(x & y)),
                BinOp::BitOr => return Ok(Value::Bool(x | y)),
                BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let Some(v) = self.numeric_binop(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = self.sequence_binop(op, a, b)? {
            return Ok(v);
        }
        self.dunder_binop(op, a, b, inplace)
    }

    fn sequence_binop(&self, op: BinOp, a: &Value, b: &Value) -> PResult<Option<Value>> {
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.len_bytes() + y.len_bytes());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.items.borrow().clone();
                v.extend(y.items.borrow().iter().cloned());
                Value::list(v)
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Add, Value::Str(_), _) if !matches!(b, Value::Instance(_)) => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("can only concatenate str (not \"{}\") to str", self.type_name(b)),
                ))
            }
            (BinOp::Add, Value::List(_), _) if !matches!(b, Value::Instance(_)) => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("can only concatenate list (not \"{}\") to list", self.type_name(b)),
                ))
            }
            (BinOp::Add, Value::Tuple(_), _) if !matches!(b, Value::Instance(_)) => {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("can only concatenate tuple (not \"{}\") to tuple", self.type_name(b)),
                ))
            }
            (BinOp::Mult, Value::Str(_) | Value::List(_) | Value::Tuple(_), _) => match self.repeat_count(b)? {
                Some(n) => self.repeat(a, n)?,
                None => return Ok(None),
            },
            (BinOp::Mult, _, Value::Str(_) | Value::List(_) | Value::Tuple(_)) if as_num(a).is_some() => {
                match self.repeat_count(a)? {
                    Some(n) => self.repeat(b, n)?,
                    None => return Ok(None),
                }
            }
            (BinOp::Mod, Value::Str(s), _) => Value::string(self.percent_format(s.as_str(), b)?),
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(x), Value::Set(y)) => {
                self.set_binop(op, x, y)?
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let d = crate::object::PyDict::new();
                self.dict_update(&d, &Value::Dict(x.clone()))?;
                self.dict_update(&d, &Value::Dict(y.clone()))?;
                Value::Dict(Rc::new(d))
            }
            _ => return Ok(None),
        }))
    }

    /// The repeat count of `seq * n`: `None` when `n` is not an int (then dunders decide).
    fn repeat_count(&self, n: &Value) -> PResult<Option<i64>> {
        match n {
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::BigInt(_) => Err(PyErr::new(ExcType::OverflowError, "cannot fit 'int' into an index-sized integer")),
            Value::Instance(_) => Ok(None),
            _ => Err(PyErr::new(
                ExcType::TypeError,
                format!("can't multiply sequence by non-int of type '{}'", self.type_name(n)),
            )),
        }
    }

    fn repeat(&self, seq: &Value, n: i64) -> PResult<Value> {
        let n = n.max(0) as usize;
        Ok(match seq {
            Value::Str(s) => {
                if s.len_bytes().saturating_mul(n) > (1 << 34) {
                    return Err(PyErr::new(ExcType::MemoryError, ""));
                }
                Value::string(s.as_str().repeat(n))
            }
            Value::List(l) => {
                let items = l.items.borrow();
                if items.len().saturating_mul(n) > (1 << 31) {
                    return Err(PyErr::new(ExcType::MemoryError, ""));
                }
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                if t.items.len().saturating_mul(n) > (1 << 31) {
                    return Err(PyErr::new(ExcType::MemoryError, ""));
                }
                let mut v = Vec::with_capacity(t.items.len() * n);
                for _ in 0..n {
                    v.extend(t.items.iter().cloned());
                }
                Value::tuple(v)
            }
            _ => Value::None,
        })
    }

    fn dunder_binop(&self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PResult<Value> {
        let (name, rname, _) = dunder_names(op);
        let a_is_inst = matches!(a, Value::Instance(_));
        let b_is_inst = matches!(b, Value::Instance(_));
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        // A subclass's reflected method goes first, as in CPython.
        let b_first = b_is_inst && !Rc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca) && cb.lookup(rname).is_some();
        if b_first {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        if a_is_inst {
            if let Some(r) = self.try_dunder(a, name, b)? {
                return Ok(r);
            }
        }
        if b_is_inst && !b_first {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        // Instances of builtin subclasses that did not override the operator: the builtin
        // operation on their values (`MyInt(5) + 1.5`, `1.5 + MyInt(5)`, `"b" + MyStr("a")`).
        let base_of = |v: &Value| match v {
            Value::Instance(inst) => {
                let base = inst.base_value.borrow().clone();
                (!base.is_none() && !matches!(base, Value::Other(_))).then_some(base)
            }
            _ => None,
        };
        let (ba, bb) = (base_of(a), base_of(b));
        if ba.is_some() || bb.is_some() {
            let x = ba.unwrap_or_else(|| a.clone());
            let y = bb.unwrap_or_else(|| b.clone());
            if !matches!(x, Value::Instance(_)) && !matches!(y, Value::Instance(_)) {
                if let Some(v) = self.numeric_binop(op, &x, &y)? {
                    return Ok(v);
                }
                if let Some(v) = self.sequence_binop(op, &x, &y)? {
                    return Ok(v);
                }
            }
        }
        if op == BinOp::Add && !a_is_inst {
            let kind = match a {
                Value::Str(_) => Some("str"),
                Value::List(_) => Some("list"),
                Value::Tuple(_) => Some("tuple"),
                _ => None,
            };
            if let Some(kind) = kind {
                return Err(PyErr::new(
                    ExcType::TypeError,
                    format!("can only concatenate {kind} (not \"{}\") to {kind}", self.type_name(b)),
                ));
            }
        }
        let sym = match (op, inplace) {
            (_, true) => format!("{}=", op.symbol()),
            (BinOp::Pow, false) => "** or pow()".to_string(),
            (_, false) => op.symbol().to_string(),
        };
        Err(PyErr::new(
            ExcType::TypeError,
            format!("unsupported operand type(s) for {sym}: '{}' and '{}'", self.type_name(a), self.type_name(b)),
        ))
    }

    /// Calls `obj.name(arg)` if the class defines it; `None` if absent or `NotImplemented`.
    pub fn try_dunder(&self, obj: &Value, name: &str, arg: &Value) -> PResult<Option<Value>> {
        let class = self.class_of(obj);
        let Some(m) = class.lookup(name) else { return Ok(None) };
        let r = self.call_value(&m, &[obj.clone(), arg.clone()], &[])?;
        if is_not_implemented(&r) {
            return Ok(None);
        }
        Ok(Some(r))
    }

    /// `a op= b`: mutates lists, sets and dicts in place; otherwise as `a = a op b`.
    pub fn inplace_op(&self, op: BinOp, a: Value, b: &Value) -> PResult<Value> {
        match (&a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = match b {
                    Value::List(x) if Rc::ptr_eq(x, l) => x.items.borrow().clone(),
                    _ => self.collect_iter(b)?,
                };
                l.items.borrow_mut().extend(items);
                return Ok(a);
            }
            (Value::List(l), BinOp::Mult) => {
                if let Some(n) = self.repeat_count(b)? {
                    let items = l.items.borrow().clone();
                    let mut v = l.items.borrow_mut();
                    v.clear();
                    for _ in 0..n.max(0) {
                        v.extend(items.iter().cloned());
                    }
                    drop(v);
                    return Ok(a);
                }
            }
            (Value::Set(s), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) if !s.frozen => {
                if let Value::Set(other) = b {
                    let result = self.set_binop(op, s, other)?;
                    if let Value::Set(r) = result {
                        let t = r.table.borrow().clone();
                        *s.table.borrow_mut() = t;
                    }
                    return Ok(a);
                }
            }
            (Value::Dict(d), BinOp::BitOr) => {
                self.dict_update(d, b)?;
                return Ok(a);
            }
            (Value::Instance(_), _) => {
                let (_, _, iname) = dunder_names(op);
                if let Some(r) = self.try_dunder(&a, iname, b)? {
                    return Ok(r);
                }
            }
            _ => {}
        }
        self.binary_op_as(op, &a, b, true)
    }

    pub fn unary_op(&self, op: UnaryOp, v: &Value) -> PResult<Value> {
        match (op, v) {
            (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(v)?)),
            (_, Value::Instance(inst)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    UnaryOp::Invert => "__invert__",
                    UnaryOp::Not => "__bool__",
                };
                match inst.class.lookup(name) {
                    Some(m) => self.call_value(&m, &[v.clone()], &[]),
                    None => Err(self.bad_unary(op, v)),
                }
            }
            _ => Err(self.bad_unary(op, v)),
        }
    }

    #[cold]
    fn bad_unary(&self, op: UnaryOp, v: &Value) -> PyErr {
        let sym = match op {
            UnaryOp::Neg => "unary -",
            UnaryOp::Pos => "unary +",
            UnaryOp::Invert => "unary ~",
            UnaryOp::Not => "not",
        };
        PyErr::new(ExcType::TypeError, format!("bad operand type for {sym}: '{}'", self.type_name(v)))
    }

    /// Python truthiness.
    pub fn truthy(&self, v: &Value) -> PResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Unbound => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__bool__") {
                    let r = self.call_value(&m, &[v.clone()], &[])?;
                    match r {
                        Value::Bool(b) => return Ok(b),
                        _ => {
                            return Err(PyErr::new(
                                ExcType::TypeError,
                                format!("__bool__ should return bool, returned {}", self.type_name(&r)),
                            ))
                        }
                    }
                }
                if let Some(m) = inst.class.lookup("__len__") {
                    let r = self.call_value(&m, &[v.clone()], &[])?;
                    return Ok(self.index_value(&r)? != 0);
                }
                match &*inst.base_value.borrow() {
                    Value::None => true,
                    base => self.truthy(base)?,
                }
            }
            Value::Other(o) => match &**o {
                Other::Native(_) => {
                    let class = self.class_of(v);
                    match class.lookup("__len__") {
                        Some(m) => {
                            let r = self.call_value(&m, &[v.clone()], &[])?;
                            self.index_value(&r)? != 0
                        }
                        None => true,
                    }
                }
                Other::BigRange(b) => !b.0.len().is_zero(),
                _ => true,
            },
            _ => true,
        })
    }

    /// An int operand as i64 (`__index__` semantics for bool and int; others are TypeErrors).
    pub fn index_value(&self, v: &Value) -> PResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(PyErr::new(ExcType::IndexError, "cannot fit 'int' into an index-sized integer")),
            Value::Instance(inst) => match inst.class.lookup("__index__") {
                Some(m) => {
                    let r = self.call_value(&m, &[v.clone()], &[])?;
                    self.index_value(&r)
                }
                None => match &*inst.base_value.borrow() {
                    b @ (Value::Int(_) | Value::Bool(_)) => self.index_value(b),
                    _ => Err(PyErr::new(
                        ExcType::TypeError,
                        format!("'{}' object cannot be interpreted as an integer", inst.class.name),
                    )),
                },
            },
            _ => Err(PyErr::new(
                ExcType::TypeError,
                format!("'{}' object cannot be interpreted as an integer", self.type_name(v)),
            )),
        }
    }
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Other(o) if matches!(**o, Other::NotImplemented))
}
