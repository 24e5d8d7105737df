//! Unboxing of loop-carried values: a `value` phi whose input and back-edge value are both
//! `box_T` of a raw value becomes a phi of type `T` (PyPy's and LuaJIT's loops keep numbers
//! in registers the same way). Uses of the old phi see `box_T(new phi)`, which the uses'
//! own `unbox_T` and `guard_tag` fold away; values are boxed only where an exit writes them.
//!
//! Invariant: only changes the representation of phis, never what a slot receives at an
//! exit (a boxed `T` is written either way).

use super::emitter::{Copier, Emitter};
use super::OptStats;
use crate::ir::{IrRef, Op, Trace, Type};

/// How a value phi is boxed, if it is one this pass converts.
fn boxing(trace: &Trace, phi_input: IrRef, back: IrRef) -> Option<Type> {
    let kind = |r: IrRef| match trace.insts[r].op {
        Op::BoxInt(_) => Some(Type::Int),
        Op::BoxFloat(_) => Some(Type::Float),
        Op::BoxBool(_) => Some(Type::Bool),
        _ => None,
    };
    let ty = kind(phi_input)?;
    (kind(back) == Some(ty)).then_some(ty)
}

fn raw_of(trace: &Trace, boxed: IrRef) -> IrRef {
    match trace.insts[boxed].op {
        Op::BoxInt(x) | Op::BoxFloat(x) | Op::BoxBool(x) => x,
        _ => boxed,
    }
}

pub fn run(trace: &mut Trace, stats: &mut OptStats) {
    let phis = trace.phis();
    let Some((_, jump)) = trace.insts.last() else { return };
    let Op::Jump(args) = &jump.op else { return };
    if args.len() != phis.len() {
        return;
    }
    let converted: Vec<Option<Type>> = phis
        .iter()
        .zip(args.iter())
        .map(|(&phi, &back)| match trace.insts[phi].op {
            Op::Phi(input) if trace.insts[phi].ty == Type::Value => boxing(trace, input, back),
            _ => None,
        })
        .collect();
    if converted.iter().all(Option::is_none) {
        return;
    }
    let old = std::mem::take(trace);
    let mut emitter = Emitter::new(&old);
    let mut copier = Copier::new();
    let mut new_phis = Vec::new();
    for (r, inst) in old.insts.iter() {
        match &inst.op {
            Op::Phi(input) => {
                let index = new_phis.len();
                let input = match converted[index] {
                    Some(_) => copier.map[raw_of(&old, *input)],
                    None => copier.map[*input],
                };
                let phi = emitter.push_raw(Op::Phi(input), None);
                new_phis.push(phi);
                copier.map[r] = phi;
                // Box converted phis once all phis are placed (they must stay contiguous).
                if index + 1 == phis.len() {
                    for (i, ty) in converted.iter().enumerate() {
                        let boxed = match ty {
                            Some(Type::Int) => emitter.emit(Op::BoxInt(new_phis[i]), None, stats),
                            Some(Type::Float) => emitter.emit(Op::BoxFloat(new_phis[i]), None, stats),
                            Some(Type::Bool) => emitter.emit(Op::BoxBool(new_phis[i]), None, stats),
                            _ => None,
                        };
                        if let Some(boxed) = boxed {
                            copier.map[phis[i]] = boxed;
                            stats.phis_unboxed += 1;
                        }
                    }
                }
            }
            Op::Jump(args) => {
                let mut new_args = Vec::with_capacity(args.len());
                for (i, &arg) in args.iter().enumerate() {
                    let mapped = copier.map[arg];
                    let unboxed = match converted[i] {
                        Some(Type::Int) => emitter.emit(Op::UnboxInt(mapped), None, stats),
                        Some(Type::Float) => emitter.emit(Op::UnboxFloat(mapped), None, stats),
                        Some(Type::Bool) => emitter.emit(Op::UnboxBool(mapped), None, stats),
                        _ => Some(mapped),
                    };
                    new_args.push(unboxed.unwrap_or(mapped));
                }
                let snap = inst.snap.map(|s| copier.snapshot(&old, s, &mut emitter));
                copier.map[r] = emitter.push_raw(Op::Jump(new_args.into_boxed_slice()), snap);
            }
            _ => copier.copy(&old, r, inst, &mut emitter, stats),
        }
    }
    *trace = emitter.finish();
}
