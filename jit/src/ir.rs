//! Trace IR: a typed SSA instruction list with one optional loop, generated from one op table.
//!
//! A trace is a flat list of instructions (`Trace::insts`, indexed by `IrRef`). Its shape is
//! `[preamble] [loop [phi…] body] jump`:
//! - Without a `loop` marker the trace is in *recorded form*: the whole list is the loop body,
//!   loop-carried state travels through the frame slots, and the final `jump` writes its
//!   snapshot back into the slots before starting over (this is what the recorder emits).
//! - With a `loop` marker the trace is in *peeled form*: the preamble runs once, the `phi`s
//!   right after `loop` are the loop header's block parameters (initial value from the
//!   preamble), and `jump`'s arguments are their values for the next iteration.
//!
//! Types: `int` (i64), `float` (f64), `bool`, `value` (a boxed 16-byte `runtime::Value`,
//! which the backend keeps as a tag and a payload word) and `void` (no result).
//!
//! Invariant: every operand is defined before its use (phis take their initial value from
//!   the preamble; their back-edge value is the `jump` argument at the same position).
//! Invariant: every guard and the `jump` carry exactly one snapshot (`snapshot.rs`).
//! Invariant: an `Inst`'s `ty` is the result type its op's table entry gives.
//! All three are checked by `verify.rs`, which is what turns a `Trace` into a
//! `VerifiedTrace`; nothing here enforces them while a trace is being built.

mod display;
mod parse;

pub use parse::{parse, ParseError};

use crate::snapshot::Snapshot;
use cranelift_entity::{entity_impl, PrimaryMap};
pub use runtime::value::Tag;

/// A reference to an instruction of a trace: its SSA value (printed `%3`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IrRef(u32);
entity_impl!(IrRef, "%");

/// A frame slot index (printed `s3`): `Frame::locals[3]`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slot(u32);
entity_impl!(Slot, "s");

/// A snapshot of a trace (see `snapshot.rs`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SnapshotId(u32);
entity_impl!(SnapshotId, "snap");

/// The number compiled code returns: exit `n` is taken through snapshot `n`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExitId(u32);
entity_impl!(ExitId, "exit");

impl ExitId {
    /// The exit that leaves through `snap`.
    pub fn of_snapshot(snap: SnapshotId) -> ExitId {
        ExitId(snap.0)
    }

    /// The snapshot this exit writes back.
    pub fn snapshot(self) -> SnapshotId {
        SnapshotId(self.0)
    }
}

/// A residual-call target declared in the trace's helper table (printed `@name`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HelperId(u32);
entity_impl!(HelperId, "helper");

/// The type of an SSA value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Int,
    Float,
    Bool,
    /// A boxed `runtime::Value` (tag + payload).
    Value,
    /// No result.
    Void,
}

impl Type {
    pub fn name(self) -> &'static str {
        match self {
            Type::Int => "int",
            Type::Float => "float",
            Type::Bool => "bool",
            Type::Value => "value",
            Type::Void => "void",
        }
    }

    pub fn from_name(name: &str) -> Option<Type> {
        [Type::Int, Type::Float, Type::Bool, Type::Value, Type::Void].into_iter().find(|t| t.name() == name)
    }
}

/// An f64 immediate stored by its bits, so that ops can be hashed and compared for CSE
/// (bitwise equality: `0.0` and `-0.0` are different constants, each NaN payload is itself).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct F64(u64);

impl F64 {
    pub fn new(f: f64) -> F64 {
        F64(f.to_bits())
    }

    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl std::fmt::Debug for F64 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.get())
    }
}

/// A tag operand (`runtime::value::Tag`, hashed by its number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TagImm(pub Tag);

impl std::hash::Hash for TagImm {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self.0 as u8).hash(state)
    }
}

/// Properties of an op, from its table entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpFlags(u8);

impl OpFlags {
    /// No effect; equal ops on equal operands give equal results (CSE-able, removable).
    pub const PURE: OpFlags = OpFlags(1);
    /// May leave the trace through its snapshot; needs one.
    pub const GUARD: OpFlags = OpFlags(2);
    /// Has an effect the optimizer must neither drop, duplicate nor reorder.
    pub const EFFECT: OpFlags = OpFlags(4);
    /// Reads the frame: CSE-able until a store to the same slot.
    pub const LOAD: OpFlags = OpFlags(8);
    /// Loop structure (`loop`, `phi`, `jump`): placed by the verifier's shape rules.
    pub const CONTROL: OpFlags = OpFlags(16);
    /// A guard that only checks for i64 overflow: Python cannot observe it when the result
    /// is unused (the interpreter would just make a big int), so DCE may drop it.
    pub const OVF: OpFlags = OpFlags(32);
    /// Operands may be swapped (used to canonicalize before CSE).
    pub const COMMUTATIVE: OpFlags = OpFlags(64);

    const fn union(self, other: OpFlags) -> OpFlags {
        OpFlags(self.0 | other.0)
    }

    pub fn contains(self, other: OpFlags) -> bool {
        self.0 & other.0 == other.0
    }
}

/// Where an op's result type comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultKind {
    Fixed(Type),
    /// The type of the first operand (`phi`).
    FromOperand,
    /// The helper's declared return type (`call_helper`).
    FromHelper,
}

/// The Rust type holding an operand of each kind.
macro_rules! operand_type {
    (int) => { IrRef };
    (float) => { IrRef };
    (bool) => { IrRef };
    (value) => { IrRef };
    (any) => { IrRef };
    (slot) => { Slot };
    (tag) => { TagImm };
    (imm_int) => { i64 };
    (imm_float) => { F64 };
    (imm_bool) => { bool };
    (args) => { Box<[IrRef]> };
    (helper) => { HelperId };
}

/// Calls `$f` on a single-ref operand with the type its kind requires (`None`: any type).
macro_rules! typed_operand {
    (int, $arg:ident, $f:ident) => {
        $f(*$arg, Some(Type::Int))
    };
    (float, $arg:ident, $f:ident) => {
        $f(*$arg, Some(Type::Float))
    };
    (bool, $arg:ident, $f:ident) => {
        $f(*$arg, Some(Type::Bool))
    };
    (value, $arg:ident, $f:ident) => {
        $f(*$arg, Some(Type::Value))
    };
    (any, $arg:ident, $f:ident) => {
        $f(*$arg, None)
    };
    ($other:ident, $arg:ident, $f:ident) => {
        let _ = $arg;
    };
}

macro_rules! result_kind {
    (int) => {
        ResultKind::Fixed(Type::Int)
    };
    (float) => {
        ResultKind::Fixed(Type::Float)
    };
    (bool) => {
        ResultKind::Fixed(Type::Bool)
    };
    (value) => {
        ResultKind::Fixed(Type::Value)
    };
    (void) => {
        ResultKind::Fixed(Type::Void)
    };
    (operand) => {
        ResultKind::FromOperand
    };
    (helper) => {
        ResultKind::FromHelper
    };
}

macro_rules! visit_operand {
    (args, $arg:ident, $f:ident) => {
        for r in $arg.iter() {
            $f(*r)
        }
    };
    (int, $arg:ident, $f:ident) => {
        $f(*$arg)
    };
    (float, $arg:ident, $f:ident) => {
        $f(*$arg)
    };
    (bool, $arg:ident, $f:ident) => {
        $f(*$arg)
    };
    (value, $arg:ident, $f:ident) => {
        $f(*$arg)
    };
    (any, $arg:ident, $f:ident) => {
        $f(*$arg)
    };
    ($other:ident, $arg:ident, $f:ident) => {
        let _ = $arg;
    };
}

macro_rules! map_operand {
    (args, $arg:ident, $f:ident) => {
        for r in $arg.iter_mut() {
            *r = $f(*r)
        }
    };
    (int, $arg:ident, $f:ident) => {
        *$arg = $f(*$arg)
    };
    (float, $arg:ident, $f:ident) => {
        *$arg = $f(*$arg)
    };
    (bool, $arg:ident, $f:ident) => {
        *$arg = $f(*$arg)
    };
    (value, $arg:ident, $f:ident) => {
        *$arg = $f(*$arg)
    };
    (any, $arg:ident, $f:ident) => {
        *$arg = $f(*$arg)
    };
    ($other:ident, $arg:ident, $f:ident) => {
        let _ = $arg;
    };
}

/// The op table: `Name "text" (operand: kind, …) -> result [FLAGS];`, one `///` doc each.
/// Operand kinds: `int`/`float`/`bool`/`value` (a ref of that type), `any` (a ref of any
/// type), `slot`, `tag`, `imm_int`/`imm_float`/`imm_bool` (immediates), `args` (a list of
/// refs) and `helper`.
macro_rules! define_ops {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident $text:literal ($($arg:ident : $kind:ident),*) -> $res:ident [$($flag:ident),*];
    )*) => {
        /// One IR operation with its operands (see the table in `ir.rs` for each op's doc).
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum Op {
            $( $(#[doc = $doc])* $name($(operand_type!($kind)),*), )*
        }

        impl Op {
            /// The op's name in the textual IR.
            pub fn name(&self) -> &'static str {
                match self { $( Op::$name(..) => $text, )* }
            }

            pub fn flags(&self) -> OpFlags {
                match self { $( Op::$name(..) => OpFlags(0) $(.union(OpFlags::$flag))*, )* }
            }

            pub fn result_kind(&self) -> ResultKind {
                match self { $( Op::$name(..) => result_kind!($res), )* }
            }

            /// Calls `f` on every ref operand, in order (list operands element by element).
            pub fn for_each_ref(&self, mut f: impl FnMut(IrRef)) {
                match self { $( Op::$name($($arg),*) => { $( visit_operand!($kind, $arg, f); )* } )* }
            }

            /// Replaces every ref operand `r` by `f(r)`.
            pub fn map_refs(&mut self, mut f: impl FnMut(IrRef) -> IrRef) {
                match self { $( Op::$name($($arg),*) => { $( map_operand!($kind, $arg, f); )* } )* }
            }

            /// Calls `f` on each single-ref operand with the type the table requires
            /// (`None` for `any`); list operands are checked by the verifier per op.
            pub fn for_each_typed_ref(&self, mut f: impl FnMut(IrRef, Option<Type>)) {
                match self {
                    $( Op::$name($($arg),*) => { $( typed_operand!($kind, $arg, f); )* } )*
                }
            }

            /// Writes the operands in textual form (`%1, %2`).
            // `first` stays unchanged for ops without operands.
            #[allow(unused_mut, unused_assignments)]
            fn fmt_operands(&self, trace: &Trace, out: &mut String) {
                match self {
                    $( Op::$name($($arg),*) => {
                        let mut first = true;
                        $(
                            out.push_str(if first { " " } else { ", " });
                            first = false;
                            display::Operand::fmt(&*$arg, trace, out);
                        )*
                        let _ = first;
                    } )*
                }
            }

            /// Parses the operands of the op named `name`; `None` if there is no such op.
            // `n` stays unchanged for ops without operands.
            #[allow(unused_mut, unused_assignments)]
            fn parse_operands(name: &str, p: &mut parse::Cursor<'_>) -> Option<Result<Op, ParseError>> {
                Some(match name {
                    $( $text => (|| {
                        let mut n = 0usize;
                        let op = Op::$name($({
                            if n > 0 { p.expect(",")?; }
                            n += 1;
                            <operand_type!($kind) as parse::Operand>::parse(p)?
                        }),*);
                        let _ = n;
                        Ok(op)
                    })(), )*
                    _ => return None,
                })
            }
        }
    };
}

define_ops! {
    /// An int constant. `=> int`
    ConstInt "const_int" (value: imm_int) -> int [PURE];
    /// A float constant. `=> float`
    ConstFloat "const_float" (value: imm_float) -> float [PURE];
    /// A bool constant. `=> bool`
    ConstBool "const_bool" (value: imm_bool) -> bool [PURE];
    /// Python's `None`, boxed. `=> value`
    ConstNone "const_none" () -> value [PURE];
    /// A heap constant of the code (a str literal), kept alive by the trace: a value with
    /// tag `tag` and payload `word`, owning nothing.
    ConstRef "const_ref" (word: imm_int, tag: tag) -> value [PURE];

    /// Reads frame slot `slot` (the 16-byte `Value`, not its referent). `=> value`
    LoadSlot "load_slot" (slot: slot) -> value [LOAD];
    /// Writes `v` into frame slot `slot`. `v` must be an immediate (see verify.rs): the
    /// slot's old value is overwritten without a reference-count update. Effect.
    StoreSlot "store_slot" (slot: slot, v: value) -> void [EFFECT];

    /// Exits unless the boxed `v` has tag `tag`. Guard.
    GuardTag "guard_tag" (v: value, tag: tag) -> void [GUARD];
    /// The payload of a boxed int (valid after `guard_tag v, int`). `value => int`
    UnboxInt "unbox_int" (v: value) -> int [PURE];
    /// The payload of a boxed float (valid after `guard_tag v, float`). `value => float`
    UnboxFloat "unbox_float" (v: value) -> float [PURE];
    /// The payload of a boxed bool (valid after `guard_tag v, bool`). `value => bool`
    UnboxBool "unbox_bool" (v: value) -> bool [PURE];
    /// The payload word of a heap value: its object's address, for identity guards
    /// (`payload f == const` after `guard_tag f, function`). `value => int`
    Payload "payload" (v: value) -> int [PURE];
    /// The tag byte of a value, as an int (`Tag` numbering). `value => int`
    TagOf "tag_of" (v: value) -> int [PURE];
    /// Boxes an int. `int => value`
    BoxInt "box_int" (x: int) -> value [PURE];
    /// Boxes a float. `float => value`
    BoxFloat "box_float" (x: float) -> value [PURE];
    /// Boxes a bool. `bool => value`
    BoxBool "box_bool" (x: bool) -> value [PURE];

    /// `a + b`; exits when the sum overflows i64. Guard.
    AddIntOvf "add_int_ovf" (a: int, b: int) -> int [GUARD, OVF, COMMUTATIVE];
    /// `a - b`; exits on i64 overflow. Guard.
    SubIntOvf "sub_int_ovf" (a: int, b: int) -> int [GUARD, OVF];
    /// `a * b`; exits on i64 overflow. Guard.
    MulIntOvf "mul_int_ovf" (a: int, b: int) -> int [GUARD, OVF, COMMUTATIVE];
    /// `-a`; exits for `i64::MIN`. Guard.
    NegIntOvf "neg_int_ovf" (a: int) -> int [GUARD, OVF];
    /// Wrapping `a + b`, for sums proven not to overflow (guard_elim makes these).
    AddInt "add_int" (a: int, b: int) -> int [PURE, COMMUTATIVE];
    /// Wrapping `a - b`, for differences proven not to overflow.
    SubInt "sub_int" (a: int, b: int) -> int [PURE];
    /// Wrapping `a * b`, for products proven not to overflow.
    MulInt "mul_int" (a: int, b: int) -> int [PURE, COMMUTATIVE];
    /// Python's `a // b` (rounds toward negative infinity); exits when `b == 0`
    /// (ZeroDivisionError) or for `i64::MIN // -1` (a big int). Guard.
    FloordivInt "floordiv_int" (a: int, b: int) -> int [GUARD];
    /// Python's `a % b` (the sign of `b`); exits when `b == 0`. Guard.
    ModInt "mod_int" (a: int, b: int) -> int [GUARD];
    /// `a & b`.
    AndInt "and_int" (a: int, b: int) -> int [PURE, COMMUTATIVE];
    /// `a | b`.
    OrInt "or_int" (a: int, b: int) -> int [PURE, COMMUTATIVE];
    /// `a ^ b`.
    XorInt "xor_int" (a: int, b: int) -> int [PURE, COMMUTATIVE];
    /// `~a`.
    InvertInt "invert_int" (a: int) -> int [PURE];
    /// `a << b`; exits when `b` is negative (ValueError) or bits would be lost (a big int). Guard.
    LshiftIntOvf "lshift_int_ovf" (a: int, b: int) -> int [GUARD];
    /// `a >> b` (arithmetic; counts past 63 give 0 or -1); exits when `b` is negative. Guard.
    RshiftInt "rshift_int" (a: int, b: int) -> int [GUARD];
    /// `a >> (b & 63)`, arithmetic; cannot fail. Folding makes it from `rshift_int` by a
    /// constant count and from `floordiv_int` by a constant `2**b` (Python's `//` floors,
    /// which is exactly an arithmetic shift, negative `a` included).
    SarInt "sar_int" (a: int, b: int) -> int [PURE];

    /// `a < b` on ints. `=> bool`
    LtInt "lt_int" (a: int, b: int) -> bool [PURE];
    /// `a <= b` on ints.
    LeInt "le_int" (a: int, b: int) -> bool [PURE];
    /// `a > b` on ints.
    GtInt "gt_int" (a: int, b: int) -> bool [PURE];
    /// `a >= b` on ints.
    GeInt "ge_int" (a: int, b: int) -> bool [PURE];
    /// `a == b` on ints.
    EqInt "eq_int" (a: int, b: int) -> bool [PURE, COMMUTATIVE];
    /// `a != b` on ints.
    NeInt "ne_int" (a: int, b: int) -> bool [PURE, COMMUTATIVE];

    /// `a + b` (IEEE).
    AddFloat "add_float" (a: float, b: float) -> float [PURE, COMMUTATIVE];
    /// `a - b` (IEEE).
    SubFloat "sub_float" (a: float, b: float) -> float [PURE];
    /// `a * b` (IEEE).
    MulFloat "mul_float" (a: float, b: float) -> float [PURE, COMMUTATIVE];
    /// `a / b`; exits when `b` is zero (ZeroDivisionError). Guard.
    DivFloat "div_float" (a: float, b: float) -> float [GUARD];
    /// `a / b` for a divisor proven nonzero (guard_elim makes these from `div_float` by an
    /// int it bounds away from zero).
    DivFloatNonzero "div_float_nonzero" (a: float, b: float) -> float [PURE];
    /// `-a`.
    NegFloat "neg_float" (a: float) -> float [PURE];
    /// `abs(a)`.
    AbsFloat "abs_float" (a: float) -> float [PURE];
    /// Python's `min(a, b)` on floats: `b` if `b < a`, else `a` (NaN and `-0.0` as CPython).
    MinFloat "min_float" (a: float, b: float) -> float [PURE];
    /// Python's `max(a, b)` on floats: `b` if `b > a`, else `a`.
    MaxFloat "max_float" (a: float, b: float) -> float [PURE];
    /// Python's `min(a, b)` on ints.
    MinInt "min_int" (a: int, b: int) -> int [PURE, COMMUTATIVE];
    /// Python's `max(a, b)` on ints.
    MaxInt "max_int" (a: int, b: int) -> int [PURE, COMMUTATIVE];
    /// `abs(a)` on an int; exits for `i64::MIN` (a big int). Guard.
    AbsIntOvf "abs_int_ovf" (a: int) -> int [GUARD, OVF];
    /// `math.sqrt(a)`; exits when `a < 0` (ValueError). Guard.
    SqrtFloat "sqrt_float" (a: float) -> float [GUARD];
    /// `math.<name>(a)` by the C-ABI function at address `func`
    /// (`runtime::modules::math::compiled_float_function`); exits when `a` or the result is
    /// not finite (the module may raise there, or return NaN). Guard.
    MathFloat "math_float" (a: float, func: imm_int) -> float [GUARD];
    /// Rounds toward negative infinity, staying a float (`math.floor` is this then `float_to_int`).
    FloorFloat "floor_float" (a: float) -> float [PURE];
    /// `float(a)` of an int (round to nearest, as CPython).
    IntToFloat "int_to_float" (a: int) -> float [PURE];
    /// `int(a)` of a float (truncation); exits for NaN, infinities and values outside i64. Guard.
    FloatToInt "float_to_int" (a: float) -> int [GUARD];

    /// `a < b` on floats (false when either is NaN).
    LtFloat "lt_float" (a: float, b: float) -> bool [PURE];
    /// `a <= b` on floats.
    LeFloat "le_float" (a: float, b: float) -> bool [PURE];
    /// `a > b` on floats.
    GtFloat "gt_float" (a: float, b: float) -> bool [PURE];
    /// `a >= b` on floats.
    GeFloat "ge_float" (a: float, b: float) -> bool [PURE];
    /// `a == b` on floats.
    EqFloat "eq_float" (a: float, b: float) -> bool [PURE, COMMUTATIVE];
    /// `a != b` on floats (true when either is NaN).
    NeFloat "ne_float" (a: float, b: float) -> bool [PURE, COMMUTATIVE];

    /// `not a`.
    NotBool "not_bool" (a: bool) -> bool [PURE];
    /// Exits unless `cond` is true (a branch that went the recorded way). Guard.
    GuardTrue "guard_true" (cond: bool) -> void [GUARD];
    /// Exits unless `cond` is false. Guard.
    GuardFalse "guard_false" (cond: bool) -> void [GUARD];
    /// Exits unless `lo <= x <= hi`. The recorder puts one on a small int a loop reads on
    /// entry, so that `guard_elim` can prove the loop's arithmetic cannot overflow; the
    /// loop body's copies that it cannot prove are dropped (they would only cost). Guard.
    GuardRange "guard_range" (x: int, lo: imm_int, hi: imm_int) -> void [GUARD];
    /// Exits when a helper left a pending exception in the `JitContext`. Guard and effect
    /// (it reads state that calls change, so it is never merged or moved).
    GuardNoException "guard_no_exception" () -> void [GUARD, EFFECT];

    /// The number of elements of the list `list` (-1 when it is not a list, or busy). Load:
    /// CSE'd until an op that may resize a list (`list.append`, an inner trace).
    ListLength "list_length" (list: value) -> int [LOAD];
    /// The address of the list's element array (`[Value]`, 16 bytes each), valid until an
    /// op that may resize a list. Load; used only after an index check against
    /// `list_length`.
    ListItems "list_items" (list: value) -> int [LOAD];
    /// The address of an instance's attribute array (`[Value]`) when it still has the shape
    /// at address `shape` (which implies its class: shapes are per class) and no
    /// `__dict__`, else 0. `class` is the class the recorder saw (its `Rc::as_ptr`). The
    /// recorder puts a `class_is_plain` guard on that class before it, so the lowering
    /// checks only the instance. Load: the shape and the array change only when Python code
    /// adds or deletes attributes.
    AttrItems "attr_items" (obj: value, shape: imm_int, class: imm_int) -> int [LOAD];
    /// Whether the class at `class` (an `Rc::as_ptr`, kept alive by the trace) is plain:
    /// no properties, `__slots__`, `__setattr__` or `__getattribute__` (`Class::is_plain`),
    /// read from its cache while the class epoch is current. Load: only Python code changes
    /// a class, so it is CSE'd and hoisted until an op that runs Python code.
    ClassIsPlain "class_is_plain" (class: imm_int) -> bool [LOAD];
    /// The number the class at `class` (an `Rc::as_ptr` the trace keeps alive) binds, along
    /// its MRO, to the name of `len` bytes at `name` (a `str` the trace keeps alive), or
    /// unbound when it binds none, or something else than an int, float or bool. Load: only
    /// Python code rebinds a class attribute.
    ClassAttr "class_attr" (class: imm_int, name: imm_int, len: imm_int) -> value [LOAD];
    /// Whether `module` is the module value whose payload word is `module_word`, and that
    /// module's slots (the `RefCell<Vec<Value>>` at address `slots`) still hold at `slot`
    /// the native function whose payload word is `function` (`math.sqrt` not rebound).
    /// Load: only Python code rebinds a module attribute, so it is CSE'd and hoisted until
    /// an op that runs Python code or an inner trace.
    ModuleAttrIs "module_attr_is" (module: value, module_word: imm_int, slots: imm_int, slot: imm_int, function: imm_int) -> bool [LOAD];
    /// The version of the class at `class` (an `Rc::as_ptr` the trace keeps alive):
    /// `Class::version`, bumped whenever its namespace changes in a way a lookup could see.
    /// An inlined method stays the one its receiver's class gives while the classes its
    /// lookup went through keep the versions seen when recording. Load: only Python code
    /// changes a class, so it is CSE'd and hoisted until an op that runs Python code.
    ClassVersion "class_version" (class: imm_int) -> int [LOAD];
    /// The address of the item array of `t` when it is a tuple of exactly `n` items (`n` is
    /// 1 or 2: such a tuple keeps its items inline), else 0; `load_elem` reads the items
    /// there. Load (a tuple never changes, but the value is only known to be one after a
    /// tag guard, and the address only lives as long as the value).
    TupleItems "tuple_items" (t: value, n: imm_int) -> int [LOAD];
    /// The element at `index` of the array at `items` (a borrowed bitwise copy, used only
    /// after a tag guard). Load: CSE'd until a store to an element.
    LoadElem "load_elem" (items: int, index: int) -> value [LOAD];
    /// Writes an immediate into the element at `index` of the array at `items`; the old
    /// element was guarded to be an immediate (nothing to release). Effect.
    StoreElem "store_elem" (items: int, index: int, v: value) -> void [EFFECT];
    /// The address of the position (a `usize`) of `it` when it is an iterator over a list
    /// (and not busy), else 0. Load: an iterator keeps its list and where its position is
    /// for life; forgotten at ops that run Python code.
    ListIterPos "list_iter_pos" (it: value) -> int [LOAD];
    /// The list the list iterator `it` walks (a borrowed copy), or unbound when `it` is not
    /// a list iterator. Load, as `list_iter_pos`.
    ListIterList "list_iter_list" (it: value) -> value [LOAD];
    /// The address of the count (an `i64`) of `it` when it is an `enumerate` iterator (and
    /// not busy), else 0. Load, as `list_iter_pos`; `load_iter_pos` and `store_iter_pos`
    /// read and write the count there.
    EnumCountAddr "enum_count_addr" (it: value) -> int [LOAD];
    /// The iterator an `enumerate` iterator `it` draws from (a borrowed copy), or unbound
    /// when `it` is not one. Load, as `list_iter_pos`.
    EnumInner "enum_inner" (it: value) -> value [LOAD];
    /// The `k`th iterator a `zip` iterator `it` draws from (a borrowed copy), or unbound
    /// when `it` is not a `zip` of more than `k`. Load, as `list_iter_pos`.
    ZipInner "zip_inner" (it: value, k: imm_int) -> value [LOAD];
    /// The position stored at `addr` (a `list_iter_pos` address). Load: CSE'd until a
    /// `store_iter_pos`.
    LoadIterPos "load_iter_pos" (addr: int) -> int [LOAD];
    /// Advances a list iterator: writes `pos` at `addr` (a `list_iter_pos` address). Effect.
    StoreIterPos "store_iter_pos" (addr: int, pos: int) -> void [EFFECT];
    /// Stores a fresh iterator over the list (or str) `list` into `slot` (a counted store:
    /// the slot owns it, its old value is released): what `for x in a_list` does before its
    /// first header, for an inner loop an outer trace runs. Effect.
    StoreListIter "store_list_iter" (slot: slot, list: value) -> void [EFFECT];
    /// Stores a fresh iterator over part `part` (`trace_calls::part_code`: keys, values,
    /// items) of the dict `dict` into `slot`, as `store_list_iter` does for a list: what
    /// `for k, v in d.items()` does before its first header, for an inner loop. Effect.
    StoreDictIter "store_dict_iter" (slot: slot, dict: value, part: imm_int) -> void [EFFECT];
    /// `name = str(n)` for an int `n` (a boxed value): stores a new str of its digits into
    /// `slot` (a counted store; the old value is released). Effect.
    StoreIntStr "store_int_str" (slot: slot, n: value) -> void [EFFECT];
    /// `slot += rhs` for a str in the frame slot and a str `rhs`
    /// (`trace_calls::str_append_addr`): true when appended; nothing changed otherwise.
    StrAppend "str_append" (slot: slot, rhs: value) -> bool [EFFECT];
    /// Runs the compiled trace of an inner loop at address `entry` on this trace's slots
    /// (nested loops): true when it left through one of its loop-end exits `ends` (const
    /// ints), else its exit id is noted in the context for the driver. Writes slots; the
    /// emitter forgets every slot load at it. Effect.
    CallTrace "call_trace" (entry: imm_int, ends: args) -> bool [EFFECT];
    /// A residual call (`residual::call_python`): runs the call the `ResidualSite` at address
    /// `site` describes on the interpreter, with `args` (boxed values, borrowed), writing
    /// the entry's globals to the module before and reading them back after. True when the
    /// call returned (its result dropped); false when it raised (pending in the context) or
    /// was declined (nothing happened). The emitter forgets every slot and heap load at it.
    /// Effect.
    CallPython "call_python" (site: imm_int, args: args) -> bool [EFFECT];
    /// `call_python` storing the call's result into `slot` (a counted store). Effect.
    CallPythonInto "call_python_into" (slot: slot, site: imm_int, args: args) -> bool [EFFECT];
    /// Runs the statement the `StmtSite` at address `site` names in the interpreter
    /// (`residual::exec_python`), on the frame, after copying the entry's slots (locals and
    /// globals) to it; reads them back after. True when it ran, false when it raised
    /// (pending in the context). The emitter forgets every slot and heap load at it. Effect.
    ExecPython "exec_python" (site: imm_int) -> bool [EFFECT];
    /// Evaluates the test of the `if` statement the `StmtSite` at `site` names in the
    /// interpreter, like `exec_python`: 0 (false), 1 (true) or 2 (raised, pending in the
    /// context). Effect.
    EvalPythonTest "eval_python_test" (site: imm_int) -> int [EFFECT];
    /// libm's `pow(a, b)`, the function CPython's float `**` calls; the recorder emits it
    /// only where CPython's `float_pow` reduces to that call (see `recorder/expr.rs`).
    /// Exits when the result is infinite (CPython raises there). Guard.
    PowFloat "pow_float" (a: float, b: float) -> float [GUARD];
    /// `a if c else b` on ints, with both computed (if-conversion of a small pure `if`).
    SelectInt "select_int" (c: bool, a: int, b: int) -> int [PURE];
    /// `a if c else b` on floats.
    SelectFloat "select_float" (c: bool, a: float, b: float) -> float [PURE];
    /// `a if c else b` on bools.
    SelectBool "select_bool" (c: bool, a: bool, b: bool) -> bool [PURE];
    /// A residual call: `helper(ctx, args…)`, typed by the helper's declaration. Effect.
    CallHelper "call_helper" (helper: helper, args: args) -> helper [EFFECT];

    /// The loop header: the preamble ends here and the loop body starts.
    Loop "loop" () -> void [CONTROL];
    /// A loop-carried value: `init` on entry, then the `jump` argument at its position.
    Phi "phi" (init: any) -> operand [CONTROL];
    /// The end of a side trace (a trace of the rest of an iteration, run when a guard of
    /// its parent fails): leaves through its snapshot, which writes what the iteration
    /// assigned; the parent then starts its next iteration. Last, in a trace without `loop`
    /// or `jump`.
    Exit "exit" () -> void [CONTROL];
    /// The back edge: polls the interrupt flag (leaving through its snapshot when set), then
    /// starts the next iteration with `args` as the phis' values (recorded form: no args,
    /// and the snapshot is written back to the slots first).
    Jump "jump" (args: args) -> void [CONTROL];
}

/// One instruction: an op, its result type and, for guards and `jump`, its snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    pub op: Op,
    pub ty: Type,
    pub snap: Option<SnapshotId>,
}

/// A helper a trace may call: an `extern "C"` function taking `*mut JitContext` first, then
/// the params (`int` as i64, `float` as f64, `bool` as u8, `value` as `*const Value`), and
/// returning `ret` (a `value` result is written through a final `*mut Value` out-pointer).
#[derive(Clone, Debug, PartialEq)]
pub struct Helper {
    pub name: String,
    pub params: Vec<Type>,
    pub ret: Type,
    /// The function's address; `None` until resolved (textual tests that never run code).
    pub addr: Option<usize>,
}

/// A trace: instructions, their snapshots and the helpers they call.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    pub insts: PrimaryMap<IrRef, Inst>,
    pub snapshots: PrimaryMap<SnapshotId, Snapshot>,
    pub helpers: PrimaryMap<HelperId, Helper>,
}

impl Trace {
    pub fn new() -> Trace {
        Trace::default()
    }

    /// The result type `op` has in this trace (`Void` when an operand is out of range; the
    /// verifier reports that).
    pub fn result_type(&self, op: &Op) -> Type {
        match op.result_kind() {
            ResultKind::Fixed(ty) => ty,
            ResultKind::FromOperand => {
                let mut ty = Type::Void;
                op.for_each_ref(|r| {
                    if ty == Type::Void {
                        ty = self.insts.get(r).map_or(Type::Void, |inst| inst.ty);
                    }
                });
                ty
            }
            ResultKind::FromHelper => match op {
                Op::CallHelper(h, _) => self.helpers.get(*h).map_or(Type::Void, |helper| helper.ret),
                _ => Type::Void,
            },
        }
    }

    /// Appends an instruction as is (no folding: use `opt::Emitter` for that).
    pub fn push(&mut self, op: Op, snap: Option<SnapshotId>) -> IrRef {
        let ty = self.result_type(&op);
        self.insts.push(Inst { op, ty, snap })
    }

    /// Adds a snapshot (see `Snapshot::new` for the entry order).
    pub fn add_snapshot(&mut self, snapshot: Snapshot) -> SnapshotId {
        self.snapshots.push(snapshot)
    }

    /// Declares a helper the trace may call.
    pub fn add_helper(&mut self, helper: Helper) -> HelperId {
        self.helpers.push(helper)
    }

    /// Fills in helper addresses by name; returns the names `resolve` did not know.
    pub fn resolve_helpers(&mut self, resolve: impl Fn(&str) -> Option<usize>) -> Vec<String> {
        let mut missing = Vec::new();
        for helper in self.helpers.values_mut() {
            helper.addr = resolve(&helper.name);
            if helper.addr.is_none() {
                missing.push(helper.name.clone());
            }
        }
        missing
    }

    /// The `loop` marker, if the trace is in peeled form.
    pub fn loop_marker(&self) -> Option<IrRef> {
        self.insts.iter().find(|(_, inst)| matches!(inst.op, Op::Loop())).map(|(r, _)| r)
    }

    /// The `phi`s after the `loop` marker, in order.
    pub fn phis(&self) -> Vec<IrRef> {
        let Some(marker) = self.loop_marker() else { return Vec::new() };
        self.insts
            .iter()
            .skip(marker.as_u32() as usize + 1)
            .take_while(|(_, inst)| matches!(inst.op, Op::Phi(_)))
            .map(|(r, _)| r)
            .collect()
    }

    /// The number of guards (for logs and stats).
    pub fn n_guards(&self) -> usize {
        self.insts.values().filter(|inst| inst.op.flags().contains(OpFlags::GUARD)).count()
    }

    /// The textual form (see `display.rs`).
    pub fn to_text(&self) -> String {
        display::print(self)
    }
}

impl std::fmt::Display for Trace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_text())
    }
}

/// The textual name of a tag, as `guard_tag` prints it.
pub fn tag_name(tag: Tag) -> &'static str {
    match tag {
        Tag::Unbound => "unbound",
        Tag::None => "none",
        Tag::Bool => "bool",
        Tag::Int => "int",
        Tag::Float => "float",
        Tag::BigInt => "bigint",
        Tag::Str => "str",
        Tag::List => "list",
        Tag::Tuple => "tuple",
        Tag::Dict => "dict",
        Tag::Set => "set",
        Tag::Function => "function",
        Tag::Native => "native",
        Tag::BoundMethod => "bound_method",
        Tag::Class => "class",
        Tag::Instance => "instance",
        Tag::Range => "range",
        Tag::Other => "other",
    }
}

/// Every tag, in tag-number order.
pub const ALL_TAGS: [Tag; 18] = [
    Tag::Unbound,
    Tag::None,
    Tag::Bool,
    Tag::Int,
    Tag::Float,
    Tag::BigInt,
    Tag::Str,
    Tag::List,
    Tag::Tuple,
    Tag::Dict,
    Tag::Set,
    Tag::Function,
    Tag::Native,
    Tag::BoundMethod,
    Tag::Class,
    Tag::Instance,
    Tag::Range,
    Tag::Other,
];

const _: () = assert!(ALL_TAGS[Tag::Other as usize] as u8 == Tag::Other as u8);

/// True for the tags whose `Value`s own no heap reference: compiled code may copy and
/// overwrite them without reference counting.
pub fn is_immediate_tag(tag: Tag) -> bool {
    matches!(tag, Tag::None | Tag::Bool | Tag::Int | Tag::Float)
}
