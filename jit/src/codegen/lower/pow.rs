//! Lowering of the float functions: `pow_float`, the C library's `pow` (what CPython's
//! float `**` calls), with `x ** 2` and `x ** 0.5` inline; and `math_float`, a call of the
//! `math` module's own computation.
//!
//! Invariant: the result has the bits `runtime::numeric::libm_pow::pow` gives, which are
//! glibc's. The inline square or root is taken only when the result is of moderate size
//! (`MODERATE_EXPONENTS`: positive, finite, normal) and the fused multiply-add shows the
//! true value within `FAST_ULPS_MODERATE` ULPs of it, the bound the runtime's own test
//! proves there (the square's test is the same bound, put as a rounding); every other
//! input (a few percent, and all special values) calls `pow`, and only a called `pow` can
//! give the infinity the op exits on.

use super::{CodegenError, Lowerer};
use crate::ir::{IrRef, Op, SnapshotId};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, AbiParam, Block, InstBuilder, MemFlagsData, Value};

use runtime::numeric::libm_pow::{EXPONENT_MASK, FAST_ULPS_MODERATE, MODERATE_EXPONENTS};

impl Lowerer<'_> {
    /// `a ** b` for floats, where the recorder has reduced CPython's `float_pow` to the
    /// C call; leaves through `snap` when the result is infinite.
    pub(super) fn pow_float(&mut self, a: IrRef, b: IrRef, snap: Option<SnapshotId>) -> Result<Value, CodegenError> {
        let exponent = match self.trace.insts.get(b).map(|inst| &inst.op) {
            Some(Op::ConstFloat(c)) => Some(c.get()),
            _ => None,
        };
        let (x, y) = (self.raw(a)?, self.raw(b)?);
        let slow = self.b.create_block();
        let result = match exponent {
            // The recorder squares `|a|` (CPython's `float_pow` does); the square of `a`
            // is the same, and leaves `|a|` to the call.
            Some(e) if e == 2.0 => match self.trace.insts.get(a).map(|inst| &inst.op) {
                Some(&Op::AbsFloat(signed)) => {
                    let signed = self.raw(signed)?;
                    self.inline_square(signed, slow)
                }
                _ => self.inline_square(x, slow),
            },
            Some(e) if e == 0.5 => self.inline_root(x, slow),
            _ => {
                let r = self.call_pow(crate::trace_calls::libm_pow_addr(), x, y)?;
                self.exit_if_infinite(r, snap)?;
                return Ok(r);
            }
        };
        let done = self.b.create_block();
        self.b.append_block_param(done, types::F64);
        self.b.ins().jump(done, &[result.into()]);
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        self.b.seal_block(slow);
        let called = self.cold_pow(x, y);
        self.exit_if_infinite(called, snap)?;
        self.b.ins().jump(done, &[called.into()]);
        self.b.switch_to_block(done);
        self.b.seal_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// `x * x`, branching to `slow` unless it is of moderate size and the true square lies
    /// within `FAST_ULPS_MODERATE` ULPs of it. The test scales the exact error `e` so that
    /// the limit becomes half an ULP, where addition rounds: `p + e * (0.5 / FAST)` rounds
    /// back to `p` only when `|e| <= FAST` ULPs (up to one rounding of the product, far
    /// inside the margin). Below a power of two, where the ULP halves, the test is as
    /// strict in the smaller ULP.
    fn inline_square(&mut self, x: Value, slow: Block) -> Value {
        let p = self.b.ins().fmul(x, x);
        self.branch_unless_moderate(p, slow);
        let minus_p = self.b.ins().fneg(p);
        let error = self.b.ins().fma(x, x, minus_p);
        let scale = self.b.ins().f64const(0.5 / FAST_ULPS_MODERATE);
        let scaled = self.b.ins().fmul(error, scale);
        let rounded = self.b.ins().fadd(p, scaled);
        let close = self.b.ins().fcmp(FloatCC::Equal, rounded, p);
        self.branch_unless(close, slow);
        p
    }

    /// `sqrt(x)`, branching to `slow` unless the root is of moderate size (which leaves out
    /// a negative, zero or NaN `x`: the sign bit or exponent fails the test) and the true
    /// root lies within `FAST_ULPS_MODERATE` ULPs of it. The distance is `residual / 2s`
    /// (the residual `x - s*s` is exact); the test compares `residual` with the limit times
    /// `2s` instead, keeping the divider (which `sqrt` and the program's own divisions
    /// need) free. The limit's bits are `s`'s exponent field moved down 53 binades with the
    /// significand of `FAST_ULPS_MODERATE * 4` (in `[1, 2)`): exactly `2 * FAST * ulp(s)`.
    fn inline_root(&mut self, x: Value, slow: Block) -> Value {
        const SIGNIFICAND: u64 = (1 << 52) - 1;
        let fraction_bits = FAST_ULPS_MODERATE.to_bits();
        debug_assert_eq!(fraction_bits & EXPONENT_MASK, (1021u64) << 52, "a fraction in [0.25, 0.5)");
        let s = self.b.ins().sqrt(x);
        let bits = self.branch_unless_moderate(s, slow);
        let field = self.b.ins().band_imm_u(bits, EXPONENT_MASK as i64);
        let limit_bits = self.b.ins().iadd_imm_s(field, (fraction_bits & SIGNIFICAND) as i64 - (53i64 << 52));
        let limit = self.b.ins().bitcast(types::F64, MemFlagsData::new(), limit_bits);
        let bound = self.b.ins().fmul(limit, s);
        let minus_s = self.b.ins().fneg(s);
        let residual = self.b.ins().fma(minus_s, s, x);
        let size = self.b.ins().fabs(residual);
        let close = self.b.ins().fcmp(FloatCC::LessThanOrEqual, size, bound);
        self.branch_unless(close, slow);
        s
    }

    /// Branches to `slow` unless `r`'s sign and exponent bits put it in `MODERATE_EXPONENTS`
    /// (positive, finite, normal); returns `r`'s bits.
    fn branch_unless_moderate(&mut self, r: Value, slow: Block) -> Value {
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), r);
        let sign_and_exponent = self.b.ins().ushr_imm_u(bits, 52);
        let from_moderate = self.b.ins().iadd_imm_s(sign_and_exponent, -((MODERATE_EXPONENTS.start >> 52) as i64));
        let span = ((MODERATE_EXPONENTS.end - MODERATE_EXPONENTS.start) >> 52) as i64;
        let moderate = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, from_moderate, span);
        self.branch_unless(moderate, slow);
        bits
    }

    /// Carries on in a new block when `cond` is true, else branches to `slow`.
    fn branch_unless(&mut self, cond: Value, slow: Block) {
        let next = self.b.create_block();
        self.b.ins().brif(cond, next, &[], slow, &[]);
        self.b.switch_to_block(next);
        self.b.seal_block(next);
    }

    fn exit_if_infinite(&mut self, r: Value, snap: Option<SnapshotId>) -> Result<(), CodegenError> {
        let size = self.b.ins().fabs(r);
        let inf = self.b.ins().f64const(f64::INFINITY);
        let infinite = self.b.ins().fcmp(FloatCC::Equal, size, inf);
        self.exit_if(infinite, snap)
    }

    /// `math_float`: the C-ABI function at `func` on `a`, leaving through `snap` when `a` or
    /// the result is not finite.
    pub(super) fn math_float(&mut self, a: IrRef, func: i64, snap: Option<SnapshotId>) -> Result<Value, CodegenError> {
        let x = self.raw(a)?;
        let inf = self.b.ins().f64const(f64::INFINITY);
        let size = self.b.ins().fabs(x);
        // Not finite: an infinity or NaN (unordered, so `<` is false).
        let finite = self.b.ins().fcmp(FloatCC::LessThan, size, inf);
        self.exit_unless_bool(finite, snap)?;
        let mut sig = self.template.clone();
        sig.params.push(AbiParam::new(types::F64));
        sig.returns.push(AbiParam::new(types::F64));
        let sig_ref = self.b.import_signature(sig);
        let callee = self.iconst(self.ptr, func);
        let call = self.b.ins().call_indirect(sig_ref, callee, &[x]);
        let r = *self.b.inst_results(call).first().ok_or(CodegenError::Internal("math_float without result"))?;
        let size = self.b.ins().fabs(r);
        let finite = self.b.ins().fcmp(FloatCC::LessThan, size, inf);
        self.exit_unless_bool(finite, snap)?;
        Ok(r)
    }

    /// `pow(x, y)` through the `preserve_all` trampoline, by a stack slot: the fast path's
    /// floats stay in their registers across the cold call (a C call clobbers them all).
    fn cold_pow(&mut self, x: Value, y: Value) -> Value {
        let args = self.stack_value();
        self.b.ins().store(MemFlagsData::trusted(), x, args, 0);
        self.b.ins().store(MemFlagsData::trusted(), y, args, 8);
        let sig_ref = self.b.import_signature(crate::codegen::cold_calls::trampoline_signature(self.ptr));
        let callee = self.iconst(self.ptr, self.cold.pow as i64);
        self.b.ins().call_indirect(sig_ref, callee, &[args]);
        self.b.ins().load(types::F64, MemFlagsData::trusted(), args, 0)
    }

    /// A call of `pow` at `addr` (`extern "C" fn(f64, f64) -> f64`).
    fn call_pow(&mut self, addr: usize, x: Value, y: Value) -> Result<Value, CodegenError> {
        let mut sig = self.template.clone();
        sig.params.push(AbiParam::new(types::F64));
        sig.params.push(AbiParam::new(types::F64));
        sig.returns.push(AbiParam::new(types::F64));
        let sig_ref = self.b.import_signature(sig);
        let callee = self.iconst(self.ptr, addr as i64);
        let call = self.b.ins().call_indirect(sig_ref, callee, &[x, y]);
        self.b.inst_results(call).first().copied().ok_or(CodegenError::Internal("pow without result"))
    }
}
