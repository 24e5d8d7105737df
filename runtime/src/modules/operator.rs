//! The `operator` module: the operators as functions (`add`, `mul`, `lt`, `getitem`…) and
//! the callables `itemgetter`, `attrgetter`, `methodcaller`.
//!
//! Invariant: each function does exactly what the operator does in an expression (it goes
//! through the same interpreter entry points: `binary_op`, `rich_compare`, `get_item`…).

use crate::builtins::native_with;
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::module::ModuleObj;
use crate::modules::{add_fn, new_module};
use crate::object::function::{Kwargs, NativeFn};
use crate::value::Value;
use lang::ast::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;

/// Makes `operator`.
pub fn make(_interp: &Interp) -> PResult<Rc<ModuleObj>> {
    let m = new_module("operator");
    let fns: &[(&str, NativeFn)] = &[
        ("add", op_add),
        ("sub", op_sub),
        ("mul", op_mul),
        ("truediv", op_truediv),
        ("floordiv", op_floordiv),
        ("mod", op_mod),
        ("pow", op_pow),
        ("lshift", op_lshift),
        ("rshift", op_rshift),
        ("and_", op_and),
        ("or_", op_or),
        ("xor", op_xor),
        ("concat", op_add),
        ("iadd", op_iadd),
        ("isub", op_isub),
        ("imul", op_imul),
        ("neg", op_neg),
        ("pos", op_pos),
        ("invert", op_invert),
        ("inv", op_invert),
        ("not_", op_not),
        ("truth", op_truth),
        ("abs", op_abs),
        ("index", op_index),
        ("eq", op_eq),
        ("ne", op_ne),
        ("lt", op_lt),
        ("le", op_le),
        ("gt", op_gt),
        ("ge", op_ge),
        ("is_", op_is),
        ("is_not", op_is_not),
        ("contains", op_contains),
        ("countOf", op_count_of),
        ("indexOf", op_index_of),
        ("getitem", op_getitem),
        ("setitem", op_setitem),
        ("delitem", op_delitem),
        ("itemgetter", itemgetter),
        ("attrgetter", attrgetter),
        ("methodcaller", methodcaller),
    ];
    for (name, f) in fns {
        add_fn(&m, name, *f);
    }
    Ok(m)
}

fn exactly<'a>(name: &str, args: &'a [Value], kwargs: &Kwargs, n: usize) -> PResult<&'a [Value]> {
    crate::builtins::args::no_kwargs(name, kwargs)?;
    if args.len() != n {
        let msg = if n == 1 {
            format!("{name}() takes exactly one argument ({} given)", args.len())
        } else {
            format!("{name} expected {n} arguments, got {}", args.len())
        };
        return Err(PyErr::new(ExcType::TypeError, msg));
    }
    Ok(args)
}

macro_rules! binary {
    ($($f:ident = $name:literal, $op:expr;)*) => {$(
        #[doc = concat!("Python's `operator.", $name, "(a, b)`.")]
        fn $f(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
            let a = exactly($name, args, kwargs, 2)?;
            interp.binary_op($op, &a[0], &a[1])
        }
    )*};
}

binary! {
    op_add = "add", BinOp::Add;
    op_sub = "sub", BinOp::Sub;
    op_mul = "mul", BinOp::Mult;
    op_truediv = "truediv", BinOp::Div;
    op_floordiv = "floordiv", BinOp::FloorDiv;
    op_mod = "mod", BinOp::Mod;
    op_pow = "pow", BinOp::Pow;
    op_lshift = "lshift", BinOp::LShift;
    op_rshift = "rshift", BinOp::RShift;
    op_and = "and_", BinOp::BitAnd;
    op_or = "or_", BinOp::BitOr;
    op_xor = "xor", BinOp::BitXor;
}

macro_rules! inplace {
    ($($f:ident = $name:literal, $op:expr;)*) => {$(
        #[doc = concat!("Python's `operator.", $name, "(a, b)`: `a op= b`.")]
        fn $f(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
            let a = exactly($name, args, kwargs, 2)?;
            interp.inplace_op($op, a[0].clone(), &a[1])
        }
    )*};
}

inplace! {
    op_iadd = "iadd", BinOp::Add;
    op_isub = "isub", BinOp::Sub;
    op_imul = "imul", BinOp::Mult;
}

macro_rules! unary {
    ($($f:ident = $name:literal, $op:expr;)*) => {$(
        #[doc = concat!("Python's `operator.", $name, "(a)`.")]
        fn $f(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
            let a = exactly($name, args, kwargs, 1)?;
            interp.unary_op($op, &a[0])
        }
    )*};
}

unary! {
    op_neg = "neg", UnaryOp::Neg;
    op_pos = "pos", UnaryOp::Pos;
    op_invert = "invert", UnaryOp::Invert;
    op_not = "not_", UnaryOp::Not;
}

macro_rules! compare {
    ($($f:ident = $name:literal, $op:expr;)*) => {$(
        #[doc = concat!("Python's `operator.", $name, "(a, b)`.")]
        fn $f(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
            let a = exactly($name, args, kwargs, 2)?;
            interp.rich_compare($op, &a[0], &a[1])
        }
    )*};
}

compare! {
    op_eq = "eq", CmpOp::Eq;
    op_ne = "ne", CmpOp::NotEq;
    op_lt = "lt", CmpOp::Lt;
    op_le = "le", CmpOp::LtE;
    op_gt = "gt", CmpOp::Gt;
    op_ge = "ge", CmpOp::GtE;
}

/// Python's `operator.truth(a)`.
fn op_truth(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = exactly("truth", args, kwargs, 1)?;
    Ok(Value::Bool(interp.truthy(&a[0])?))
}

/// Python's `operator.abs(a)`.
fn op_abs(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = exactly("abs", args, kwargs, 1)?;
    let f = interp.builtin("abs").ok_or_else(|| PyErr::new(ExcType::SystemError, "abs is missing"))?;
    interp.call_value(&f, a, &[])
}

/// Python's `operator.index(a)`.
fn op_index(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = exactly("index", args, kwargs, 1)?;
    match &a[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(a[0].clone()),
        v => Ok(Value::Int(interp.index_value(v)?)),
    }
}

/// Python's `operator.is_(a, b)`.
fn op_is(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = exactly("is_", args, kwargs, 2)?;
    Ok(Value::Bool(a[0].is(&a[1])))
}

/// Python's `operator.is_not(a, b)`.
fn op_is_not(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = exactly("is_not", args, kwargs, 2)?;
    Ok(Value::Bool(!a[0].is(&a[1])))
}

/// Python's `operator.contains(a, b)`: `b in a`.
fn op_contains(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = exactly("contains", args, kwargs, 2)?;
    Ok(Value::Bool(interp.contains(&a[0], &a[1])?))
}

/// Python's `operator.countOf(a, b)`.
fn op_count_of(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = exactly("countOf", args, kwargs, 2)?;
    let mut n = 0;
    for x in interp.collect_iter(&a[0])? {
        if x.is(&a[1]) || interp.eq(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// Python's `operator.indexOf(a, b)`.
fn op_index_of(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = exactly("indexOf", args, kwargs, 2)?;
    for (i, x) in interp.collect_iter(&a[0])?.iter().enumerate() {
        if x.is(&a[1]) || interp.eq(x, &a[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(PyErr::new(ExcType::ValueError, "sequence.index(x): x not in sequence"))
}

/// Python's `operator.getitem(a, b)`.
fn op_getitem(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = exactly("getitem", args, kwargs, 2)?;
    interp.get_item(&a[0], &a[1])
}

/// Python's `operator.setitem(a, b, c)`.
fn op_setitem(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = exactly("setitem", args, kwargs, 3)?;
    interp.set_item(&a[0], &a[1], a[2].clone())?;
    Ok(Value::None)
}

/// Python's `operator.delitem(a, b)`.
fn op_delitem(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let a = exactly("delitem", args, kwargs, 2)?;
    interp.del_item(&a[0], &a[1])?;
    Ok(Value::None)
}

/// `operator.itemgetter(*items)`: `obj[item]`, or a tuple of them for several items.
fn itemgetter(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    crate::builtins::args::no_kwargs("itemgetter", kwargs)?;
    if args.is_empty() {
        return Err(PyErr::new(ExcType::TypeError, "itemgetter expected 1 argument, got 0"));
    }
    Ok(native_with("operator.itemgetter", itemgetter_call, Value::tuple(args.to_vec())))
}

fn itemgetter_call(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Tuple(items)), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "itemgetter expected 1 argument, got 0"));
    };
    if items.items.len() == 1 {
        return interp.get_item(obj, &items.items[0]);
    }
    let mut out = Vec::with_capacity(items.items.len());
    for i in items.items.iter() {
        out.push(interp.get_item(obj, i)?);
    }
    Ok(Value::tuple(out))
}

/// `operator.attrgetter(*attrs)`: dotted names follow attribute chains.
fn attrgetter(interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    crate::builtins::args::no_kwargs("attrgetter", kwargs)?;
    if args.is_empty() {
        return Err(PyErr::new(ExcType::TypeError, "attrgetter expected 1 argument, got 0"));
    }
    for a in args {
        if !matches!(a, Value::Str(_)) {
            return Err(PyErr::new(ExcType::TypeError, "attribute name must be a string"));
        }
    }
    let _ = interp;
    Ok(native_with("operator.attrgetter", attrgetter_call, Value::tuple(args.to_vec())))
}

fn dotted(interp: &Interp, obj: &Value, path: &Value) -> PResult<Value> {
    let Value::Str(s) = path else { return Err(PyErr::new(ExcType::TypeError, "attribute name must be a string")) };
    let mut v = obj.clone();
    for part in s.as_str().split('.') {
        v = interp.get_attr(&v, part)?;
    }
    Ok(v)
}

fn attrgetter_call(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Tuple(names)), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "attrgetter expected 1 argument, got 0"));
    };
    if names.items.len() == 1 {
        return dotted(interp, obj, &names.items[0]);
    }
    let mut out = Vec::with_capacity(names.items.len());
    for n in names.items.iter() {
        out.push(dotted(interp, obj, n)?);
    }
    Ok(Value::tuple(out))
}

/// `operator.methodcaller(name, /, *args, **kwargs)`: `obj.name(*args, **kwargs)`.
fn methodcaller(_interp: &Interp, args: &[Value], kwargs: &Kwargs) -> PResult<Value> {
    let Some(name @ Value::Str(_)) = args.first() else {
        return Err(PyErr::new(ExcType::TypeError, "method name must be a string"));
    };
    let names: Vec<Value> = kwargs.iter().map(|(k, _)| Value::str(k)).collect();
    let values: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
    let data =
        Value::tuple(vec![name.clone(), Value::tuple(args[1..].to_vec()), Value::tuple(names), Value::tuple(values)]);
    Ok(native_with("operator.methodcaller", methodcaller_call, data))
}

fn methodcaller_call(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Tuple(spec)), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "methodcaller expected 1 argument, got 0"));
    };
    let (Some(Value::Str(name)), Some(Value::Tuple(pos)), Some(Value::Tuple(names)), Some(Value::Tuple(values))) =
        (spec.items.first(), spec.items.get(1), spec.items.get(2), spec.items.get(3))
    else {
        return Err(PyErr::new(ExcType::SystemError, "methodcaller lost its arguments"));
    };
    let kw: Vec<(Rc<str>, Value)> = names
        .items
        .iter()
        .zip(values.items.iter())
        .map(|(k, v)| {
            (
                Rc::from(match k {
                    Value::Str(s) => s.as_str(),
                    _ => "",
                }),
                v.clone(),
            )
        })
        .collect();
    let mut all = vec![obj.clone()];
    all.extend(pos.items.iter().cloned());
    interp.call_method(name.as_str(), &all, &kw)
}
