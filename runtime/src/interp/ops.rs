//! Operators: arithmetic with Python's int/float semantics, comparisons, equality and
//! truthiness, with dunder dispatch (and reflected operands) for instances. Hashing and
//! `in` are in `membership.rs`.
//!
//! Invariant: int results are normalised (`Value::Int` whenever the value fits in i64), so
//! an int that overflows 64 bits continues as a big int and comes back when small.

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::numeric::arith;
use crate::object::Other;
use crate::value::Value;
use lang::ast::{BinOp, CmpOp, UnaryOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// A numeric operand, borrowed.
enum Num<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
}

fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(*b as i64)),
        Value::BigInt(b) => Some(Num::B(b)),
        Value::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => (*b).clone(),
        Num::F(_) => BigInt::zero(),
    }
}

fn num_to_f64(n: &Num) -> PResult<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::B(b) => arith::bigint_to_f64(b).map_err(PyErr::from),
        Num::F(f) => Ok(*f),
    }
}

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

/// Python's int `a op b` on machine words, or `None` when the result needs a big int.
fn small_int_op(op: BinOp, a: i64, b: i64) -> PResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => a.checked_add(b).map(Value::Int),
        BinOp::Sub => a.checked_sub(b).map(Value::Int),
        BinOp::Mult => a.checked_mul(b).map(Value::Int),
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "integer division or modulo by zero"));
            }
            arith::int_floordiv_i64(a, b).map(Value::Int)
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "integer modulo by zero"));
            }
            Some(Value::Int(arith::int_mod_i64(a, b)))
        }
        BinOp::Div => {
            if b == 0 {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "division by zero"));
            }
            const EXACT: i64 = 1 << 53;
            if (-EXACT..=EXACT).contains(&a) && (-EXACT..=EXACT).contains(&b) {
                Some(Value::Float(a as f64 / b as f64))
            } else {
                None
            }
        }
        BinOp::Pow => {
            if b < 0 {
                return Ok(Some(Value::Float(arith::float_pow(a as f64, b as f64)?)));
            }
            let mut result: i64 = 1;
            let mut base = a;
            let mut e = b;
            let mut ok = true;
            while e > 0 {
                if e & 1 == 1 {
                    match result.checked_mul(base) {
                        Some(r) => result = r,
                        None => {
                            ok = false;
                            break;
                        }
                    }
                }
                e >>= 1;
                if e > 0 {
                    match base.checked_mul(base) {
                        Some(x) => base = x,
                        None => {
                            ok = false;
                            break;
                        }
                    }
                }
            }
            ok.then_some(Value::Int(result))
        }
        BinOp::LShift => {
            if b < 0 {
                return Err(PyErr::new(ExcType::ValueError, "negative shift count"));
            }
            if a == 0 {
                Some(Value::Int(0))
            } else if b < 63 && (a << b) >> b == a {
                Some(Value::Int(a << b))
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(PyErr::new(ExcType::ValueError, "negative shift count"));
            }
            Some(Value::Int(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            }))
        }
        BinOp::BitAnd => Some(Value::Int(a & b)),
        BinOp::BitOr => Some(Value::Int(a | b)),
        BinOp::BitXor => Some(Value::Int(a ^ b)),
        BinOp::MatMult => None,
    })
}

fn big_int_op(op: BinOp, a: &BigInt, b: &BigInt) -> PResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_bigint(a + b),
        BinOp::Sub => Value::from_bigint(a - b),
        BinOp::Mult => Value::from_bigint(a * b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "integer division or modulo by zero"));
            }
            Value::from_bigint(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "integer modulo by zero"));
            }
            Value::from_bigint(a.mod_floor(b))
        }
        BinOp::Div => Value::Float(arith::int_true_div(a, b)?),
        BinOp::Pow => {
            if b.is_negative() {
                let x = arith::bigint_to_f64(a)?;
                let y = arith::bigint_to_f64(b)?;
                return Ok(Value::Float(arith::float_pow(x, y)?));
            }
            match b.to_u32() {
                Some(e) => Value::from_bigint(num_traits::pow::pow(a.clone(), e as usize)),
                None if a.is_zero() || *a == BigInt::from(1) => Value::from_bigint(a.clone()),
                None if *a == BigInt::from(-1) => Value::Int(if b.is_even() { 1 } else { -1 }),
                None => return Err(PyErr::new(ExcType::MemoryError, "")),
            }
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(PyErr::new(ExcType::ValueError, "negative shift count"));
            }
            match b.to_usize() {
                Some(s) if s < (1 << 32) => Value::from_bigint(a << s),
                _ => return Err(PyErr::new(ExcType::OverflowError, "too many digits in integer")),
            }
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(PyErr::new(ExcType::ValueError, "negative shift count"));
            }
            match b.to_usize() {
                // `>>` on BigInt rounds toward negative infinity, as Python's does.
                Some(s) => Value::from_bigint(a >> s),
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::BitAnd => Value::from_bigint(a & b),
        BinOp::BitOr => Value::from_bigint(a | b),
        BinOp::BitXor => Value::from_bigint(a ^ b),
        BinOp::MatMult => {
            return Err(PyErr::new(ExcType::TypeError, "unsupported operand type(s) for @: 'int' and 'int'"))
        }
    })
}

fn float_op(op: BinOp, a: f64, b: f64) -> PResult<Option<Value>> {
    Ok(Some(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => arith::float_floordiv(a, b)?,
        BinOp::Mod => arith::float_mod(a, b)?,
        BinOp::Pow => arith::float_pow(a, b)?,
        _ => return Ok(None),
    })))
}

/// The int and float cases every operator path tries first; `None` means "use the
/// general dispatch" (overflow, other types, division by zero).
#[inline(always)]
pub fn fast_arith(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Add => x.checked_add(*y).map(Value::Int),
            BinOp::Sub => x.checked_sub(*y).map(Value::Int),
            BinOp::Mult => x.checked_mul(*y).map(Value::Int),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => match op {
            BinOp::Add => Some(Value::Float(x + y)),
            BinOp::Sub => Some(Value::Float(x - y)),
            BinOp::Mult => Some(Value::Float(x * y)),
            BinOp::Div if *y != 0.0 => Some(Value::Float(x / y)),
            BinOp::Pow => fast_pow(*x, *y),
            _ => None,
        },
        (Value::Float(x), Value::Int(y)) => match op {
            BinOp::Add => Some(Value::Float(x + *y as f64)),
            BinOp::Sub => Some(Value::Float(x - *y as f64)),
            BinOp::Mult => Some(Value::Float(x * *y as f64)),
            BinOp::Div if *y != 0 => Some(Value::Float(x / *y as f64)),
            BinOp::Pow => fast_pow(*x, *y as f64),
            _ => None,
        },
        (Value::Int(x), Value::Float(y)) => match op {
            BinOp::Add => Some(Value::Float(*x as f64 + y)),
            BinOp::Sub => Some(Value::Float(*x as f64 - y)),
            BinOp::Mult => Some(Value::Float(*x as f64 * y)),
            BinOp::Div if *y != 0.0 => Some(Value::Float(*x as f64 / y)),
            _ => None,
        },
        _ => None,
    }
}

/// `x ** y` for a positive finite base with a finite, non-zero result: libm's `pow`, as
/// CPython's `float_pow` calls it; every special case is left to `arith::float_pow`.
#[inline(always)]
fn fast_pow(x: f64, y: f64) -> Option<Value> {
    if x > 0.0 && x.is_finite() && y.is_finite() {
        let r = x.powf(y);
        if r.is_finite() && r != 0.0 {
            return Some(Value::Float(r));
        }
    }
    None
}

/// Comparisons of two ints, two floats or two strings, without dispatch.
#[inline(always)]
pub fn fast_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            CmpOp::Eq => x == y,
            CmpOp::NotEq => x != y,
            _ => return None,
        }),
        (Value::Float(x), Value::Float(y)) => Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            CmpOp::Eq => x == y,
            CmpOp::NotEq => x != y,
            _ => return None,
        }),
        (Value::Str(x), Value::Str(y)) => Some(match op {
            CmpOp::Eq => x.as_str() == y.as_str(),
            CmpOp::NotEq => x.as_str() != y.as_str(),
            _ => return None,
        }),
        _ => None,
    }
}

impl Interp {
    /// Numbers only: `None` when either operand is not a number.
    pub fn numeric_binop(&self, op: BinOp, a: &Value, b: &Value) -> PResult<Option<Value>> {
        let (Some(x), Some(y)) = (as_num(a), as_num(b)) else { return Ok(None) };
        match (&x, &y) {
            (Num::I(i), Num::I(j)) => {
                if let Some(v) = small_int_op(op, *i, *j)? {
                    return Ok(Some(v));
                }
                if op == BinOp::MatMult {
                    return Ok(None);
                }
                big_int_op(op, &BigInt::from(*i), &BigInt::from(*j)).map(Some)
            }
            (Num::F(_), _) | (_, Num::F(_)) => {
                if matches!(
                    op,
                    BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::MatMult
                ) {
                    return Ok(None);
                }
                float_op(op, num_to_f64(&x)?, num_to_f64(&y)?)
            }
            _ => {
                if op == BinOp::MatMult {
                    return Ok(None);
                }
                big_int_op(op, &to_big(&x), &to_big(&y)).map(Some)
            }
        }
    }

    pub fn binary_op(&self, op: BinOp, a: &Value, b: &Value) -> PResult<Value> {
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
        self.dunder_binop(op, a, b)
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

    fn dunder_binop(&self, op: BinOp, a: &Value, b: &Value) -> PResult<Value> {
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
        let sym = if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
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
        self.binary_op(op, &a, b)
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

    /// Python `a == b`.
    pub fn eq(&self, a: &Value, b: &Value) -> PResult<bool> {
        Ok(match (a, b) {
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
            (Value::Float(x), Value::Float(y)) => x == y,
            (Value::None, Value::None) => true,
            (Value::Instance(_), _) | (_, Value::Instance(_)) => return self.instance_eq(a, b),
            _ => {
                if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
                    return Ok(num_cmp(&x, &y) == Some(Ordering::Equal));
                }
                match (a, b) {
                    (Value::List(x), Value::List(y)) => {
                        if Rc::ptr_eq(x, y) {
                            return Ok(true);
                        }
                        let xs = x.items.borrow().clone();
                        let ys = y.items.borrow().clone();
                        self.seq_eq(&xs, &ys)?
                    }
                    (Value::Tuple(x), Value::Tuple(y)) => Rc::ptr_eq(x, y) || self.seq_eq(&x.items, &y.items)?,
                    (Value::Dict(x), Value::Dict(y)) => Rc::ptr_eq(x, y) || self.dict_eq(x, y)?,
                    (Value::Set(x), Value::Set(y)) => x.len() == y.len() && self.set_is_subset(x, y)?,
                    (Value::Range(x), Value::Range(y)) => {
                        let (lx, ly) = (x.len(), y.len());
                        lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
                    }
                    (Value::Range(_) | Value::Other(_), Value::Range(_) | Value::Other(_))
                        if crate::object::range::parts_of(a).is_some()
                            && crate::object::range::parts_of(b).is_some() =>
                    {
                        let (Some(x), Some(y)) = (crate::object::range::parts_of(a), crate::object::range::parts_of(b))
                        else {
                            return Ok(false);
                        };
                        x.identity() == y.identity()
                    }
                    (Value::Other(x), Value::Other(y)) => match (&**x, &**y) {
                        (
                            Other::Slice { start: a1, stop: b1, step: c1 },
                            Other::Slice { start: a2, stop: b2, step: c2 },
                        ) => self.eq(a1, a2)? && self.eq(b1, b2)? && self.eq(c1, c2)?,
                        (Other::Native(_), _) => {
                            if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                                return self.truthy(&r);
                            }
                            a.is(b)
                        }
                        _ => a.is(b),
                    },
                    (Value::BoundMethod(x), Value::BoundMethod(y)) => x.this.is(&y.this) && x.func.is(&y.func),
                    _ => a.is(b),
                }
            }
        })
    }

    fn instance_eq(&self, a: &Value, b: &Value) -> PResult<bool> {
        if let Value::Instance(_) = a {
            if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                return self.truthy(&r);
            }
        }
        if let Value::Instance(_) = b {
            if let Some(r) = self.try_dunder(b, "__eq__", a)? {
                return self.truthy(&r);
            }
        }
        // Subclasses of builtins compare by their builtin value.
        let base_of = |v: &Value| match v {
            Value::Instance(i) => match &*i.base_value.borrow() {
                Value::None => None,
                x => Some(x.clone()),
            },
            _ => Some(v.clone()),
        };
        if let (Some(x), Some(y)) = (base_of(a), base_of(b)) {
            if !matches!(x, Value::Instance(_))
                && !matches!(y, Value::Instance(_))
                && (matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)))
            {
                return self.eq(&x, &y);
            }
        }
        Ok(a.is(b))
    }

    fn seq_eq(&self, xs: &[Value], ys: &[Value]) -> PResult<bool> {
        if xs.len() != ys.len() {
            return Ok(false);
        }
        for (x, y) in xs.iter().zip(ys) {
            if !x.is(y) && !self.eq(x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn rich_compare(&self, op: CmpOp, a: &Value, b: &Value) -> PResult<Value> {
        match op {
            CmpOp::Eq => {
                if let (Value::Instance(_), _) | (_, Value::Instance(_)) = (a, b) {
                    if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                        return Ok(r);
                    }
                }
                return Ok(Value::Bool(self.eq(a, b)?));
            }
            CmpOp::NotEq => {
                if let (Value::Instance(_), _) | (_, Value::Instance(_)) = (a, b) {
                    if let Some(r) = self.try_dunder(a, "__ne__", b)? {
                        return Ok(r);
                    }
                    if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
                    if let Some(r) = self.try_dunder(b, "__eq__", a)? {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
                }
                return Ok(Value::Bool(!self.eq(a, b)?));
            }
            _ => {}
        }
        match self.ordering(a, b)? {
            Some(ord) => Ok(Value::Bool(match op {
                CmpOp::Lt => ord == Ordering::Less,
                CmpOp::LtE => ord != Ordering::Greater,
                CmpOp::Gt => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            })),
            None => {
                // NaN comparisons, sets and instances.
                if let (Some(_), Some(_)) = (as_num(a), as_num(b)) {
                    return Ok(Value::Bool(false));
                }
                if let (Value::Set(x), Value::Set(y)) = (a, b) {
                    return Ok(Value::Bool(match op {
                        CmpOp::LtE => self.set_is_subset(x, y)?,
                        CmpOp::Lt => x.len() < y.len() && self.set_is_subset(x, y)?,
                        CmpOp::GtE => self.set_is_subset(y, x)?,
                        _ => y.len() < x.len() && self.set_is_subset(y, x)?,
                    }));
                }
                let (name, rname) = match op {
                    CmpOp::Lt => ("__lt__", "__gt__"),
                    CmpOp::LtE => ("__le__", "__ge__"),
                    CmpOp::Gt => ("__gt__", "__lt__"),
                    _ => ("__ge__", "__le__"),
                };
                if matches!(a, Value::Instance(_)) {
                    if let Some(r) = self.try_dunder(a, name, b)? {
                        return Ok(r);
                    }
                }
                if matches!(b, Value::Instance(_)) {
                    if let Some(r) = self.try_dunder(b, rname, a)? {
                        return Ok(r);
                    }
                }
                Err(PyErr::new(
                    ExcType::TypeError,
                    format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        self.type_name(a),
                        self.type_name(b)
                    ),
                ))
            }
        }
    }

    /// Total order of numbers, strings and sequences; `None` when not ordered here.
    pub fn ordering(&self, a: &Value, b: &Value) -> PResult<Option<Ordering>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(num_cmp(&x, &y));
        }
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Value::List(x), Value::List(y)) => {
                let xs = x.items.borrow().clone();
                let ys = y.items.borrow().clone();
                return self.seq_ordering(&xs, &ys);
            }
            (Value::Tuple(x), Value::Tuple(y)) => return self.seq_ordering(&x.items, &y.items),
            _ => None,
        })
    }

    fn seq_ordering(&self, xs: &[Value], ys: &[Value]) -> PResult<Option<Ordering>> {
        for (x, y) in xs.iter().zip(ys) {
            if x.is(y) || self.eq(x, y)? {
                continue;
            }
            if let Some(o) = self.ordering(x, y)? {
                return Ok(Some(o));
            }
            // Elements that are not naturally ordered (instances): ask `<` itself.
            let lt = self.rich_compare(CmpOp::Lt, x, y)?;
            return Ok(Some(if self.truthy(&lt)? { Ordering::Less } else { Ordering::Greater }));
        }
        Ok(Some(xs.len().cmp(&ys.len())))
    }

    /// `a < b` as a bool, for sorting, `min` and `max`.
    pub fn less_than(&self, a: &Value, b: &Value) -> PResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
            _ => {
                let r = self.rich_compare(CmpOp::Lt, a, b)?;
                self.truthy(&r)
            }
        }
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

/// Exact comparison of two numbers of any kinds (`None` if a NaN is involved).
fn num_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::I(a), Num::I(b)) => Some(a.cmp(b)),
        (Num::F(a), Num::F(b)) => a.partial_cmp(b),
        (Num::I(a), Num::F(b)) => int_float_cmp(&BigInt::from(*a), *a as f64, *b),
        (Num::F(a), Num::I(b)) => int_float_cmp(&BigInt::from(*b), *b as f64, *a).map(Ordering::reverse),
        (Num::B(a), Num::F(b)) => int_float_cmp(a, a.to_f64().unwrap_or(f64::INFINITY), *b),
        (Num::F(a), Num::B(b)) => int_float_cmp(b, b.to_f64().unwrap_or(f64::INFINITY), *a).map(Ordering::reverse),
        _ => Some(to_big(x).cmp(&to_big(y))),
    }
}

/// Compares int `i` (approximately `approx` as a float) with float `f`, exactly.
fn int_float_cmp(i: &BigInt, approx: f64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if approx != f {
        return approx.partial_cmp(&f);
    }
    // Equal as floats: compare exactly against the float's integer part and fraction.
    let fi = f.trunc();
    let frac = f - fi;
    let fb: BigInt = num_traits::FromPrimitive::from_f64(fi).unwrap_or_default();
    match i.cmp(&fb) {
        Ordering::Equal => {
            if frac > 0.0 {
                Some(Ordering::Less)
            } else if frac < 0.0 {
                Some(Ordering::Greater)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}
