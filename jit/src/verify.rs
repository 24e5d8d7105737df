//! The IR verifier: the only way to get a `VerifiedTrace`, which is what codegen accepts.
//!
//! Checks, in one forward walk (Cranelift's verifier plays the same role for its IR):
//! - Shape: at most one `loop`; `phi`s only right after it; exactly one `jump`, last (a
//!   side trace: no `loop`, no `jump`, and an `exit` last). In
//!   recorded form (no `loop`) the `jump` has no arguments; in peeled form one per phi,
//!   each of its phi's type.
//! - Defs before uses: every operand, snapshot entry and phi input names an earlier
//!   instruction with a result (a phi's input comes from before the `loop`).
//! - Types: operands have the types the op table requires; helper calls match the helper's
//!   declaration; every instruction's `ty` is the type its op gives.
//! - Snapshots: every guard and the `jump` have one, the `jump`'s its own (its exit means
//!   "interrupted"); non-guards have none; entries are
//!   sorted, name each slot once and only refs defined before the instruction.
//! - Immediates: a `value` written into a slot (`store_slot`, or a snapshot entry) is known
//!   to be an immediate (a `box_*`, `const_none`, or a ref that passed a `guard_tag` with an
//!   immediate tag; a `value` phi counts when its input and back-edge value do). This is
//!   what lets compiled code overwrite slots without reference counting. Exception (slice
//!   3): a `store_slot` of a `value` not known to be an immediate makes its slot a *counted
//!   slot* (`VerifiedTrace::counted_slots`): codegen lowers every `store_slot` to it as a
//!   reference-counted store (inline in `codegen/lower.rs`). Since slice 13 a snapshot entry
//!   of such a value does the same (a sunk store, `opt::sink`): exits write counted slots
//!   with reference counting too, so any snapshot may name them.
//! - Elements: a `store_elem` writes an immediate.
//!
//! Invariant: `VerifiedTrace` is immutable; optimizing means `into_trace`, change, verify again.
//! Not checked here: that the slots a trace writes hold immediates when it is entered (the
//! entry glue checks that at run time, see `codegen::Backend::enter`).

use crate::ir::{is_immediate_tag, Inst, IrRef, Op, OpFlags, Slot, SnapshotId, TagImm, Trace, Type};
use cranelift_entity::{EntityRef, SecondaryMap};
use std::fmt;

/// A trace the verifier accepted, with the facts codegen and the entry glue need.
#[derive(Clone, Debug)]
pub struct VerifiedTrace {
    trace: Trace,
    n_slots: u32,
    written_slots: Vec<Slot>,
    counted_slots: Vec<Slot>,
}

impl VerifiedTrace {
    pub fn trace(&self) -> &Trace {
        &self.trace
    }

    pub fn into_trace(self) -> Trace {
        self.trace
    }

    /// One past the highest slot the trace reads or writes.
    pub fn n_slots(&self) -> u32 {
        self.n_slots
    }

    /// Slots the trace may overwrite with raw 16-byte stores (an immediate `store_slot`,
    /// or at an exit), sorted: they must hold immediates on entry.
    pub fn written_slots(&self) -> &[Slot] {
        &self.written_slots
    }

    /// Slots the trace stores heap values into, always through a reference-counted store
    /// (they may hold anything on entry, and no exit writes them), sorted.
    pub fn counted_slots(&self) -> &[Slot] {
        &self.counted_slots
    }
}

/// Why a trace was rejected, and at which instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    pub inst: Option<IrRef>,
    pub kind: VerifyErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifyErrorKind {
    Empty,
    NotEndingInJump,
    InstAfterJump,
    SecondLoop,
    MisplacedPhi,
    UseBeforeDef(IrRef),
    UseOfVoid(IrRef),
    OperandType { operand: IrRef, expected: Type, found: Type },
    ResultType { expected: Type, found: Type },
    PhiInputInLoop(IrRef),
    JumpArity { expected: usize, found: usize },
    JumpArgType { phi: IrRef, expected: Type, found: Type },
    MissingSnapshot,
    UnexpectedSnapshot,
    JumpSnapshotShared,
    UnknownSnapshot(SnapshotId),
    SnapshotNotSorted(SnapshotId),
    SnapshotUseBeforeDef { snap: SnapshotId, value: IrRef },
    UnknownHelper,
    HelperArity { expected: usize, found: usize },
    HelperArgType { index: usize, expected: Type, found: Type },
    NotImmediate(IrRef),
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(inst) = self.inst {
            write!(f, "{inst}: ")?;
        }
        use VerifyErrorKind::*;
        match &self.kind {
            Empty => write!(f, "empty trace"),
            NotEndingInJump => write!(f, "a trace must end with `jump` (a side trace with `exit`)"),
            InstAfterJump => write!(f, "instruction after `jump`"),
            SecondLoop => write!(f, "second `loop` marker"),
            MisplacedPhi => write!(f, "`phi` not directly after `loop` (or after another phi)"),
            UseBeforeDef(r) => write!(f, "use of {r} before its definition"),
            UseOfVoid(r) => write!(f, "use of {r}, which has no result"),
            OperandType { operand, expected, found } => {
                write!(f, "operand {operand} is {}, expected {}", found.name(), expected.name())
            }
            ResultType { expected, found } => {
                write!(f, "result type is {}, op gives {}", found.name(), expected.name())
            }
            PhiInputInLoop(r) => write!(f, "phi input {r} is not defined before `loop`"),
            JumpArity { expected, found } => write!(f, "`jump` has {found} arguments for {expected} phis"),
            JumpArgType { phi, expected, found } => {
                write!(f, "`jump` passes {} to {phi}, which is {}", found.name(), expected.name())
            }
            MissingSnapshot => write!(f, "guard without a snapshot"),
            UnexpectedSnapshot => write!(f, "snapshot on an instruction that cannot exit"),
            JumpSnapshotShared => {
                write!(f, "the `jump` snapshot is also a guard's (the interrupt exit must be its own)")
            }
            UnknownSnapshot(s) => write!(f, "unknown snapshot {}", s.index()),
            SnapshotNotSorted(s) => write!(f, "snapshot {} lists slots out of order or twice", s.index()),
            SnapshotUseBeforeDef { snap, value } => {
                write!(f, "snapshot {} mentions {value}, not defined before its first use", snap.index())
            }
            UnknownHelper => write!(f, "call of an undeclared helper"),
            HelperArity { expected, found } => write!(f, "helper takes {expected} arguments, got {found}"),
            HelperArgType { index, expected, found } => {
                write!(f, "helper argument {index} is {}, expected {}", found.name(), expected.name())
            }
            NotImmediate(r) => write!(f, "{r} is written to a slot or element but not known to be an immediate"),
        }
    }
}

impl std::error::Error for VerifyError {}

struct Verifier<'a> {
    trace: &'a Trace,
    /// Refs of type `value` known to hold an immediate at the current point.
    immediate: SecondaryMap<IrRef, bool>,
    /// Where each snapshot is first used (refs it mentions must come before).
    first_use: SecondaryMap<SnapshotId, Option<IrRef>>,
    loop_marker: Option<IrRef>,
    phis: Vec<IrRef>,
    n_slots: u32,
    written: Vec<Slot>,
    /// Slots of `store_slot`s: (slot, the value is known to be an immediate).
    stores: Vec<(Slot, bool)>,
    /// Slots named by snapshot entries: (slot, the value is known to be an immediate).
    snapshot_slots: Vec<(Slot, bool)>,
}

/// Checks `trace`; on success it becomes a `VerifiedTrace`.
pub fn verify(trace: Trace) -> Result<VerifiedTrace, VerifyError> {
    let (n_slots, written_slots, counted_slots) = {
        let mut v = Verifier {
            trace: &trace,
            immediate: SecondaryMap::new(),
            first_use: SecondaryMap::new(),
            loop_marker: None,
            phis: Vec::new(),
            n_slots: 0,
            written: Vec::new(),
            stores: Vec::new(),
            snapshot_slots: Vec::new(),
        };
        v.run()?;
        // A slot is counted when a store or an exit may write a heap value into it; exits
        // write such slots with reference counting too (`codegen::lower::exits`).
        let mut counted: Vec<Slot> = v.stores.iter().filter(|(_, imm)| !imm).map(|&(slot, _)| slot).collect();
        counted.extend(v.snapshot_slots.iter().filter(|(_, imm)| !imm).map(|&(slot, _)| slot));
        counted.sort();
        counted.dedup();
        let raw = |s: &Slot| counted.binary_search(s).is_err();
        v.written.extend(v.stores.iter().map(|&(slot, _)| slot).filter(raw));
        v.written.extend(v.snapshot_slots.iter().map(|&(slot, _)| slot).filter(raw));
        v.written.sort();
        v.written.dedup();
        (v.n_slots, v.written, counted)
    };
    Ok(VerifiedTrace { trace, n_slots, written_slots, counted_slots })
}

fn err(inst: IrRef, kind: VerifyErrorKind) -> VerifyError {
    VerifyError { inst: Some(inst), kind }
}

impl Verifier<'_> {
    fn run(&mut self) -> Result<(), VerifyError> {
        let n = self.trace.insts.len();
        if n == 0 {
            return Err(VerifyError { inst: None, kind: VerifyErrorKind::Empty });
        }
        for (r, inst) in self.trace.insts.iter() {
            self.check_shape(r, inst, n)?;
            self.check_operands(r, inst)?;
            self.check_snapshot(r, inst)?;
            self.note_facts(r, inst);
        }
        Ok(())
    }

    fn check_shape(&mut self, r: IrRef, inst: &Inst, n: usize) -> Result<(), VerifyError> {
        let is_last = r.index() + 1 == n;
        match &inst.op {
            Op::Jump(args) => {
                if !is_last {
                    return Err(err(r, VerifyErrorKind::InstAfterJump));
                }
                if args.len() != self.phis.len() {
                    return Err(err(r, VerifyErrorKind::JumpArity { expected: self.phis.len(), found: args.len() }));
                }
                for (&phi, &arg) in self.phis.iter().zip(args.iter()) {
                    let expected = self.trace.insts[phi].ty;
                    let found = self.def_type(r, arg)?;
                    if found != expected {
                        return Err(err(r, VerifyErrorKind::JumpArgType { phi, expected, found }));
                    }
                    if expected == Type::Value && self.immediate[phi] && !self.immediate[arg] {
                        return Err(err(r, VerifyErrorKind::NotImmediate(arg)));
                    }
                }
            }
            // A side trace: straight-line code that leaves through its last snapshot.
            Op::Exit() if is_last && self.loop_marker.is_none() => {}
            Op::Exit() => return Err(err(r, VerifyErrorKind::NotEndingInJump)),
            _ if is_last => return Err(err(r, VerifyErrorKind::NotEndingInJump)),
            Op::Loop() => {
                if self.loop_marker.is_some() {
                    return Err(err(r, VerifyErrorKind::SecondLoop));
                }
                self.loop_marker = Some(r);
            }
            Op::Phi(input) => {
                let after_marker_or_phi = match (self.loop_marker, self.phis.last()) {
                    (_, Some(last)) => last.index() + 1 == r.index(),
                    (Some(marker), None) => marker.index() + 1 == r.index(),
                    (None, None) => false,
                };
                if !after_marker_or_phi {
                    return Err(err(r, VerifyErrorKind::MisplacedPhi));
                }
                if self.loop_marker.is_some_and(|marker| *input >= marker) {
                    return Err(err(r, VerifyErrorKind::PhiInputInLoop(*input)));
                }
                self.phis.push(r);
            }
            _ => {}
        }
        Ok(())
    }

    /// The type of `used`, which `user` may refer to only if it comes earlier.
    fn def_type(&self, user: IrRef, used: IrRef) -> Result<Type, VerifyError> {
        if used >= user {
            return Err(err(user, VerifyErrorKind::UseBeforeDef(used)));
        }
        match self.trace.insts[used].ty {
            Type::Void => Err(err(user, VerifyErrorKind::UseOfVoid(used))),
            ty => Ok(ty),
        }
    }

    fn check_operands(&mut self, r: IrRef, inst: &Inst) -> Result<(), VerifyError> {
        let mut result = Ok(());
        inst.op.for_each_typed_ref(|operand, expected| {
            if result.is_err() {
                return;
            }
            result = self.def_type(r, operand).and_then(|found| match expected {
                Some(expected) if expected != found => {
                    Err(err(r, VerifyErrorKind::OperandType { operand, expected, found }))
                }
                _ => Ok(()),
            });
        });
        result?;
        let expected = self.trace.result_type(&inst.op);
        if expected != inst.ty {
            return Err(err(r, VerifyErrorKind::ResultType { expected, found: inst.ty }));
        }
        match &inst.op {
            Op::CallHelper(helper, args) => {
                let Some(helper) = self.trace.helpers.get(*helper) else {
                    return Err(err(r, VerifyErrorKind::UnknownHelper));
                };
                if helper.params.len() != args.len() {
                    return Err(err(
                        r,
                        VerifyErrorKind::HelperArity { expected: helper.params.len(), found: args.len() },
                    ));
                }
                for (index, (&param, &arg)) in helper.params.iter().zip(args.iter()).enumerate() {
                    let found = self.def_type(r, arg)?;
                    if found != param {
                        return Err(err(r, VerifyErrorKind::HelperArgType { index, expected: param, found }));
                    }
                }
            }
            Op::StoreElem(_, _, value) if !self.immediate[*value] => {
                return Err(err(r, VerifyErrorKind::NotImmediate(*value)));
            }
            Op::CallTrace(_, ends) => {
                for (index, &end) in ends.iter().enumerate() {
                    let found = self.def_type(r, end)?;
                    if found != Type::Int {
                        return Err(err(r, VerifyErrorKind::HelperArgType { index, expected: Type::Int, found }));
                    }
                }
            }
            Op::CallPython(_, args) | Op::CallPythonInto(_, _, args) => {
                for (index, &arg) in args.iter().enumerate() {
                    let found = self.def_type(r, arg)?;
                    if found != Type::Value {
                        return Err(err(r, VerifyErrorKind::HelperArgType { index, expected: Type::Value, found }));
                    }
                }
                // The result is a heap value (or anything): counted, like `store_list_iter`.
                if let Op::CallPythonInto(slot, ..) = &inst.op {
                    self.stores.push((*slot, false));
                    self.note_slot(*slot);
                }
            }
            Op::StoreSlot(slot, value) => {
                self.stores.push((*slot, self.immediate[*value]));
                self.note_slot(*slot);
            }
            Op::LoadSlot(slot) => self.note_slot(*slot),
            // A heap value (an iterator, a str): counted, like a `store_slot` of an object.
            Op::StoreListIter(slot, _)
            | Op::StoreDictIter(slot, ..)
            | Op::StrAppend(slot, _)
            | Op::StoreIntStr(slot, _) => {
                self.stores.push((*slot, false));
                self.note_slot(*slot);
            }
            _ => {}
        }
        Ok(())
    }

    fn note_slot(&mut self, slot: Slot) {
        self.n_slots = self.n_slots.max(slot.as_u32() + 1);
    }

    fn check_snapshot(&mut self, r: IrRef, inst: &Inst) -> Result<(), VerifyError> {
        let can_exit = inst.op.flags().contains(OpFlags::GUARD) || matches!(inst.op, Op::Jump(_) | Op::Exit());
        let snap = match (inst.snap, can_exit) {
            (None, true) => return Err(err(r, VerifyErrorKind::MissingSnapshot)),
            (Some(_), false) => return Err(err(r, VerifyErrorKind::UnexpectedSnapshot)),
            (None, false) => return Ok(()),
            (Some(snap), true) => snap,
        };
        let Some(snapshot) = self.trace.snapshots.get(snap) else {
            return Err(err(r, VerifyErrorKind::UnknownSnapshot(snap)));
        };
        let first_use = *self.first_use[snap].get_or_insert(r);
        if matches!(inst.op, Op::Jump(_)) && first_use != r {
            return Err(err(r, VerifyErrorKind::JumpSnapshotShared));
        }
        if !snapshot.entries.windows(2).all(|w| w[0].0 < w[1].0) {
            return Err(err(r, VerifyErrorKind::SnapshotNotSorted(snap)));
        }
        for &(slot, value) in &snapshot.entries {
            if value >= first_use || self.trace.insts[value].ty == Type::Void {
                return Err(err(r, VerifyErrorKind::SnapshotUseBeforeDef { snap, value }));
            }
            let immediate = self.trace.insts[value].ty != Type::Value || self.immediate[value];
            self.note_slot(slot);
            self.snapshot_slots.push((slot, immediate));
        }
        Ok(())
    }

    /// Records what the instruction proves about immediates once it has run.
    fn note_facts(&mut self, r: IrRef, inst: &Inst) {
        match &inst.op {
            Op::BoxInt(_) | Op::BoxFloat(_) | Op::BoxBool(_) | Op::ConstNone() => self.immediate[r] = true,
            Op::GuardTag(value, TagImm(tag)) if is_immediate_tag(*tag) => self.immediate[*value] = true,
            // Optimistic: the `jump` check above rejects a back-edge value that is not.
            Op::Phi(input) if inst.ty == Type::Value => self.immediate[r] = self.immediate[*input],
            _ => {}
        }
    }
}
