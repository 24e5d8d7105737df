//! Lowering of typed functions (`func::Group`) to Cranelift, and entering them.
//!
//! Each specialization becomes `fn(ctx: *mut FuncCtx, budget: i64, args…) -> ret` with
//! `int` as I64, `float` F64, `bool` I8 (0 or 1); calls between the group's specializations
//! are direct calls. Each also gets a trampoline `fn(ctx, budget, args: *const u64) -> u64`
//! with one shape for every specialization, which is what Rust calls.
//!
//! Bailing: an operation leaving the typed world (overflow, zero divisor, `budget < 1`)
//! sets `FuncCtx::bail` and returns; after every call the caller tests the flag and
//! returns too, so a bail unwinds every machine frame and the trampoline's caller sees it.
//! `budget` is how many frames the call may still nest (the recursion limit's share); a
//! call passes `budget - 1`. Every fourth level also bails when the stack pointer is
//! below `FuncCtx::stack_limit` or the interrupt flag is set.
//!
//! Invariant: no operation that traps in hardware (`sdiv`, `srem`) runs on the inputs that
//!   trap: the bail branch for them comes first.
//! Invariant: the body reads nothing but its arguments and writes nothing but `FuncCtx`,
//!   so running it and bailing leaves no trace the interpreter could see.

use super::code_memory::Liveness;
use super::{int_ops, CodegenError};
use crate::func::{FloatOp, Group, IntOp, TExpr, TStmt, Ty};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, AbiParam, Block, BlockArg, FuncRef, InstBuilder, MemFlagsData, Type, Value};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::Module;
use lang::ast::CmpOp;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;

/// What compiled functions share with their caller: the bail flag, the lowest stack
/// address they may reach and the interpreter's interrupt flag (Ctrl-C).
#[repr(C)]
pub struct FuncCtx {
    bail: std::cell::Cell<u8>,
    stack_limit: usize,
    interrupt: *const AtomicBool,
}

/// Offsets of `FuncCtx`'s fields, as compiled code reads them.
const CTX_BAIL: i32 = 0;
const CTX_STACK_LIMIT: i32 = 8;
const CTX_INTERRUPT: i32 = 16;

type Trampoline = unsafe extern "C" fn(*const FuncCtx, i64, *const u64) -> u64;

/// A compiled group: one entry per specialization, in the group's order.
pub struct CompiledGroup {
    entries: Vec<Trampoline>,
    rets: Vec<Ty>,
    generation: u64,
    live: Rc<Liveness>,
    code_bytes: usize,
}

/// How a call of a compiled function ended.
#[derive(Debug, PartialEq)]
pub enum FuncOutcome {
    Int(i64),
    Float(f64),
    Bool(bool),
    /// The code bailed (or is stale): the interpreter runs the call.
    Bailed,
}

impl FuncCtx {
    /// The field offsets compiled code uses, for the layout test.
    pub fn offsets() -> [(usize, i32); 3] {
        [
            (std::mem::offset_of!(FuncCtx, bail), CTX_BAIL),
            (std::mem::offset_of!(FuncCtx, stack_limit), CTX_STACK_LIMIT),
            (std::mem::offset_of!(FuncCtx, interrupt), CTX_INTERRUPT),
        ]
    }
}

impl CompiledGroup {
    pub fn code_bytes(&self) -> usize {
        self.code_bytes
    }

    /// Runs specialization `spec` on `args` (one word per argument: an int's value, a
    /// float's bits, a bool's 0 or 1, in the specialization's argument types). `budget`
    /// is how many frames the call may nest; it bails below `stack_limit` or when
    /// `interrupt` is set.
    pub fn call(
        &self,
        spec: usize,
        args: &[u64],
        budget: i64,
        stack_limit: usize,
        interrupt: &AtomicBool,
    ) -> FuncOutcome {
        if self.generation != self.live.generation.get() || spec >= self.entries.len() {
            return FuncOutcome::Bailed;
        }
        let ctx = FuncCtx { bail: std::cell::Cell::new(0), stack_limit, interrupt };
        // SAFETY: the code is live (its generation is current, and compiled functions run
        // no Python code, so nothing can flush while it runs); the trampoline reads exactly
        // as many words from `args` as the specialization has parameters, which the caller
        // built from that specialization's argument types; `ctx` and the interrupt flag it
        // points at outlive the call (the layout test pins the field offsets).
        let bits = unsafe { (self.entries[spec])(&ctx, budget, args.as_ptr()) };
        if ctx.bail.get() != 0 {
            return FuncOutcome::Bailed;
        }
        match self.rets[spec] {
            Ty::Int => FuncOutcome::Int(bits as i64),
            Ty::Float => FuncOutcome::Float(f64::from_bits(bits)),
            Ty::Bool => FuncOutcome::Bool(bits != 0),
        }
    }
}

fn clif_type(t: Ty) -> Type {
    match t {
        Ty::Int => types::I64,
        Ty::Float => types::F64,
        Ty::Bool => types::I8,
    }
}

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl super::Backend {
    /// Compiles a checked group of typed functions.
    pub fn compile_group(&mut self, group: &Group) -> Result<CompiledGroup, CodegenError> {
        let n = group.specs.len();
        let (template, ptr) = {
            let module = self.memory.module()?;
            (module.make_signature(), module.target_config().pointer_type())
        };
        let config = self.memory.module()?.target_config();
        let mut sigs = Vec::with_capacity(2 * n);
        for spec in &group.specs {
            let mut sig = template.clone();
            sig.params.push(AbiParam::new(ptr));
            sig.params.push(AbiParam::new(types::I64));
            sig.params.extend(spec.args.iter().map(|t| AbiParam::new(clif_type(*t))));
            sig.returns.push(AbiParam::new(clif_type(spec.ret)));
            sigs.push(sig);
        }
        for _ in 0..n {
            let mut sig = template.clone();
            sig.params.extend([AbiParam::new(ptr), AbiParam::new(types::I64), AbiParam::new(ptr)]);
            sig.returns.push(AbiParam::new(types::I64));
            sigs.push(sig);
        }
        let ids = sigs.iter().map(|s| self.memory.declare(s)).collect::<Result<Vec<_>, _>>()?;
        let mut code_bytes = 0;
        for (i, sig) in sigs.iter().enumerate() {
            self.ctx.func.signature = sig.clone();
            let refs =
                ids.iter().map(|&id| self.memory.func_ref(id, &mut self.ctx.func)).collect::<Result<Vec<_>, _>>()?;
            let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.builder_ctx);
            if i < n {
                lower_spec(&mut b, group, i, &refs)?;
            } else {
                lower_trampoline(&mut b, group, i - n, refs[i - n]);
            }
            b.seal_all_blocks();
            b.finalize(config);
            code_bytes += self.memory.define_declared(ids[i], &mut self.ctx)?;
        }
        self.memory.finalize()?;
        let mut entries = Vec::with_capacity(n);
        for &id in &ids[n..] {
            let addr = self.memory.address(id)?;
            // SAFETY: `addr` is the finalized code of a trampoline built above with exactly
            // this signature (two pointers and an i64 in, an i64 out) in the module's
            // default calling convention, which is "C" for the host ISA.
            entries.push(unsafe { std::mem::transmute::<*const u8, Trampoline>(addr) });
        }
        Ok(CompiledGroup {
            entries,
            rets: group.specs.iter().map(|s| s.ret).collect(),
            generation: self.memory.generation(),
            live: self.memory.liveness(),
            code_bytes,
        })
    }
}

/// The trampoline of specialization `spec`: loads the arguments from memory, calls it and
/// returns its result as a word.
fn lower_trampoline(b: &mut FunctionBuilder, group: &Group, spec: usize, callee: FuncRef) {
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let (ctx, budget, args) = (params[0], params[1], params[2]);
    let mut call_args = vec![ctx, budget];
    for (i, t) in group.specs[spec].args.iter().enumerate() {
        call_args.push(b.ins().load(clif_type(*t), flags(), args, (i * 8) as i32));
    }
    let call = b.ins().call(callee, &call_args);
    let result = b.inst_results(call)[0];
    let word = match group.specs[spec].ret {
        Ty::Int => result,
        Ty::Float => b.ins().bitcast(types::I64, MemFlagsData::new(), result),
        Ty::Bool => b.ins().uextend(types::I64, result),
    };
    b.ins().return_(&[word]);
}

fn lower_spec(b: &mut FunctionBuilder, group: &Group, index: usize, refs: &[FuncRef]) -> Result<(), CodegenError> {
    let spec = &group.specs[index];
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let bail = b.create_block();
    b.set_cold_block(bail);
    let mut l = SpecLowerer { b, group, refs, ctx: params[0], budget: params[1], vars: Vec::new(), bail };
    for t in &spec.locals {
        let var = t.map(|t| l.b.declare_var(clif_type(t)));
        l.vars.push(var);
    }
    for (i, v) in params[2..].iter().enumerate() {
        let var = l.vars[i].ok_or(CodegenError::Internal("an untyped parameter"))?;
        l.b.def_var(var, *v);
    }
    // Every entry checks the recursion limit's budget; every fourth level of nesting
    // (cold) also the native stack (the interpreter keeps `STACK_MARGIN` below the limit,
    // ample for three frames) and Ctrl-C: with no loops, these functions run long only
    // through calls, so the flag is polled often enough. Checking both on every call cost
    // fib_rec 36%.
    let out_of_budget = l.b.ins().icmp_imm_s(IntCC::SignedLessThan, l.budget, 1);
    l.bail_if(out_of_budget);
    let level = l.b.ins().band_imm_u(l.budget, 3);
    let (checks, body) = (l.b.create_block(), l.b.create_block());
    l.b.set_cold_block(checks);
    l.b.ins().brif(level, body, &[], checks, &[]);
    l.b.switch_to_block(checks);
    let sp = l.b.ins().get_stack_pointer(types::I64);
    let limit = l.b.ins().load(types::I64, flags(), l.ctx, CTX_STACK_LIMIT);
    let out_of_stack = l.b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
    let flag = l.b.ins().load(types::I64, flags(), l.ctx, CTX_INTERRUPT);
    let interrupted = l.b.ins().load(types::I8, flags(), flag, 0);
    let interrupted = l.b.ins().icmp_imm_u(IntCC::NotEqual, interrupted, 0);
    let stop = l.b.ins().bor(out_of_stack, interrupted);
    l.b.ins().brif(stop, l.bail, &[], body, &[]);
    l.b.switch_to_block(body);
    if l.block(&spec.body)? {
        return Err(CodegenError::Internal("a typed function falls off its end"));
    }
    l.b.switch_to_block(l.bail);
    let one = l.b.ins().iconst(types::I8, 1);
    l.b.ins().store(flags(), one, l.ctx, CTX_BAIL);
    let zero = match spec.ret {
        Ty::Int => l.b.ins().iconst(types::I64, 0),
        Ty::Float => l.b.ins().f64const(0.0),
        Ty::Bool => l.b.ins().iconst(types::I8, 0),
    };
    l.b.ins().return_(&[zero]);
    Ok(())
}

struct SpecLowerer<'a, 'b> {
    b: &'a mut FunctionBuilder<'b>,
    group: &'a Group,
    refs: &'a [FuncRef],
    ctx: Value,
    budget: Value,
    vars: Vec<Option<Variable>>,
    bail: Block,
}

impl SpecLowerer<'_, '_> {
    /// Lowers a block; returns whether control falls out of it.
    fn block(&mut self, stmts: &[TStmt]) -> Result<bool, CodegenError> {
        for s in stmts {
            match s {
                TStmt::Assign(slot, e) => {
                    let v = self.expr(e)?;
                    let var = self.vars[*slot as usize].ok_or(CodegenError::Internal("an untyped local"))?;
                    self.b.def_var(var, v);
                }
                TStmt::AssignAll(stores) => {
                    let mut values = Vec::with_capacity(stores.len());
                    for (_, e) in stores {
                        values.push(self.expr(e)?);
                    }
                    for ((slot, _), v) in stores.iter().zip(values) {
                        let var = self.vars[*slot as usize].ok_or(CodegenError::Internal("an untyped local"))?;
                        self.b.def_var(var, v);
                    }
                }
                TStmt::Return(e) => {
                    let v = self.expr(e)?;
                    self.b.ins().return_(&[v]);
                    return Ok(false);
                }
                TStmt::If(test, then, other) => {
                    let cond = self.expr(test)?;
                    let (then_block, else_block) = (self.b.create_block(), self.b.create_block());
                    self.b.ins().brif(cond, then_block, &[], else_block, &[]);
                    let mut merge = None;
                    for (block, body) in [(then_block, then), (else_block, other)] {
                        self.b.switch_to_block(block);
                        if self.block(body)? {
                            let m = *merge.get_or_insert_with(|| self.b.create_block());
                            self.b.ins().jump(m, &[]);
                        }
                    }
                    match merge {
                        Some(m) => self.b.switch_to_block(m),
                        None => return Ok(false),
                    }
                }
            }
        }
        Ok(true)
    }

    fn bail_if(&mut self, cond: Value) {
        let cont = self.b.create_block();
        self.b.ins().brif(cond, self.bail, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    fn ty(&self, e: &TExpr) -> Ty {
        e.ty(&self.group.specs)
    }

    fn expr(&mut self, e: &TExpr) -> Result<Value, CodegenError> {
        Ok(match e {
            TExpr::Int(i) => self.b.ins().iconst(types::I64, *i),
            TExpr::Float(x) => self.b.ins().f64const(*x),
            TExpr::Bool(v) => self.b.ins().iconst(types::I8, *v as i64),
            TExpr::Local(slot, _) => {
                let var = self.vars[*slot as usize].ok_or(CodegenError::Internal("an untyped local"))?;
                self.b.use_var(var)
            }
            TExpr::Int2(op, a, c) => {
                let (x, y) = (self.expr(a)?, self.expr(c)?);
                self.int_op(*op, x, y)
            }
            TExpr::Float2(op, a, c) => {
                let (x, y) = (self.expr(a)?, self.expr(c)?);
                match op {
                    FloatOp::Add => self.b.ins().fadd(x, y),
                    FloatOp::Sub => self.b.ins().fsub(x, y),
                    FloatOp::Mul => self.b.ins().fmul(x, y),
                    FloatOp::Div => {
                        let zero = self.b.ins().f64const(0.0);
                        let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                        self.bail_if(is_zero);
                        self.b.ins().fdiv(x, y)
                    }
                }
            }
            TExpr::IntTrueDiv(a, c) => {
                let (x, y) = (self.expr(a)?, self.expr(c)?);
                // |v| < 2**53  <=>  (v + 2**53) as unsigned < 2**54.
                let inexact = |l: &mut Self, v: Value| {
                    let shifted = l.b.ins().iadd_imm_s(v, 1 << 53);
                    l.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, shifted, 1 << 54)
                };
                let (bad_x, bad_y) = (inexact(self, x), inexact(self, y));
                let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let bad = self.b.ins().bor(bad_x, bad_y);
                let bad = self.b.ins().bor(bad, is_zero);
                self.bail_if(bad);
                let (fx, fy) = (self.b.ins().fcvt_from_sint(types::F64, x), self.b.ins().fcvt_from_sint(types::F64, y));
                self.b.ins().fdiv(fx, fy)
            }
            TExpr::ToFloat(a) => {
                let x = self.expr(a)?;
                self.b.ins().fcvt_from_sint(types::F64, x)
            }
            TExpr::Cmp(op, t, a, c) => {
                let (x, y) = (self.expr(a)?, self.expr(c)?);
                self.compare(*op, *t, x, y)?
            }
            TExpr::Not(a) => {
                let x = self.expr(a)?;
                self.b.ins().bxor_imm_s(x, 1)
            }
            TExpr::Truthy(a) => {
                let x = self.expr(a)?;
                match self.ty(a) {
                    Ty::Float => {
                        let zero = self.b.ins().f64const(0.0);
                        self.b.ins().fcmp(FloatCC::NotEqual, x, zero)
                    }
                    _ => self.b.ins().icmp_imm_s(IntCC::NotEqual, x, 0),
                }
            }
            TExpr::NegInt(a) | TExpr::AbsInt(a) => {
                let x = self.expr(a)?;
                let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                self.bail_if(is_min);
                let neg = self.b.ins().ineg(x);
                match e {
                    TExpr::AbsInt(_) => {
                        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
                        self.b.ins().select(negative, neg, x)
                    }
                    _ => neg,
                }
            }
            TExpr::NegFloat(a) => {
                let x = self.expr(a)?;
                self.b.ins().fneg(x)
            }
            TExpr::AbsFloat(a) => {
                let x = self.expr(a)?;
                self.b.ins().fabs(x)
            }
            TExpr::InvertInt(a) => {
                let x = self.expr(a)?;
                self.b.ins().bnot(x)
            }
            TExpr::MinInt(a, c) | TExpr::MaxInt(a, c) => {
                let (x, y) = (self.expr(a)?, self.expr(c)?);
                match e {
                    TExpr::MinInt(..) => self.b.ins().smin(x, y),
                    _ => self.b.ins().smax(x, y),
                }
            }
            TExpr::And(a, c) | TExpr::Or(a, c) => {
                // `a and c`: c only when a is true; `a or c`: c only when a is false.
                let x = self.expr(a)?;
                let (rhs, done) = (self.b.create_block(), self.b.create_block());
                let result = self.b.append_block_param(done, types::I8);
                let short: &[BlockArg] = &[x.into()];
                match e {
                    TExpr::And(..) => self.b.ins().brif(x, rhs, &[], done, short),
                    _ => self.b.ins().brif(x, done, short, rhs, &[]),
                };
                self.b.switch_to_block(rhs);
                let y = self.expr(c)?;
                self.b.ins().jump(done, &[y.into()]);
                self.b.switch_to_block(done);
                result
            }
            TExpr::Cond(cond, a, c) => {
                let test = self.expr(cond)?;
                let (then_block, else_block, done) =
                    (self.b.create_block(), self.b.create_block(), self.b.create_block());
                let result = self.b.append_block_param(done, clif_type(self.ty(a)));
                self.b.ins().brif(test, then_block, &[], else_block, &[]);
                for (block, branch) in [(then_block, a), (else_block, c)] {
                    self.b.switch_to_block(block);
                    let v = self.expr(branch)?;
                    self.b.ins().jump(done, &[v.into()]);
                }
                self.b.switch_to_block(done);
                result
            }
            TExpr::Call(callee, args) => {
                let mut call_args = vec![self.ctx];
                call_args.push(self.b.ins().iadd_imm_s(self.budget, -1));
                for a in args {
                    call_args.push(self.expr(a)?);
                }
                let call = self.b.ins().call(self.refs[*callee], &call_args);
                let result = self.b.inst_results(call)[0];
                let bailed = self.b.ins().load(types::I8, flags(), self.ctx, CTX_BAIL);
                self.bail_if(bailed);
                result
            }
        })
    }

    fn compare(&mut self, op: CmpOp, t: Ty, x: Value, y: Value) -> Result<Value, CodegenError> {
        if t == Ty::Float {
            let cc = match op {
                CmpOp::Eq => FloatCC::Equal,
                // Python's `!=` is true for NaN: "unordered or not equal".
                CmpOp::NotEq => FloatCC::NotEqual,
                CmpOp::Lt => FloatCC::LessThan,
                CmpOp::LtE => FloatCC::LessThanOrEqual,
                CmpOp::Gt => FloatCC::GreaterThan,
                CmpOp::GtE => FloatCC::GreaterThanOrEqual,
                _ => return Err(CodegenError::Internal("a comparison the checker refuses")),
            };
            return Ok(self.b.ins().fcmp(cc, x, y));
        }
        // Bools compare as the ints 0 and 1.
        let cc = match op {
            CmpOp::Eq => IntCC::Equal,
            CmpOp::NotEq => IntCC::NotEqual,
            CmpOp::Lt => IntCC::SignedLessThan,
            CmpOp::LtE => IntCC::SignedLessThanOrEqual,
            CmpOp::Gt => IntCC::SignedGreaterThan,
            CmpOp::GtE => IntCC::SignedGreaterThanOrEqual,
            _ => return Err(CodegenError::Internal("a comparison the checker refuses")),
        };
        Ok(self.b.ins().icmp(cc, x, y))
    }

    fn int_op(&mut self, op: IntOp, x: Value, y: Value) -> Value {
        match op {
            IntOp::Add | IntOp::Sub | IntOp::Mul => {
                let (result, overflow) = match op {
                    IntOp::Add => self.b.ins().sadd_overflow(x, y),
                    IntOp::Sub => self.b.ins().ssub_overflow(x, y),
                    _ => self.b.ins().smul_overflow(x, y),
                };
                self.bail_if(overflow);
                result
            }
            IntOp::FloorDiv => {
                let fail = int_ops::floordiv_fails(self.b, x, y);
                self.bail_if(fail);
                int_ops::floordiv_after_check(self.b, x, y)
            }
            IntOp::Mod => {
                let fail = int_ops::mod_fails(self.b, y);
                self.bail_if(fail);
                int_ops::mod_after_check(self.b, x, y)
            }
            IntOp::BitAnd => self.b.ins().band(x, y),
            IntOp::BitOr => self.b.ins().bor(x, y),
            IntOp::BitXor => self.b.ins().bxor(x, y),
            IntOp::LShift => {
                let (shifted, fail) = int_ops::lshift(self.b, x, y);
                self.bail_if(fail);
                shifted
            }
            IntOp::RShift => {
                let fail = int_ops::rshift_fails(self.b, y);
                self.bail_if(fail);
                int_ops::rshift_after_check(self.b, x, y)
            }
        }
    }
}
