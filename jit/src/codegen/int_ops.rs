//! Python's int operations on machine words, as Cranelift instructions, shared by the
//! trace lowering (`lower.rs`, which exits on failure) and the function lowering
//! (`functions.rs`, which bails): each returns the condition under which Python's answer
//! is not the machine word (the caller leaves on it) apart from the result.
//!
//! Invariant: the `*_after_check` functions run the trapping `sdiv`/`srem`; callers emit
//! them only after branching away on the matching `*_fails` condition.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use cranelift_frontend::FunctionBuilder;

/// When `a // b` has no machine answer: `b == 0`, or `MIN // -1`.
pub(super) fn floordiv_fails(f: &mut FunctionBuilder, a: Value, b: Value) -> Value {
    let zero = f.ins().icmp_imm_s(IntCC::Equal, b, 0);
    let a_min = f.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
    let b_minus_one = f.ins().icmp_imm_s(IntCC::Equal, b, -1);
    let overflow = f.ins().band(a_min, b_minus_one);
    f.ins().bor(zero, overflow)
}

/// `a // b` once `floordiv_fails` is false: the truncating quotient, rounded down when the
/// remainder's sign differs from the divisor's.
pub(super) fn floordiv_after_check(f: &mut FunctionBuilder, a: Value, b: Value) -> Value {
    let quotient = f.ins().sdiv(a, b);
    let remainder = f.ins().srem(a, b);
    let adjust = sign_differs(f, remainder, b);
    let adjust = f.ins().uextend(types::I64, adjust);
    f.ins().isub(quotient, adjust)
}

/// When `a % b` has no machine answer: `b == 0`.
pub(super) fn mod_fails(f: &mut FunctionBuilder, b: Value) -> Value {
    f.ins().icmp_imm_s(IntCC::Equal, b, 0)
}

/// `a % b` once `mod_fails` is false, with the divisor's sign; `b == -1` divides by 1
/// instead (the result is 0 either way, and `MIN % -1` traps on x86).
pub(super) fn mod_after_check(f: &mut FunctionBuilder, a: Value, b: Value) -> Value {
    let minus_one = f.ins().icmp_imm_s(IntCC::Equal, b, -1);
    let one = f.ins().iconst(types::I64, 1);
    let divisor = f.ins().select(minus_one, one, b);
    let remainder = f.ins().srem(a, divisor);
    let adjust = sign_differs(f, remainder, b);
    let adjusted = f.ins().iadd(remainder, b);
    f.ins().select(adjust, adjusted, remainder)
}

/// `a << b` and when it has no machine answer: a count outside `0..64` (unsigned
/// `b >= 64` also catches negative counts) or a shift that loses bits (shifting back
/// differs). Cranelift's `ishl` does not trap, so the result may be computed first.
pub(super) fn lshift(f: &mut FunctionBuilder, a: Value, b: Value) -> (Value, Value) {
    let bad_count = f.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, b, 64);
    let shifted = f.ins().ishl(a, b);
    let back = f.ins().sshr(shifted, b);
    let lost = f.ins().icmp(IntCC::NotEqual, back, a);
    (shifted, f.ins().bor(bad_count, lost))
}

/// When `a >> b` has no machine answer: a negative count.
pub(super) fn rshift_fails(f: &mut FunctionBuilder, b: Value) -> Value {
    f.ins().icmp_imm_s(IntCC::SignedLessThan, b, 0)
}

/// `a >> b` once `rshift_fails` is false: counts past 63 shift in only sign bits.
pub(super) fn rshift_after_check(f: &mut FunctionBuilder, a: Value, b: Value) -> Value {
    let max = f.ins().iconst(types::I64, 63);
    let count = f.ins().umin(b, max);
    f.ins().sshr(a, count)
}

/// `remainder != 0 && (remainder < 0) != (divisor < 0)`, as an I8.
fn sign_differs(f: &mut FunctionBuilder, remainder: Value, divisor: Value) -> Value {
    let nonzero = f.ins().icmp_imm_s(IntCC::NotEqual, remainder, 0);
    let mixed = f.ins().bxor(remainder, divisor);
    let differs = f.ins().icmp_imm_s(IntCC::SignedLessThan, mixed, 0);
    f.ins().band(nonzero, differs)
}
