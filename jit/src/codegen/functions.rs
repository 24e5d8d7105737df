//! Lowering of typed functions (`func::Group`) to Cranelift, and entering them.
//!
//! Each specialization becomes `fn(ctx: *mut FuncCtx, budget: i64, args…) -> ret` with
//! `int` as I64, `float` F64, `bool` I8 (0 or 1), `object` an I64 word that owns a
//! reference (`codegen/objects.rs`; a callee owns its object parameters); calls between the group's specializations
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
//! Invariant: the body reads nothing but its arguments and writes nothing but `FuncCtx`
//!   and the tuples it creates, so running it and bailing leaves no trace the interpreter
//!   could see.
//! Invariant: an object word is held only in a `Variable` (a local or a temporary) while
//!   anything that may bail runs, so the bail block releases every live reference; a
//!   moved word's variable is reset to 0 (empty).

use super::code_memory::Liveness;
use super::objects::{self, NONE_WORD, PAYLOAD_MASK, TAG_SHIFT};
use super::{int_ops, CodegenError};
use crate::func::{FloatOp, Group, IntOp, TExpr, TStmt, Ty};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, FuncRef, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Type, Value,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::Module;
use lang::ast::CmpOp;
use runtime::value::Tag;
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
pub enum FuncOutcome {
    Int(i64),
    Float(f64),
    Bool(bool),
    Obj(runtime::Value),
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

    /// Runs specialization `spec` on `args` (of the specialization's argument types).
    /// `budget` is how many frames the call may nest; it bails below `stack_limit` or when
    /// `interrupt` is set.
    pub fn call(
        &self,
        spec: usize,
        args: &[runtime::Value],
        budget: i64,
        stack_limit: usize,
        interrupt: &AtomicBool,
    ) -> FuncOutcome {
        if self.generation != self.live.generation.get() || spec >= self.entries.len() {
            return FuncOutcome::Bailed;
        }
        // One word per argument: an int's value, a float's bits, a bool's 0 or 1, an
        // object's word (a new reference, which the callee owns).
        let mut words = Vec::with_capacity(args.len());
        for v in args {
            let word = match v {
                runtime::Value::Int(i) => Some(*i as u64),
                runtime::Value::Float(x) => Some(x.to_bits()),
                runtime::Value::Bool(b) => Some(*b as u64),
                v => objects::word_of(v.clone()),
            };
            let Some(word) = word else {
                for w in words {
                    // SAFETY: words made by `word_of` just above, each owning its reference.
                    unsafe { objects::release_word(w) };
                }
                return FuncOutcome::Bailed;
            };
            words.push(word);
        }
        let ctx = FuncCtx { bail: std::cell::Cell::new(0), stack_limit, interrupt };
        // SAFETY: the code is live (its generation is current, and compiled functions run
        // no Python code, so nothing can flush while it runs); the trampoline reads exactly
        // as many words from `words` as the specialization has parameters, which the
        // caller checked against that specialization's argument types; `ctx` and the
        // interrupt flag it points at outlive the call (the layout test pins the field
        // offsets).
        let bits = unsafe { (self.entries[spec])(&ctx, budget, words.as_ptr()) };
        if ctx.bail.get() != 0 {
            return FuncOutcome::Bailed;
        }
        match self.rets[spec] {
            Ty::Int => FuncOutcome::Int(bits as i64),
            Ty::Float => FuncOutcome::Float(f64::from_bits(bits)),
            Ty::Bool => FuncOutcome::Bool(bits != 0),
            // SAFETY: an object return is a word that owns its reference.
            Ty::Obj => FuncOutcome::Obj(unsafe { objects::value_of(bits) }),
        }
    }
}

fn clif_type(t: Ty) -> Type {
    match t {
        Ty::Int => types::I64,
        Ty::Float => types::F64,
        Ty::Bool => types::I8,
        Ty::Obj => types::I64,
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
        Ty::Obj => result,
    };
    b.ins().return_(&[word]);
}

/// An operand computed ahead of others: a plain value, or an object word in a temporary.
enum Operand {
    Plain(Value),
    Held(Variable),
}

fn lower_spec(b: &mut FunctionBuilder, group: &Group, index: usize, refs: &[FuncRef]) -> Result<(), CodegenError> {
    let spec = &group.specs[index];
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let bail = b.create_block();
    b.set_cold_block(bail);
    let mut l = SpecLowerer {
        b,
        group,
        refs,
        ctx: params[0],
        budget: params[1],
        vars: Vec::new(),
        objects: Vec::new(),
        temps: Vec::new(),
        moving: Vec::new(),
        bail,
    };
    for t in &spec.locals {
        let var = t.map(|t| l.b.declare_var(clif_type(t)));
        if let (Some(Ty::Obj), Some(var)) = (t, var) {
            l.objects.push(var);
        }
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
    for var in l.objects.iter().chain(&l.temps).copied().collect::<Vec<_>>() {
        let word = l.b.use_var(var);
        objects::emit_decref(l.b, word);
    }
    let one = l.b.ins().iconst(types::I8, 1);
    l.b.ins().store(flags(), one, l.ctx, CTX_BAIL);
    let zero = match spec.ret {
        Ty::Int => l.b.ins().iconst(types::I64, 0),
        Ty::Float => l.b.ins().f64const(0.0),
        Ty::Bool => l.b.ins().iconst(types::I8, 0),
        Ty::Obj => l.b.ins().iconst(types::I64, 0),
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
    /// The locals of type object, released at every return and bail.
    objects: Vec<Variable>,
    /// Temporaries holding object words while later operands are computed; empty (0)
    /// except between `hold` and `take`.
    temps: Vec<Variable>,
    /// Object locals a `return` expression reads exactly once: that read moves the
    /// local's reference out (the local becomes empty) instead of taking a new one, since
    /// the return releases the locals right after.
    moving: Vec<u32>,
    bail: Block,
}

impl SpecLowerer<'_, '_> {
    /// Lowers a block; returns whether control falls out of it.
    fn block(&mut self, stmts: &[TStmt]) -> Result<bool, CodegenError> {
        for s in stmts {
            match s {
                TStmt::Assign(slot, e) => {
                    let v = self.expr(e)?;
                    self.store(*slot, self.ty(e), v)?;
                }
                TStmt::AssignAll(stores) => {
                    let mut values = Vec::with_capacity(stores.len());
                    for (_, e) in stores {
                        values.push(self.operand(e)?);
                    }
                    for ((slot, e), v) in stores.iter().zip(values) {
                        let v = self.take(v);
                        self.store(*slot, self.ty(e), v)?;
                    }
                }
                TStmt::Unpack(slots, e) => {
                    // A local is unpacked borrowed (it keeps the tuple alive meanwhile).
                    let (source, owned) = self.borrowed(e)?;
                    let held = owned.then(|| self.hold(source));
                    let size = 8 * slots.len() as u32;
                    let out = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3));
                    let out = self.b.ins().stack_addr(types::I64, out, 0);
                    let ok = objects::emit_unpack(self.b, source, slots.len(), out);
                    let failed = self.b.ins().icmp_imm_u(IntCC::Equal, ok, 0);
                    self.bail_if(failed);
                    for (i, slot) in slots.iter().enumerate() {
                        let word = self.b.ins().load(types::I64, flags(), out, 8 * i as i32);
                        self.store(*slot, Ty::Obj, word)?;
                    }
                    if let Some(held) = held {
                        let source = self.take(Operand::Held(held));
                        objects::emit_decref(self.b, source);
                    }
                }
                TStmt::Return(e) => {
                    let object_locals = (0..self.vars.len() as u32)
                        .filter(|&s| self.vars[s as usize].is_some_and(|var| self.objects.contains(&var)));
                    self.moving = object_locals.filter(|&s| e.reads_of(s) == 1).collect();
                    let v = self.expr(e);
                    self.moving.clear();
                    let v = v?;
                    for var in self.objects.clone() {
                        let word = self.b.use_var(var);
                        objects::emit_decref(self.b, word);
                    }
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

    /// Assigns `v` (of type `t`, owned when an object) to a local, releasing the object
    /// the local held.
    fn store(&mut self, slot: u32, t: Ty, v: Value) -> Result<(), CodegenError> {
        let var = self.vars[slot as usize].ok_or(CodegenError::Internal("an untyped local"))?;
        if t == Ty::Obj {
            let old = self.b.use_var(var);
            self.b.def_var(var, v);
            objects::emit_decref(self.b, old);
        } else {
            self.b.def_var(var, v);
        }
        Ok(())
    }

    /// Keeps an object word in a fresh temporary, so that a bail meanwhile releases it.
    fn hold(&mut self, word: Value) -> Variable {
        let var = self.b.declare_var(types::I64);
        self.b.def_var(var, word);
        self.temps.push(var);
        var
    }

    /// The word a temporary held; the temporary is empty again (the caller owns the word).
    fn take(&mut self, held: Operand) -> Value {
        match held {
            Operand::Plain(v) => v,
            Operand::Held(var) => {
                let word = self.b.use_var(var);
                let empty = self.b.ins().iconst(types::I64, 0);
                self.b.def_var(var, empty);
                word
            }
        }
    }

    /// An operand computed before others: an object is held in a temporary meanwhile.
    fn operand(&mut self, e: &TExpr) -> Result<Operand, CodegenError> {
        let v = self.expr(e)?;
        Ok(if self.ty(e) == Ty::Obj { Operand::Held(self.hold(v)) } else { Operand::Plain(v) })
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
            TExpr::Local(slot, t) => {
                let var = self.vars[*slot as usize].ok_or(CodegenError::Internal("an untyped local"))?;
                let v = self.b.use_var(var);
                if *t == Ty::Obj && self.moving.contains(slot) {
                    let empty = self.b.ins().iconst(types::I64, 0);
                    self.b.def_var(var, empty);
                } else if *t == Ty::Obj {
                    objects::emit_incref(self.b, v);
                }
                v
            }
            TExpr::NoneConst => self.b.ins().iconst(types::I64, NONE_WORD as i64),
            TExpr::ObjConst(v) => {
                // The code keeps one reference to each constant it embeds, for as long as
                // the process runs (a flush cannot know which code still refers to it).
                let word = objects::word_of(v.clone()).ok_or(CodegenError::Internal("a constant beyond a word"))?;
                let word = self.b.ins().iconst(types::I64, word as i64);
                objects::emit_incref(self.b, word);
                word
            }
            TExpr::Tuple(items) => self.tuple(items)?,
            TExpr::Is(negated, a, c) => {
                let (x, x_owned) = self.borrowed(a)?;
                let x_held = x_owned.then(|| self.hold(x));
                let (y, y_owned) = self.borrowed(c)?;
                let cc = if *negated { IntCC::NotEqual } else { IntCC::Equal };
                let result = self.b.ins().icmp(cc, x, y);
                if let Some(held) = x_held {
                    let x = self.take(Operand::Held(held));
                    objects::emit_decref(self.b, x);
                }
                if y_owned {
                    objects::emit_decref(self.b, y);
                }
                result
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
                let mut operands = Vec::with_capacity(args.len());
                for a in args {
                    operands.push(self.operand(a)?);
                }
                // The callee owns its object arguments from here, bail or not.
                for o in operands {
                    let v = self.take(o);
                    call_args.push(v);
                }
                let call = self.b.ins().call(self.refs[*callee], &call_args);
                let result = self.b.inst_results(call)[0];
                let bailed = self.b.ins().load(types::I8, flags(), self.ctx, CTX_BAIL);
                self.bail_if(bailed);
                result
            }
        })
    }

    /// An object operand of `is` or of an unpacking: a local or `None` is read without a new
    /// reference
    /// (`false`: the caller must not release it), anything else is computed (`true`).
    fn borrowed(&mut self, e: &TExpr) -> Result<(Value, bool), CodegenError> {
        match e {
            TExpr::Local(slot, Ty::Obj) => {
                let var = self.vars[*slot as usize].ok_or(CodegenError::Internal("an untyped local"))?;
                Ok((self.b.use_var(var), false))
            }
            TExpr::NoneConst => Ok((self.b.ins().iconst(types::I64, NONE_WORD as i64), false)),
            _ => Ok((self.expr(e)?, true)),
        }
    }

    /// A new tuple of `items`: the values are boxed into a stack array that `tuple_new`
    /// moves into the tuple (their references go with them).
    fn tuple(&mut self, items: &[TExpr]) -> Result<Value, CodegenError> {
        let mut operands = Vec::with_capacity(items.len());
        for item in items {
            operands.push((self.operand(item)?, self.ty(item)));
        }
        let size = 16 * items.len().max(1) as u32;
        let array = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3));
        let array = self.b.ins().stack_addr(types::I64, array, 0);
        for (i, (operand, t)) in operands.into_iter().enumerate() {
            let v = self.take(operand);
            let (tag, payload) = match t {
                Ty::Int => (self.b.ins().iconst(types::I64, Tag::Int as i64), v),
                Ty::Float => (
                    self.b.ins().iconst(types::I64, Tag::Float as i64),
                    self.b.ins().bitcast(types::I64, MemFlagsData::new(), v),
                ),
                Ty::Bool => (self.b.ins().iconst(types::I64, Tag::Bool as i64), self.b.ins().uextend(types::I64, v)),
                Ty::Obj => (self.b.ins().ushr_imm_u(v, TAG_SHIFT), self.b.ins().band_imm_u(v, PAYLOAD_MASK as i64)),
            };
            // One 16-byte store: `tuple_new` moves each value out with a 16-byte load, which
            // two 8-byte stores could not forward to.
            let pair = self.b.ins().scalar_to_vector(types::I64X2, tag);
            let pair = self.b.ins().insertlane(pair, payload, 1);
            self.b.ins().store(flags(), pair, array, 16 * i as i32);
        }
        let word = objects::emit_tuple_new(self.b, array, items.len());
        let failed = self.b.ins().icmp_imm_u(IntCC::Equal, word, 0);
        self.bail_if(failed);
        Ok(word)
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
