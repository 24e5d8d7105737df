//! Methods of generators and iterators: `send`, `close`, `__next__`, `__iter__`.

use crate::builtins::add_method;
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::object::function::Kwargs;
use crate::object::Other;
use crate::value::Value;

pub fn register(interp: &mut Interp) {
    let g = interp.types.generator.clone();
    add_method(&g, "send", gen_send);
    add_method(&g, "close", gen_close);
    add_method(&g, "__next__", iter_next_method);
    add_method(&g, "__iter__", iter_self);
    let it = interp.types.iterator.clone();
    add_method(&it, "__next__", iter_next_method);
    add_method(&it, "__iter__", iter_self);
}

/// `generator.send(value)`.
fn gen_send(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Other(o)), Some(v)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "send() takes exactly one argument"));
    };
    let Other::Generator(g) = &**o else { return Err(PyErr::new(ExcType::TypeError, "send() of a non-generator")) };
    match interp.generator_resume(g, v.clone())? {
        Some(y) => Ok(y),
        None => {
            let rv = g.return_value.borrow().clone();
            Err(if rv.is_none() {
                PyErr::new(ExcType::StopIteration, "")
            } else {
                PyErr::with_args(ExcType::StopIteration, vec![rv])
            })
        }
    }
}

fn gen_close(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    if let Some(Value::Other(o)) = args.first() {
        if let Other::Generator(g) = &**o {
            interp.generator_close(g);
        }
    }
    Ok(Value::None)
}

fn iter_next_method(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let Some(it) = args.first() else { return Err(PyErr::new(ExcType::TypeError, "__next__() needs self")) };
    match interp.iter_next(it)? {
        Some(v) => Ok(v),
        None => Err(PyErr::new(ExcType::StopIteration, "")),
    }
}

fn iter_self(_interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}
