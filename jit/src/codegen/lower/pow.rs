//! Lowering of `pow_float`: the C library's `pow` (what CPython's float `**` calls), with
//! `x ** 2` and `x ** 0.5` inline.
//!
//! Invariant: the result has the bits `runtime::numeric::libm_pow::pow` gives, which are
//! glibc's. The inline square or root is taken only when the fused multiply-add shows the
//! true value within `FAST_ULPS` (or `FAST_ULPS_MODERATE`) ULPs of it, with the runtime's
//! constants; every other input (a few percent, and all special values) calls `pow`.

use super::{CodegenError, Lowerer};
use crate::ir::{IrRef, Op};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, MemFlagsData, Value};
use runtime::numeric::libm_pow::{EXPONENT_MASK, FAST_ULPS, FAST_ULPS_MODERATE, MIN_FAST_EXPONENT, MODERATE_EXPONENTS};

impl Lowerer<'_> {
    /// `a ** b` for floats, where the recorder has reduced CPython's `float_pow` to the
    /// C call (its guards rule out a zero base and an infinite result).
    pub(super) fn pow_float(&mut self, a: IrRef, b: IrRef) -> Result<Value, CodegenError> {
        let exponent = match self.trace.insts.get(b).map(|inst| &inst.op) {
            Some(Op::ConstFloat(c)) => Some(c.get()),
            _ => None,
        };
        let (x, y) = (self.raw(a)?, self.raw(b)?);
        let (result, distance) = match exponent {
            Some(e) if e == 2.0 => {
                let p = self.b.ins().fmul(x, x);
                let minus_p = self.b.ins().fneg(p);
                (p, self.b.ins().fma(x, x, minus_p))
            }
            Some(e) if e == 0.5 => {
                // A base the recorder did not guard positive takes the call (NaN compares false).
                let zero = self.b.ins().f64const(0.0);
                let positive = self.b.ins().fcmp(FloatCC::GreaterThan, x, zero);
                let s = self.b.ins().sqrt(x);
                let minus_s = self.b.ins().fneg(s);
                let residual = self.b.ins().fma(minus_s, s, x);
                let twice = self.b.ins().fadd(s, s);
                let distance = self.b.ins().fdiv(residual, twice);
                let nan = self.b.ins().f64const(f64::NAN);
                (s, self.b.ins().select(positive, distance, nan))
            }
            _ => return self.call_pow(crate::trace_calls::libm_pow_addr(), x, y),
        };
        let close = self.within_fast_ulps(result, distance);
        let (slow, done) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(done, types::F64);
        self.b.ins().brif(close, done, &[result.into()], slow, &[]);
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        self.b.seal_block(slow);
        let called = self.call_pow(crate::trace_calls::libm_pow_call_addr(), x, y)?;
        self.b.ins().jump(done, &[called.into()]);
        self.b.switch_to_block(done);
        self.b.seal_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// `|distance| <= FAST_ULPS * ulp(r)` (`FAST_ULPS_MODERATE` in `MODERATE_EXPONENTS`), for
    /// `r`'s exponent field in
    /// `MIN_FAST_EXPONENT..EXPONENT_MASK` (`runtime::numeric::libm_pow::close_to`).
    fn within_fast_ulps(&mut self, r: Value, distance: Value) -> Value {
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), r);
        let field = self.b.ins().band_imm_u(bits, EXPONENT_MASK as i64);
        let offset = self.b.ins().iadd_imm_s(field, -(MIN_FAST_EXPONENT as i64));
        let span = (EXPONENT_MASK - MIN_FAST_EXPONENT) as i64;
        let in_range = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, offset, span);
        let ulp_bits = self.b.ins().iadd_imm_s(field, -(52i64 << 52));
        let ulp = self.b.ins().bitcast(types::F64, MemFlagsData::new(), ulp_bits);
        let from_moderate = self.b.ins().iadd_imm_s(field, -(MODERATE_EXPONENTS.start as i64));
        let moderate_span = (MODERATE_EXPONENTS.end - MODERATE_EXPONENTS.start) as i64;
        let moderate = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, from_moderate, moderate_span);
        let wide = self.b.ins().f64const(FAST_ULPS);
        let narrow = self.b.ins().f64const(FAST_ULPS_MODERATE);
        let fraction = self.b.ins().select(moderate, narrow, wide);
        let limit = self.b.ins().fmul(ulp, fraction);
        let size = self.b.ins().fabs(distance);
        let near = self.b.ins().fcmp(FloatCC::LessThanOrEqual, size, limit);
        self.b.ins().band(in_range, near)
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
