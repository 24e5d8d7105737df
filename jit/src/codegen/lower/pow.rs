//! Lowering of the float functions: `pow_float`, the C library's `pow` (what CPython's
//! float `**` calls), with `x ** 2` and `x ** 0.5` inline; and `math_float`, a call of the
//! `math` module's own computation.
//!
//! Invariant: the result has the bits `runtime::numeric::libm_pow::pow` gives, which are
//! glibc's. The inline square or root is taken only when the result is of moderate size
//! (`MODERATE_EXPONENTS`: finite, normal) and the fused multiply-add shows the true value
//! within `FAST_ULPS_MODERATE` ULPs of it, the runtime's own test there; every other input
//! (a few percent, and all special values) calls `pow`, and only a called `pow` can give
//! the infinity the op exits on.

use super::{CodegenError, Lowerer};
use crate::ir::{IrRef, Op, SnapshotId};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, MemFlagsData, Value};

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
        let (result, scale, distance) = match exponent {
            Some(e) if e == 2.0 => {
                let p = self.b.ins().fmul(x, x);
                let minus_p = self.b.ins().fneg(p);
                (p, None, self.b.ins().fma(x, x, minus_p))
            }
            Some(e) if e == 0.5 => {
                // A base the recorder did not guard positive takes the call (NaN compares false).
                let zero = self.b.ins().f64const(0.0);
                let positive = self.b.ins().fcmp(FloatCC::GreaterThan, x, zero);
                let s = self.b.ins().sqrt(x);
                let minus_s = self.b.ins().fneg(s);
                let residual = self.b.ins().fma(minus_s, s, x);
                let nan = self.b.ins().f64const(f64::NAN);
                // The distance is `residual / 2s`; the test compares `residual` with the
                // limit times `2s` instead, keeping the divider (which `sqrt` and the
                // program's own divisions need) free. Either rounding is far inside the
                // margin, as the runtime's comment on the residual says.
                let twice = self.b.ins().fadd(s, s);
                (s, Some(twice), self.b.ins().select(positive, residual, nan))
            }
            _ => {
                let r = self.call_pow(crate::trace_calls::libm_pow_addr(), x, y)?;
                self.exit_if_infinite(r, snap)?;
                return Ok(r);
            }
        };
        let close = self.within_fast_ulps(result, distance, scale);
        let (slow, done) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(done, types::F64);
        self.b.ins().brif(close, done, &[result.into()], slow, &[]);
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        self.b.seal_block(slow);
        let called = self.call_pow(crate::trace_calls::libm_pow_call_addr(), x, y)?;
        self.exit_if_infinite(called, snap)?;
        self.b.ins().jump(done, &[called.into()]);
        self.b.switch_to_block(done);
        self.b.seal_block(done);
        Ok(self.b.block_params(done)[0])
    }

    fn exit_if_infinite(&mut self, r: Value, snap: Option<SnapshotId>) -> Result<(), CodegenError> {
        let size = self.b.ins().fabs(r);
        let inf = self.b.ins().f64const(f64::INFINITY);
        let infinite = self.b.ins().fcmp(FloatCC::Equal, size, inf);
        self.exit_if(infinite, snap)
    }

    /// `|distance| <= FAST_ULPS_MODERATE * ulp(r)` (times `scale` when given) for `r` in
    /// `MODERATE_EXPONENTS`: the
    /// runtime's test (`runtime::numeric::libm_pow::close_to`) where it applies, as integer
    /// arithmetic on `r`'s exponent field. The limit's bits are the field moved down 54
    /// binades with the significand of `FAST_ULPS_MODERATE / 4` (in `[1, 2)`): exactly
    /// `ulp(r) * FAST_ULPS_MODERATE`, a power-of-two scaling of that constant.
    fn within_fast_ulps(&mut self, r: Value, distance: Value, scale: Option<Value>) -> Value {
        const SIGNIFICAND: u64 = (1 << 52) - 1;
        let fraction_bits = FAST_ULPS_MODERATE.to_bits();
        debug_assert_eq!(fraction_bits & EXPONENT_MASK, (1021u64) << 52, "a fraction in [0.25, 0.5)");
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), r);
        let field = self.b.ins().band_imm_u(bits, EXPONENT_MASK as i64);
        let from_moderate = self.b.ins().iadd_imm_s(field, -(MODERATE_EXPONENTS.start as i64));
        let moderate_span = (MODERATE_EXPONENTS.end - MODERATE_EXPONENTS.start) as i64;
        let moderate = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, from_moderate, moderate_span);
        let shift = (fraction_bits & SIGNIFICAND) as i64 - (54i64 << 52);
        let limit_bits = self.b.ins().iadd_imm_s(field, shift);
        let mut limit = self.b.ins().bitcast(types::F64, MemFlagsData::new(), limit_bits);
        if let Some(scale) = scale {
            limit = self.b.ins().fmul(limit, scale);
        }
        let size = self.b.ins().fabs(distance);
        let near = self.b.ins().fcmp(FloatCC::LessThanOrEqual, size, limit);
        self.b.ins().band(moderate, near)
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
