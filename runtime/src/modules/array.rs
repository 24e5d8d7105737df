//! The `array` module: `array.array`, a typed sequence of numbers (typecodes `b B h H i I
//! l L q Q f d`), with CPython's range checks and messages (`OverflowError: signed char is
//! less than minimum`), slicing, concatenation and comparisons.
//!
//! Invariant: every stored item is already converted for the typecode: an `Int` within the
//! C type's range for integer codes, a `Float` (rounded through `f32` for `f`) for
//! floating-point codes. Conversion happens on every store, so reads never check.
//! What it does not do: the `u` typecode and the bytes methods (`tobytes`, `frombytes`).

use crate::builtins::{add_method, native};
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::iter::LibIter;
use crate::module::ModuleObj;
use crate::modules::native_object::{new_class, new_object, payload, this};
use crate::modules::new_module;
use crate::object::function::{Kwargs, NativeFn};
use crate::object::Other;
use crate::value::Value;
use lang::ast::CmpOp;
use num_bigint::Sign;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Array {
    typecode: char,
    items: RefCell<Vec<Value>>,
}

const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The item size in bytes of a typecode, as `array.itemsize`.
fn item_size(tc: char) -> i64 {
    match tc {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' | 'u' => 4,
        _ => 8,
    }
}

/// The range of an integer typecode and its too-small and too-large messages.
fn int_range(tc: char) -> (i128, i128, &'static str, &'static str) {
    const LONG: &str = "Python int too large to convert to C long";
    match tc {
        'b' => (-128, 127, "signed char is less than minimum", "signed char is greater than maximum"),
        'B' => (0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"),
        'h' => {
            (-32768, 32767, "signed short integer is less than minimum", "signed short integer is greater than maximum")
        }
        'H' => (0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
        'i' => (
            i32::MIN as i128,
            i32::MAX as i128,
            "signed integer is less than minimum",
            "signed integer is greater than maximum",
        ),
        'I' => (
            0,
            u32::MAX as i128,
            "can't convert negative value to unsigned int",
            "unsigned int is greater than maximum",
        ),
        'L' => (
            0,
            u64::MAX as i128,
            "can't convert negative value to unsigned int",
            "Python int too large to convert to C unsigned long",
        ),
        'q' => (i64::MIN as i128, i64::MAX as i128, "int too big to convert", "int too big to convert"),
        'Q' => (0, u64::MAX as i128, "can't convert negative int to unsigned", "int too big to convert"),
        _ => (i64::MIN as i128, i64::MAX as i128, LONG, LONG),
    }
}

/// Converts `v` for storage under typecode `tc`.
fn convert(interp: &Interp, tc: char, v: &Value) -> PResult<Value> {
    if tc == 'f' || tc == 'd' {
        let x = match v {
            Value::Float(f) => *f,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => interp.to_float(v)?,
            Value::Instance(_) => interp.to_float(v)?,
            _ => {
                return Err(PyErr::new(ExcType::TypeError, format!("must be real number, not {}", interp.type_name(v))))
            }
        };
        return Ok(Value::Float(if tc == 'f' { x as f32 as f64 } else { x }));
    }
    let (lo, hi, too_small, too_big) = int_range(tc);
    let n: i128 = match v {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => *b as i128,
        Value::BigInt(b) => {
            let unsigned_big = matches!(tc, 'L' | 'Q' | 'I') && b.sign() == Sign::Plus;
            match num_traits::ToPrimitive::to_i128(&**b) {
                Some(n) if n <= u64::MAX as i128 && n >= i64::MIN as i128 => n,
                _ => {
                    let msg = match tc {
                        'q' | 'Q' => "int too big to convert",
                        _ if unsigned_big => "Python int too large to convert to C unsigned long",
                        'L' | 'I' => "can't convert negative value to unsigned int",
                        _ => "Python int too large to convert to C long",
                    };
                    return Err(PyErr::new(ExcType::OverflowError, msg));
                }
            }
        }
        Value::Instance(_) => interp.index_value(v)? as i128,
        _ => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("'{}' object cannot be interpreted as an integer", interp.type_name(v)),
            ))
        }
    };
    // Narrow codes go through a C long first, as CPython's converters do.
    if !matches!(tc, 'I' | 'L' | 'Q') && n > i64::MAX as i128 {
        let msg = if tc == 'q' { "int too big to convert" } else { "Python int too large to convert to C long" };
        return Err(PyErr::new(ExcType::OverflowError, msg));
    }
    if n < lo {
        return Err(PyErr::new(ExcType::OverflowError, too_small));
    }
    if n > hi {
        return Err(PyErr::new(ExcType::OverflowError, too_big));
    }
    Ok(match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(n)),
    })
}

/// Makes `array`.
pub fn make(interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("array");
    let c = new_class(interp, "array", "array")?;
    let new = native("array.__new__", array_new);
    c.set_attr("__new__".into(), Value::Other(Rc::new(Other::StaticMethod(new))));
    let hash = native("array.__hash__", array_hash);
    c.set_attr("__hash__".into(), crate::modules::shim::python_method(interp, hash, "__hash__", "array.__hash__")?);
    for (name, f) in [("typecode", array_typecode as NativeFn), ("itemsize", array_itemsize)] {
        let prop = Other::named_property(name, native(name, f), Value::None, Value::None);
        c.set_attr(name.into(), Value::Other(Rc::new(prop)));
    }
    let methods: &[(&str, NativeFn)] = &[
        ("append", array_append),
        ("extend", array_extend),
        ("fromlist", array_fromlist),
        ("insert", array_insert),
        ("pop", array_pop),
        ("remove", array_remove),
        ("index", array_index),
        ("count", array_count),
        ("reverse", array_reverse),
        ("tolist", array_tolist),
        ("buffer_info", array_buffer_info),
        ("__len__", array_len),
        ("__getitem__", array_getitem),
        ("__setitem__", array_setitem),
        ("__delitem__", array_delitem),
        ("__iter__", array_iter),
        ("__contains__", array_contains),
        ("__eq__", array_eq),
        ("__ne__", array_ne),
        ("__lt__", array_lt),
        ("__le__", array_le),
        ("__gt__", array_gt),
        ("__ge__", array_ge),
        ("__add__", array_add),
        ("__iadd__", array_iadd),
        ("__mul__", array_mul),
        ("__rmul__", array_mul),
        ("__imul__", array_imul),
        ("__copy__", array_copy),
        ("__deepcopy__", array_copy),
        ("__repr__", array_repr),
    ];
    for (name, f) in methods {
        add_method(&c, name, *f);
    }
    m.set("array", Value::Class(c.clone()));
    m.set("ArrayType", Value::Class(c));
    m.set("typecodes", Value::str(TYPECODES));
    Ok(m)
}

fn me(interp: &Interp, args: &[Value], method: &str) -> PResult<Rc<Array>> {
    this::<Array>(interp, args, "array.array", method)
}

fn arg<'a>(args: &'a [Value], i: usize, name: &str) -> PResult<&'a Value> {
    args.get(i).ok_or_else(|| PyErr::new(ExcType::TypeError, format!("{name}() takes exactly one argument (0 given)")))
}

fn new_array(interp: &Interp, like: &Value, tc: char, items: Vec<Value>) -> Value {
    new_object(&interp.class_of(like), Array { typecode: tc, items: RefCell::new(items) })
}

/// `array.array(typecode[, initializer])`.
fn array_new(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    crate::builtins::args::no_kwargs("array", kwargs)?;
    let Some(Value::Class(class)) = args.first() else {
        return Err(PyErr::new(ExcType::TypeError, "array.__new__(X): X is not a type object"));
    };
    if args.len() < 2 || args.len() > 3 {
        return Err(PyErr::new(
            ExcType::TypeError,
            format!("array() takes at most 2 arguments ({} given)", args.len().saturating_sub(1)),
        ));
    }
    let tc = match &args[1] {
        Value::Str(s) if s.len() == 1 => s.as_str().chars().next().unwrap_or(' '),
        v => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("array() argument 1 must be a unicode character, not {}", interp.type_name(v)),
            ))
        }
    };
    if !TYPECODES.contains(tc) {
        return Err(PyErr::new(ExcType::ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    if tc == 'u' {
        return Err(PyErr::new(ExcType::NotImplementedError, "hyper does not support array typecode 'u' yet"));
    }
    let mut items = Vec::new();
    if let Some(init) = args.get(2) {
        if let Value::Str(_) = init {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("cannot use a str to initialize an array with typecode '{tc}'"),
            ));
        }
        let source = match payload::<Array>(init) {
            Some(a) => a.items.borrow().clone(),
            None => interp.collect_iter(init)?,
        };
        items.reserve(source.len());
        for v in &source {
            items.push(convert(interp, tc, v)?);
        }
    }
    Ok(new_object(class, Array { typecode: tc, items: RefCell::new(items) }))
}

fn array_hash(_interp: &Interp, _args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Err(PyErr::new(ExcType::TypeError, "unhashable type: 'array.array'"))
}

fn array_typecode(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "typecode")?;
    Ok(Value::string(a.typecode.to_string()))
}

fn array_itemsize(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::Int(item_size(me(interp, args, "itemsize")?.typecode)))
}

/// `array.append(x)`.
fn array_append(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "append")?;
    let v = convert(interp, a.typecode, arg(args, 1, "append")?)?;
    a.items.borrow_mut().push(v);
    Ok(Value::None)
}

/// Appends the items of an iterable (an array must be of the same typecode).
fn extend_from(interp: &Interp, a: &Array, source: &Value) -> PResult<()> {
    let items = match payload::<Array>(source) {
        Some(b) => {
            if b.typecode != a.typecode {
                return Err(PyErr::new(ExcType::TypeError, "can only extend with array of same kind"));
            }
            let items = b.items.borrow().clone();
            a.items.borrow_mut().extend(items);
            return Ok(());
        }
        None => interp.collect_iter(source)?,
    };
    for v in &items {
        let c = convert(interp, a.typecode, v)?;
        a.items.borrow_mut().push(c);
    }
    Ok(())
}

/// `array.extend(iterable)`.
fn array_extend(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "extend")?;
    extend_from(interp, &a, arg(args, 1, "extend")?)?;
    Ok(Value::None)
}

/// `array.fromlist(list)`: all or nothing.
fn array_fromlist(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "fromlist")?;
    let Value::List(l) = arg(args, 1, "fromlist")? else {
        return Err(PyErr::new(ExcType::TypeError, "arg must be list"));
    };
    let source = l.items.borrow().clone();
    let converted: Vec<Value> = source.iter().map(|v| convert(interp, a.typecode, v)).collect::<PResult<_>>()?;
    a.items.borrow_mut().extend(converted);
    Ok(Value::None)
}

fn clamp(i: i64, len: usize) -> usize {
    let len = len as i64;
    (if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize
}

/// `array.insert(i, x)`.
fn array_insert(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "insert")?;
    crate::builtins::args::check_method_count("insert", args, 2, 2)?;
    let i = interp.index_value(&args[1])?;
    let v = convert(interp, a.typecode, &args[2])?;
    let mut items = a.items.borrow_mut();
    let i = clamp(i, items.len());
    items.insert(i, v);
    Ok(Value::None)
}

/// `array.pop(i=-1)`.
fn array_pop(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "pop")?;
    let i = match args.get(1) {
        Some(v) => interp.index_value(v)?,
        None => -1,
    };
    let mut items = a.items.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::new(ExcType::IndexError, "pop from empty array"));
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(PyErr::new(ExcType::IndexError, "pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

/// The first position of `x` within `[start, stop)`.
fn position(interp: &Interp, a: &Array, x: &Value, start: usize, stop: usize) -> PResult<Option<usize>> {
    let items = a.items.borrow().clone();
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if interp.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `array.remove(x)`.
fn array_remove(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "remove")?;
    match position(interp, &a, arg(args, 1, "remove")?, 0, usize::MAX)? {
        Some(i) => {
            a.items.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::new(ExcType::ValueError, "array.remove(x): x not in array")),
    }
}

/// `array.index(x[, start[, stop]])`.
fn array_index(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "index")?;
    let len = a.items.borrow().len();
    let start = match args.get(2) {
        Some(v) => clamp(interp.index_value(v)?, len),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => clamp(interp.index_value(v)?, len),
        None => len,
    };
    match position(interp, &a, arg(args, 1, "index")?, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::new(ExcType::ValueError, "array.index(x): x not in array")),
    }
}

/// `array.count(x)`.
fn array_count(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "count")?;
    let x = arg(args, 1, "count")?;
    let items = a.items.borrow().clone();
    let mut n = 0;
    for v in &items {
        if interp.eq(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn array_reverse(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    me(interp, args, "reverse")?.items.borrow_mut().reverse();
    Ok(Value::None)
}

/// `array.tolist()`.
fn array_tolist(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::list(me(interp, args, "tolist")?.items.borrow().clone()))
}

/// `array.buffer_info()`: `(address, length)`; the address is an identity, not memory.
fn array_buffer_info(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "buffer_info")?;
    let len = a.items.borrow().len() as i64;
    Ok(Value::tuple(vec![Value::Int(Rc::as_ptr(&a) as i64 & i64::MAX), Value::Int(len)]))
}

fn array_len(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(Value::Int(me(interp, args, "__len__")?.items.borrow().len() as i64))
}

fn slice_parts(v: &Value) -> Option<(Value, Value, Value)> {
    match v {
        Value::Other(o) => match &**o {
            Other::Slice { start, stop, step } => Some((start.clone(), stop.clone(), step.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn index_of(interp: &Interp, index: &Value, len: usize, msg: &str) -> PResult<usize> {
    let i = interp.index_value(index)?;
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(PyErr::new(ExcType::IndexError, msg.to_string()));
    }
    Ok(j as usize)
}

/// `a[i]` (an item) or `a[i:j:k]` (a new array).
fn array_getitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "__getitem__")?;
    let index = arg(args, 1, "__getitem__")?;
    if let Value::Int(i) = index {
        let items = a.items.borrow();
        let n = items.len() as i64;
        let j = if *i < 0 { i + n } else { *i };
        return match items.get(j as usize) {
            Some(v) if j >= 0 => Ok(v.clone()),
            _ => Err(PyErr::new(ExcType::IndexError, "array index out of range")),
        };
    }
    if let Some((start, stop, step)) = slice_parts(index) {
        let items = a.items.borrow().clone();
        let s = interp.slice_indices(&start, &stop, &step, items.len())?;
        let picked = s.indices().map(|i| items[i].clone()).collect();
        return Ok(new_array(interp, &args[0], a.typecode, picked));
    }
    let len = a.items.borrow().len();
    let i = index_of(interp, index, len, "array index out of range")?;
    let v = a.items.borrow().get(i).cloned();
    Ok(v.unwrap_or(Value::None))
}

/// `a[i] = x`, or `a[i:j:k] = other_array` (same typecode).
fn array_setitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "__setitem__")?;
    crate::builtins::args::check_method_count("__setitem__", args, 2, 2)?;
    let (index, value) = (&args[1], &args[2]);
    if let Some((start, stop, step)) = slice_parts(index) {
        let Some(b) = payload::<Array>(value) else {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("can only assign array (not \"{}\") to array slice", interp.type_name(value)),
            ));
        };
        if b.typecode != a.typecode {
            return Err(PyErr::new(ExcType::TypeError, "bad argument type for built-in operation"));
        }
        let new_items = b.items.borrow().clone();
        let len = a.items.borrow().len();
        let s = interp.slice_indices(&start, &stop, &step, len)?;
        let mut items = a.items.borrow_mut();
        if s.step == 1 {
            let lo = s.start.max(0) as usize;
            items.splice(lo..lo + s.len, new_items);
        } else {
            if new_items.len() != s.len {
                return Err(PyErr::new(
                    ExcType::ValueError,
                    format!("attempt to assign array of size {} to extended slice of size {}", new_items.len(), s.len),
                ));
            }
            let idx: Vec<usize> = s.indices().collect();
            for (i, v) in idx.into_iter().zip(new_items) {
                items[i] = v;
            }
        }
        return Ok(Value::None);
    }
    let len = a.items.borrow().len();
    let i = index_of(interp, index, len, "array assignment index out of range")?;
    let v = convert(interp, a.typecode, value)?;
    if let Some(slot) = a.items.borrow_mut().get_mut(i) {
        *slot = v;
    }
    Ok(Value::None)
}

/// `del a[i]` or `del a[i:j:k]`.
fn array_delitem(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "__delitem__")?;
    let index = arg(args, 1, "__delitem__")?;
    let len = a.items.borrow().len();
    if let Some((start, stop, step)) = slice_parts(index) {
        let s = interp.slice_indices(&start, &stop, &step, len)?;
        let mut idx: Vec<usize> = s.indices().collect();
        idx.sort_unstable();
        let mut items = a.items.borrow_mut();
        for i in idx.into_iter().rev() {
            items.remove(i);
        }
        return Ok(Value::None);
    }
    let i = index_of(interp, index, len, "array assignment index out of range")?;
    a.items.borrow_mut().remove(i);
    Ok(Value::None)
}

/// Iteration over an array: live, by index, as CPython's `arrayiterator`.
struct ArrayIter {
    array: Rc<Array>,
    index: usize,
}

impl LibIter for ArrayIter {
    fn next(&mut self, _interp: &Interp) -> PResult<Option<Value>> {
        let v = self.array.items.borrow().get(self.index).cloned();
        if v.is_some() {
            self.index += 1;
        }
        Ok(v)
    }
    fn type_name(&self) -> &'static str {
        "arrayiterator"
    }
}

fn array_iter(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "__iter__")?;
    Ok(crate::modules::itertools::lib_iter(ArrayIter { array: a, index: 0 }))
}

fn array_contains(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "__contains__")?;
    Ok(Value::Bool(position(interp, &a, arg(args, 1, "__contains__")?, 0, usize::MAX)?.is_some()))
}

/// Compares two arrays item by item, as lists; `NotImplemented` against other types.
fn compare(interp: &Interp, args: &[Value], op: CmpOp) -> PResult<Value> {
    let a = me(interp, args, "__eq__")?;
    let other = arg(args, 1, "__eq__")?;
    match payload::<Array>(other) {
        Some(b) => {
            let (x, y) = (Value::list(a.items.borrow().clone()), Value::list(b.items.borrow().clone()));
            interp.rich_compare(op, &x, &y)
        }
        None => Ok(Value::Other(Rc::new(Other::NotImplemented))),
    }
}

fn array_eq(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, CmpOp::Eq)
}

fn array_ne(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, CmpOp::NotEq)
}

fn array_lt(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, CmpOp::Lt)
}

fn array_le(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, CmpOp::LtE)
}

fn array_gt(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, CmpOp::Gt)
}

fn array_ge(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    compare(interp, args, CmpOp::GtE)
}

/// The other operand of `+`: an array of the same typecode.
fn same_kind(interp: &Interp, a: &Array, other: &Value, inplace: bool) -> PResult<Rc<Array>> {
    match payload::<Array>(other) {
        Some(b) if b.typecode == a.typecode => Ok(b),
        Some(_) => Err(PyErr::new(ExcType::TypeError, "bad argument type for built-in operation")),
        None => {
            let msg = if inplace {
                format!("can only extend array with array (not \"{}\")", interp.type_name(other))
            } else {
                format!("can only append array (not \"{}\") to array", interp.type_name(other))
            };
            Err(PyErr::new(ExcType::TypeError, msg))
        }
    }
}

fn array_add(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "__add__")?;
    let b = same_kind(interp, &a, arg(args, 1, "__add__")?, false)?;
    let mut items = a.items.borrow().clone();
    items.extend(b.items.borrow().iter().cloned());
    Ok(new_array(interp, &args[0], a.typecode, items))
}

fn array_iadd(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "__iadd__")?;
    let b = same_kind(interp, &a, arg(args, 1, "__iadd__")?, true)?;
    let extra = b.items.borrow().clone();
    a.items.borrow_mut().extend(extra);
    Ok(args[0].clone())
}

fn repeated(interp: &Interp, a: &Array, n: &Value) -> PResult<Option<Vec<Value>>> {
    if !matches!(n, Value::Int(_) | Value::Bool(_)) {
        return Ok(None);
    }
    let n = interp.index_value(n)?.max(0) as usize;
    let items = a.items.borrow();
    if items.len().saturating_mul(n) > (1 << 31) {
        return Err(PyErr::new(ExcType::MemoryError, ""));
    }
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(Some(out))
}

fn array_mul(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "__mul__")?;
    match repeated(interp, &a, arg(args, 1, "__mul__")?)? {
        Some(items) => Ok(new_array(interp, &args[0], a.typecode, items)),
        None => Ok(Value::Other(Rc::new(Other::NotImplemented))),
    }
}

fn array_imul(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "__imul__")?;
    match repeated(interp, &a, arg(args, 1, "__imul__")?)? {
        Some(items) => {
            *a.items.borrow_mut() = items;
            Ok(args[0].clone())
        }
        None => Ok(Value::Other(Rc::new(Other::NotImplemented))),
    }
}

/// `copy.copy(a)` / `copy.deepcopy(a)`: the items are numbers, so both are one copy.
fn array_copy(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "__copy__")?;
    let items = a.items.borrow().clone();
    Ok(new_array(interp, &args[0], a.typecode, items))
}

/// `repr(a)`: `array('i', [1, 2])`, or `array('i')` when empty.
fn array_repr(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let a = me(interp, args, "__repr__")?;
    let items = a.items.borrow().clone();
    let name = interp.class_of(&args[0]).name.clone();
    if items.is_empty() {
        return Ok(Value::string(format!("{name}('{}')", a.typecode)));
    }
    Ok(Value::string(format!("{name}('{}', {})", a.typecode, interp.repr(&Value::list(items))?)))
}
