//! Typing a pure function for the compiler: walks a function's executable tree
//! (`runtime::code`) with its parameters' types and produces a typed tree (`TStmt`,
//! `TExpr`) in which every operation names the machine types it works on, or a refusal in
//! Python terms (`` `while` loop in `f` ``, `` `x` is int, then float at line 7 ``).
//!
//! A *group* is the root specialization plus every specialization its calls reach,
//! checked depth-first. A recursive call's result type comes from a pre-pass that skips
//! the returns depending on calls still being checked (`fib`'s `return n` says int), and
//! the full pass then checks every return against it.
//!
//! Invariant: a typed tree only reads locals that are definitely assigned, gives each local
//! one type, returns on every path, and contains no operation with an effect: only
//! arithmetic, comparisons, branches, calls of specializations in the same group, and
//! building and unpacking tuples (a new tuple is not visible to Python until returned).

use lang::ast::{BinOp, CmpOp, UnaryOp};
use runtime::code::{Block, Code, Elt, Expr, ExprKind, StmtKind, Target};
use runtime::module::ModuleObj;
use runtime::object::function::Function;
use runtime::Value;
use std::rc::Rc;

/// The machine type of a typed value: `int` is i64, `float` f64, `bool` i8 (0 or 1), and
/// `object` (None or any heap object: a tuple, a str…) one word holding a reference that
/// compiled code owns (`codegen/objects.rs` has its encoding). Compiled code does nothing
/// with an object but pass it around, build tuples, unpack tuples and test `is`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Float,
    Bool,
    Obj,
}

impl Ty {
    /// The type of an argument value, if compiled code can take it.
    pub fn of(v: &Value) -> Option<Ty> {
        match v {
            Value::Int(_) => Some(Ty::Int),
            Value::Float(_) => Some(Ty::Float),
            Value::Bool(_) => Some(Ty::Bool),
            Value::Unbound => None,
            _ => Some(Ty::Obj),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::Obj => "object",
        }
    }
}

/// A specialization's identity: the code object and the argument types.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SpecKey {
    pub code: usize,
    pub args: Vec<Ty>,
}

impl SpecKey {
    pub fn new(code: &Rc<Code>, args: Vec<Ty>) -> SpecKey {
        SpecKey { code: Rc::as_ptr(code) as usize, args }
    }
}

/// Int operations; `Add`, `Sub`, `Mul` and `LShift` bail on overflow, `FloorDiv` and `Mod`
/// on a zero divisor (and `MIN // -1`), shifts on a negative count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IntOp {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    BitAnd,
    BitOr,
    BitXor,
    LShift,
    RShift,
}

/// Float operations; `Div` bails on a zero divisor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FloatOp {
    Add,
    Sub,
    Mul,
    Div,
}

pub(crate) enum TExpr {
    Int(i64),
    Float(f64),
    Bool(bool),
    Local(u32, Ty),
    Int2(IntOp, Box<TExpr>, Box<TExpr>),
    Float2(FloatOp, Box<TExpr>, Box<TExpr>),
    /// `int / int`: bails unless both are exact as floats (|x| <= 2**53) and the divisor
    /// is not zero, where CPython's correctly rounded division is the float division.
    IntTrueDiv(Box<TExpr>, Box<TExpr>),
    ToFloat(Box<TExpr>),
    /// A comparison of two operands of the given type (int, float or bool).
    Cmp(CmpOp, Ty, Box<TExpr>, Box<TExpr>),
    Not(Box<TExpr>),
    /// An int or float's truth (`!= 0`).
    Truthy(Box<TExpr>),
    NegInt(Box<TExpr>),
    NegFloat(Box<TExpr>),
    InvertInt(Box<TExpr>),
    AbsInt(Box<TExpr>),
    AbsFloat(Box<TExpr>),
    MinInt(Box<TExpr>, Box<TExpr>),
    MaxInt(Box<TExpr>, Box<TExpr>),
    /// Short-circuit `and`/`or` of two bools.
    And(Box<TExpr>, Box<TExpr>),
    Or(Box<TExpr>, Box<TExpr>),
    /// `a if cond else b`: only the chosen branch runs.
    Cond(Box<TExpr>, Box<TExpr>, Box<TExpr>),
    /// A call of the group's specialization with this index.
    Call(usize, Vec<TExpr>),
    /// `None`, as an object.
    NoneConst,
    /// A constant heap object (a str, a tuple of constants, a big int).
    ObjConst(Value),
    /// A tuple of the values, in order (an object).
    Tuple(Vec<TExpr>),
    /// `a is b` (`a is not b` when the flag is set) on two objects: the same reference.
    Is(bool, Box<TExpr>, Box<TExpr>),
}

impl TExpr {
    /// How many times the local `slot` is read in this expression (both arms of a
    /// conditional counted).
    pub(crate) fn reads_of(&self, slot: u32) -> usize {
        match self {
            TExpr::Local(s, _) => usize::from(*s == slot),
            TExpr::Int(_) | TExpr::Float(_) | TExpr::Bool(_) | TExpr::NoneConst | TExpr::ObjConst(_) => 0,
            TExpr::ToFloat(a)
            | TExpr::Not(a)
            | TExpr::Truthy(a)
            | TExpr::NegInt(a)
            | TExpr::NegFloat(a)
            | TExpr::InvertInt(a)
            | TExpr::AbsInt(a)
            | TExpr::AbsFloat(a) => a.reads_of(slot),
            TExpr::Int2(_, a, b)
            | TExpr::Float2(_, a, b)
            | TExpr::IntTrueDiv(a, b)
            | TExpr::Cmp(_, _, a, b)
            | TExpr::MinInt(a, b)
            | TExpr::MaxInt(a, b)
            | TExpr::And(a, b)
            | TExpr::Or(a, b)
            | TExpr::Is(_, a, b) => a.reads_of(slot) + b.reads_of(slot),
            TExpr::Cond(c, a, b) => c.reads_of(slot) + a.reads_of(slot) + b.reads_of(slot),
            TExpr::Call(_, args) | TExpr::Tuple(args) => args.iter().map(|a| a.reads_of(slot)).sum(),
        }
    }

    pub(crate) fn ty(&self, specs: &[Spec]) -> Ty {
        match self {
            TExpr::Int(_) | TExpr::Int2(..) | TExpr::NegInt(_) | TExpr::InvertInt(_) | TExpr::AbsInt(_) => Ty::Int,
            TExpr::MinInt(..) | TExpr::MaxInt(..) => Ty::Int,
            TExpr::Float(_) | TExpr::Float2(..) | TExpr::IntTrueDiv(..) | TExpr::ToFloat(_) => Ty::Float,
            TExpr::NegFloat(_) | TExpr::AbsFloat(_) => Ty::Float,
            TExpr::Bool(_) | TExpr::Cmp(..) | TExpr::Not(_) | TExpr::Truthy(_) | TExpr::And(..) | TExpr::Or(..) => {
                Ty::Bool
            }
            TExpr::Local(_, t) => *t,
            TExpr::NoneConst | TExpr::ObjConst(_) | TExpr::Tuple(_) => Ty::Obj,
            TExpr::Is(..) => Ty::Bool,
            TExpr::Cond(_, a, _) => a.ty(specs),
            TExpr::Call(i, _) => specs[*i].ret,
        }
    }
}

pub(crate) enum TStmt {
    Assign(u32, TExpr),
    /// Parallel assignment: every value is computed before any local changes.
    AssignAll(Vec<(u32, TExpr)>),
    If(TExpr, Vec<TStmt>, Vec<TStmt>),
    Return(TExpr),
    /// `a, b = t` of an object: bails unless it is a tuple of exactly that many items,
    /// each None or a heap object (the targets are objects).
    Unpack(Vec<u32>, TExpr),
}

/// One checked specialization.
pub struct Spec {
    pub code: Rc<Code>,
    pub module: Rc<ModuleObj>,
    pub args: Vec<Ty>,
    pub ret: Ty,
    /// Each local slot's one type (`None`: never assigned).
    pub(crate) locals: Vec<Option<Ty>>,
    pub(crate) body: Vec<TStmt>,
}

/// What the globals a group calls through must hold for its code to be valid.
pub enum Expected {
    Function(Rc<Function>),
    /// A builtin (`abs`) reached through an unbound global of that name.
    Unbound,
    /// A number the code uses as a constant (`MOD = 1_000_000_007`): an int, a float
    /// (compared by its bits) or a bool.
    Constant(Value),
}

/// A checked group: `specs[0]` is the root.
pub struct Group {
    pub specs: Vec<Spec>,
    pub globals: Vec<(Rc<ModuleObj>, u32, Expected)>,
}

/// The slots of `targets` when every one is a local.
fn all_locals(targets: &[Target]) -> Option<Vec<u32>> {
    let slots: Vec<u32> =
        targets.iter().filter_map(|t| if let Target::Local(s) = t { Some(*s) } else { None }).collect();
    (slots.len() == targets.len() && !slots.is_empty()).then_some(slots)
}

/// True when the int `c` converts to a float exactly (|c| <= 2**53).
fn exact_float(c: i64) -> bool {
    c.unsigned_abs() <= 1 << 53
}

/// Specializations a group may hold (a call graph wider than this is not compiled).
const MAX_GROUP: usize = 16;

/// Checks `root` for the argument types `args` and every specialization it calls.
/// `code` runs with globals `module` (a plain function's code: no closure).
pub fn check_group(code: &Rc<Code>, module: &Rc<ModuleObj>, args: Vec<Ty>) -> Result<Group, String> {
    callable(code, args.len())?;
    let mut builder = Builder { slots: Vec::new(), globals: Vec::new() };
    builder.slots.push(SpecSlot { code: code.clone(), module: module.clone(), args, ret: None, done: None });
    builder.check(0)?;
    let specs = builder
        .slots
        .into_iter()
        .map(|s| s.done.ok_or_else(|| "a call cycle was left unchecked".to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Group { specs, globals: builder.globals })
}

/// Whether `code` can be compiled when called with `n_args` positional arguments
/// (`plain_positional` also excludes closures: no cells or free variables).
fn callable(code: &Code, n_args: usize) -> Result<(), String> {
    let name = &code.name;
    if !code.plain_positional || code.is_generator || code.is_class_body {
        return Err(format!("`{name}` takes more than plain positional parameters"));
    }
    if n_args != code.params.positional.len() {
        return Err(format!("`{name}` is called with {n_args} of its {} parameters", code.params.positional.len()));
    }
    Ok(())
}

struct SpecSlot {
    code: Rc<Code>,
    module: Rc<ModuleObj>,
    args: Vec<Ty>,
    ret: Option<Ty>,
    done: Option<Spec>,
}

struct Builder {
    slots: Vec<SpecSlot>,
    globals: Vec<(Rc<ModuleObj>, u32, Expected)>,
}

impl Builder {
    fn check(&mut self, index: usize) -> Result<(), String> {
        let code = self.slots[index].code.clone();
        let name = code.name.clone();
        let mut pre = Walker::new(self, index, true);
        pre.block(&code.body)?;
        let mut rets = std::mem::take(&mut pre.rets);
        rets.dedup();
        let ret = match rets[..] {
            [t] => t,
            [] => return Err(format!("`{name}` returns no value whose type is known before its recursive calls")),
            _ => return Err(format!("`{name}` returns values of different types")),
        };
        self.slots[index].ret = Some(ret);
        let mut full = Walker::new(self, index, false);
        let (body, falls) = full.block(&code.body)?;
        if falls {
            return Err(format!("`{name}` can end without `return` (it would return None)"));
        }
        let locals = full.types;
        let slot = &mut self.slots[index];
        let (code, module, args) = (slot.code.clone(), slot.module.clone(), slot.args.clone());
        slot.done = Some(Spec { code, module, args, ret, locals, body });
        Ok(())
    }

    /// The index of `func`'s specialization for `args`, checked first if it is new.
    fn spec_for(&mut self, func: &Rc<Function>, args: Vec<Ty>) -> Result<usize, String> {
        let key = SpecKey::new(&func.code, args.clone());
        if let Some(i) = self.slots.iter().position(|s| SpecKey::new(&s.code, s.args.clone()) == key) {
            return Ok(i);
        }
        if self.slots.len() >= MAX_GROUP {
            return Err(format!("more than {MAX_GROUP} functions are called"));
        }
        callable(&func.code, args.len())?;
        let (code, module) = (func.code.clone(), func.module.clone());
        self.slots.push(SpecSlot { code, module, args, ret: None, done: None });
        let i = self.slots.len() - 1;
        self.check(i)?;
        Ok(i)
    }

    fn expect_global(&mut self, module: &Rc<ModuleObj>, slot: u32, expected: Expected) {
        let same = |(m, s, _): &(Rc<ModuleObj>, u32, Expected)| Rc::ptr_eq(m, module) && *s == slot;
        if !self.globals.iter().any(same) {
            self.globals.push((module.clone(), slot, expected));
        }
    }
}

/// Why an expression has no type: unknown yet (the pre-pass skips it) or refused.
enum NoType {
    Unknown,
    Refused(String),
}

impl From<String> for NoType {
    fn from(s: String) -> NoType {
        NoType::Refused(s)
    }
}

type Typed = Result<TExpr, NoType>;

struct Walker<'b> {
    builder: &'b mut Builder,
    code: Rc<Code>,
    module: Rc<ModuleObj>,
    /// The specialization being checked (its slot in the builder).
    index: usize,
    pre_pass: bool,
    types: Vec<Option<Ty>>,
    assigned: Vec<bool>,
    /// Pre-pass only: locals whose value depends on a call not typed yet.
    unknown: Vec<bool>,
    /// Pre-pass only: the types of the returns it could type.
    rets: Vec<Ty>,
    line: u32,
}

impl<'b> Walker<'b> {
    fn new(builder: &'b mut Builder, index: usize, pre_pass: bool) -> Walker<'b> {
        let (code, module) = (builder.slots[index].code.clone(), builder.slots[index].module.clone());
        let args = builder.slots[index].args.clone();
        let n = code.n_locals as usize;
        let mut types = vec![None; n];
        let mut assigned = vec![false; n];
        for (i, t) in args.iter().enumerate() {
            types[i] = Some(*t);
            assigned[i] = true;
        }
        let line = code.first_line;
        Walker {
            builder,
            code,
            module,
            index,
            pre_pass,
            types,
            assigned,
            unknown: vec![false; n],
            rets: Vec::new(),
            line,
        }
    }

    fn refuse<T>(&self, what: impl std::fmt::Display) -> Result<T, String> {
        Err(format!("{what} in `{}` (line {})", self.code.name, self.line))
    }

    fn no(&self, what: impl std::fmt::Display) -> NoType {
        NoType::Refused(format!("{what} in `{}` (line {})", self.code.name, self.line))
    }

    fn local_name(&self, slot: u32) -> String {
        self.code.local_names.get(slot as usize).map_or_else(|| format!("#{slot}"), |n| n.to_string())
    }

    /// Checks a block; returns its typed statements and whether control can fall out of it.
    fn block(&mut self, block: &Block) -> Result<(Vec<TStmt>, bool), String> {
        let mut out = Vec::new();
        for stmt in block {
            self.line = stmt.line;
            match &stmt.kind {
                StmtKind::Pass => {}
                StmtKind::Expr(Expr { kind: ExprKind::Const(_), .. }) => {}
                StmtKind::Assign { target: Target::Local(slot), value } => match self.value(value) {
                    Ok(e) => out.push(self.assign(*slot, e)?),
                    Err(NoType::Unknown) => self.assign_unknown(*slot),
                    Err(NoType::Refused(r)) => return Err(r),
                },
                StmtKind::AssignMulti { targets, value } if all_locals(targets).is_some() => {
                    // `x = y = e`: e once, then each target in turn.
                    let slots = all_locals(targets).unwrap_or_default();
                    match self.value(value) {
                        Ok(e) => {
                            out.push(self.assign(slots[0], e)?);
                            for &slot in &slots[1..] {
                                let t = self.types[slots[0] as usize].unwrap_or(Ty::Int);
                                out.push(self.assign(slot, TExpr::Local(slots[0], t))?);
                            }
                        }
                        Err(NoType::Unknown) => slots.iter().for_each(|&slot| self.assign_unknown(slot)),
                        Err(NoType::Refused(r)) => return Err(r),
                    }
                }
                StmtKind::Assign {
                    target: Target::Unpack { targets, star: None, .. },
                    value: Expr { kind: ExprKind::Tuple(values), .. },
                } if all_locals(targets).is_some_and(|t| t.len() == values.len()) => {
                    // `a, b = b, a + b`: every value first, then the stores (no tuple).
                    let slots = all_locals(targets).unwrap_or_default();
                    let mut typed = Vec::new();
                    let mut unknown = false;
                    for v in values {
                        match v {
                            Elt::One(e) => match self.value(e) {
                                Ok(e) => typed.push(e),
                                Err(NoType::Unknown) => unknown = true,
                                Err(NoType::Refused(r)) => return Err(r),
                            },
                            Elt::Star(_) => return self.refuse("`*` in a tuple"),
                        }
                    }
                    if unknown {
                        slots.iter().for_each(|&slot| self.assign_unknown(slot));
                    } else {
                        let mut stores = Vec::new();
                        for (slot, e) in slots.iter().zip(typed) {
                            match self.assign(*slot, e)? {
                                TStmt::Assign(slot, e) => stores.push((slot, e)),
                                _ => return self.refuse("an internal error"),
                            }
                        }
                        out.push(TStmt::AssignAll(stores));
                    }
                }
                StmtKind::Assign { target: Target::Unpack { targets, star: None, .. }, value }
                    if all_locals(targets).is_some() =>
                {
                    let slots = all_locals(targets).unwrap_or_default();
                    match self.value(value) {
                        Ok(e) if e.ty_in(self) == Ty::Obj => {
                            for &slot in &slots {
                                self.assign(slot, TExpr::NoneConst)?;
                            }
                            out.push(TStmt::Unpack(slots, e));
                        }
                        Ok(e) => return self.refuse(format!("unpacking {}", e.ty_in(self).name())),
                        Err(NoType::Unknown) => slots.iter().for_each(|&slot| self.assign_unknown(slot)),
                        Err(NoType::Refused(r)) => return Err(r),
                    }
                }
                StmtKind::AugAssign { target: Target::Local(slot), op, value } => {
                    let current = Expr { kind: ExprKind::Local(*slot), line: stmt.line };
                    match self.binary(*op, &current, value) {
                        Ok(e) => out.push(self.assign(*slot, e)?),
                        Err(NoType::Unknown) => self.assign_unknown(*slot),
                        Err(NoType::Refused(r)) => return Err(r),
                    }
                }
                StmtKind::Return(Some(value)) => {
                    match self.value(value) {
                        Ok(e) => {
                            let t = e.ty_in(self);
                            if self.pre_pass {
                                self.rets.push(t);
                            } else if Some(t) != self.builder.slots[self.index].ret {
                                return self.refuse(format!("a return of {}", t.name()));
                            }
                            out.push(TStmt::Return(e));
                        }
                        Err(NoType::Unknown) => {}
                        Err(NoType::Refused(r)) => return Err(r),
                    }
                    return Ok((out, false));
                }
                StmtKind::If { test, body, orelse } => {
                    let test = match self.test(test) {
                        Ok(t) => Some(t),
                        Err(NoType::Unknown) => None,
                        Err(NoType::Refused(r)) => return Err(r),
                    };
                    let before = (self.assigned.clone(), self.unknown.clone());
                    let (then, then_falls) = self.block(body)?;
                    let after_then = std::mem::replace(&mut self.assigned, before.0);
                    let unknown_then = std::mem::replace(&mut self.unknown, before.1);
                    let (other, else_falls) = self.block(orelse)?;
                    for (i, a) in self.assigned.iter_mut().enumerate() {
                        *a = match (then_falls, else_falls) {
                            (true, true) => *a && after_then[i],
                            (true, false) => after_then[i],
                            _ => *a,
                        };
                    }
                    for (u, t) in self.unknown.iter_mut().zip(unknown_then) {
                        *u |= t;
                    }
                    if let Some(test) = test {
                        out.push(TStmt::If(test, then, other));
                    }
                    if !then_falls && !else_falls {
                        return Ok((out, false));
                    }
                }
                StmtKind::While { .. } | StmtKind::For { .. } => return self.refuse("a loop"),
                StmtKind::Return(None) => return self.refuse("`return` without a value"),
                StmtKind::Expr(_) => return self.refuse("an expression statement"),
                StmtKind::Assign { .. } | StmtKind::AugAssign { .. } | StmtKind::AssignMulti { .. } => {
                    return self.refuse("an assignment to something else than a local")
                }
                _ => return self.refuse("a statement other than assignment, `if` or `return`"),
            }
        }
        Ok((out, true))
    }

    fn assign(&mut self, slot: u32, e: TExpr) -> Result<TStmt, String> {
        let t = e.ty_in(self);
        let i = slot as usize;
        match self.types[i] {
            Some(old) if old != t => {
                return self.refuse(format!("`{}` is {}, then {}", self.local_name(slot), old.name(), t.name()))
            }
            _ => self.types[i] = Some(t),
        }
        self.assigned[i] = true;
        self.unknown[i] = false;
        Ok(TStmt::Assign(slot, e))
    }

    fn assign_unknown(&mut self, slot: u32) {
        self.assigned[slot as usize] = true;
        self.unknown[slot as usize] = true;
    }

    /// An expression in a test position: its truth, as a bool.
    fn test(&mut self, e: &Expr) -> Typed {
        match &e.kind {
            ExprKind::And(a, b) => Ok(TExpr::And(Box::new(self.test(a)?), Box::new(self.test(b)?))),
            ExprKind::Or(a, b) => Ok(TExpr::Or(Box::new(self.test(a)?), Box::new(self.test(b)?))),
            ExprKind::Unary(UnaryOp::Not, a) => Ok(TExpr::Not(Box::new(self.test(a)?))),
            _ => {
                let v = self.value(e)?;
                match v.ty_in(self) {
                    Ty::Bool => Ok(v),
                    Ty::Int | Ty::Float => Ok(TExpr::Truthy(Box::new(v))),
                    Ty::Obj => Err(self.no("the truth of an object (only `is None` tests one)")),
                }
            }
        }
    }

    fn value(&mut self, e: &Expr) -> Typed {
        match &e.kind {
            ExprKind::Const(Value::Int(i)) => Ok(TExpr::Int(*i)),
            ExprKind::Const(Value::Float(x)) => Ok(TExpr::Float(*x)),
            ExprKind::Const(Value::Bool(b)) => Ok(TExpr::Bool(*b)),
            ExprKind::Const(Value::None) => Ok(TExpr::NoneConst),
            ExprKind::Tuple(elts) => {
                let mut items = Vec::with_capacity(elts.len());
                for elt in elts {
                    match elt {
                        Elt::One(e) => items.push(self.value(e)?),
                        Elt::Star(_) => return Err(self.no("`*` in a tuple")),
                    }
                }
                Ok(TExpr::Tuple(items))
            }
            ExprKind::Local(slot) => {
                let i = *slot as usize;
                if !self.assigned[i] {
                    return Err(self.no(format!("`{}` may be unbound", self.local_name(*slot))));
                }
                if self.unknown[i] {
                    return Err(NoType::Unknown);
                }
                match self.types[i] {
                    Some(t) => Ok(TExpr::Local(*slot, t)),
                    None => Err(NoType::Unknown),
                }
            }
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b),
            ExprKind::Unary(op, a) => {
                if *op == UnaryOp::Not {
                    return Ok(TExpr::Not(Box::new(self.test(a)?)));
                }
                let v = self.value(a)?;
                match (op, v.ty_in(self)) {
                    (UnaryOp::Neg, Ty::Int) => Ok(TExpr::NegInt(Box::new(v))),
                    (UnaryOp::Neg, Ty::Float) => Ok(TExpr::NegFloat(Box::new(v))),
                    (UnaryOp::Pos, Ty::Int | Ty::Float) => Ok(v),
                    (UnaryOp::Invert, Ty::Int) => Ok(TExpr::InvertInt(Box::new(v))),
                    (_, t) => Err(self.no(format!("a unary operator on {}", t.name()))),
                }
            }
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let (x, y) = (self.value(a)?, self.value(b)?);
                if x.ty_in(self) != Ty::Bool || y.ty_in(self) != Ty::Bool {
                    return Err(self.no("`and`/`or` of values other than bools"));
                }
                Ok(match e.kind {
                    ExprKind::And(..) => TExpr::And(Box::new(x), Box::new(y)),
                    _ => TExpr::Or(Box::new(x), Box::new(y)),
                })
            }
            ExprKind::Compare(first, rest) => {
                let mut left = self.value(first)?;
                let mut all: Option<TExpr> = None;
                for (i, (op, right)) in rest.iter().enumerate() {
                    let mut right = self.value(right)?;
                    // `x == 0` on a float: an int constant exact as a float compares alike.
                    match (&left, &right) {
                        (TExpr::Int(c), r) if exact_float(*c) && r.ty_in(self) == Ty::Float => {
                            left = TExpr::Float(*c as f64)
                        }
                        (l, TExpr::Int(c)) if exact_float(*c) && l.ty_in(self) == Ty::Float => {
                            right = TExpr::Float(*c as f64)
                        }
                        _ => {}
                    }
                    let (lt, rt) = (left.ty_in(self), right.ty_in(self));
                    if matches!(op, CmpOp::Is | CmpOp::IsNot) && lt == Ty::Obj && rt == Ty::Obj && rest.len() == 1 {
                        return Ok(TExpr::Is(*op == CmpOp::IsNot, Box::new(left), Box::new(right)));
                    }
                    let numbers = lt != Ty::Obj;
                    if lt != rt || !numbers || matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) {
                        let what = format!("`{}` between {} and {}", op.symbol(), lt.name(), rt.name());
                        return Err(self.no(what));
                    }
                    // A chain's middle operands are pure, so evaluating them twice is safe.
                    let next_left = if i + 1 < rest.len() { Some(self.value(&rest[i].1)?) } else { None };
                    let cmp = TExpr::Cmp(*op, lt, Box::new(left), Box::new(right));
                    all = Some(match all {
                        None => cmp,
                        Some(prev) => TExpr::And(Box::new(prev), Box::new(cmp)),
                    });
                    match next_left {
                        Some(n) => left = n,
                        None => break,
                    }
                }
                all.ok_or_else(|| NoType::Refused("an empty comparison".into()))
            }
            ExprKind::IfExp(cond, a, b) => {
                let cond = self.test(cond)?;
                let (a, b) = match (self.value(a), self.value(b)) {
                    (Ok(a), Ok(b)) => (a, b),
                    // `x if done else f(…)`: the pre-pass needs only the known branch's type.
                    (Ok(known), Err(NoType::Unknown)) | (Err(NoType::Unknown), Ok(known)) if self.pre_pass => {
                        return Ok(known)
                    }
                    (Err(e), _) | (_, Err(e)) => return Err(e),
                };
                if a.ty_in(self) != b.ty_in(self) {
                    return Err(self.no("a conditional expression of two types"));
                }
                Ok(TExpr::Cond(Box::new(cond), Box::new(a), Box::new(b)))
            }
            ExprKind::Call(call) => self.call(call),
            ExprKind::Global(slot) | ExprKind::GlobalOrBuiltin(slot, _) => {
                // A global holding a number is compiled in as a constant; every entry
                // checks it still holds that number (compiled code cannot change it).
                let module = self.module.clone();
                let now = module.slots.try_borrow().ok().and_then(|g| g.get(*slot as usize).cloned());
                let constant = match &now {
                    Some(Value::Int(i)) => TExpr::Int(*i),
                    Some(Value::Float(x)) => TExpr::Float(*x),
                    Some(Value::Bool(b)) => TExpr::Bool(*b),
                    _ => return Err(self.no("a read of a module global that is not an int, float or bool")),
                };
                if let Some(v) = now {
                    self.builder.expect_global(&module, *slot, Expected::Constant(v));
                }
                Ok(constant)
            }
            ExprKind::Const(v) if Ty::of(v) == Some(Ty::Obj) => Ok(TExpr::ObjConst(v.clone())),
            ExprKind::Const(_) => Err(self.no("a constant other than a number, None or an object")),
            _ => Err(self.no("an expression other than arithmetic, comparisons, calls and tuples")),
        }
    }

    fn binary(&mut self, op: BinOp, a: &Expr, b: &Expr) -> Typed {
        let (x, y) = (self.value(a)?, self.value(b)?);
        let (tx, ty) = (x.ty_in(self), y.ty_in(self));
        let int_op = match op {
            BinOp::Add => Some(IntOp::Add),
            BinOp::Sub => Some(IntOp::Sub),
            BinOp::Mult => Some(IntOp::Mul),
            BinOp::FloorDiv => Some(IntOp::FloorDiv),
            BinOp::Mod => Some(IntOp::Mod),
            BinOp::BitAnd => Some(IntOp::BitAnd),
            BinOp::BitOr => Some(IntOp::BitOr),
            BinOp::BitXor => Some(IntOp::BitXor),
            BinOp::LShift => Some(IntOp::LShift),
            BinOp::RShift => Some(IntOp::RShift),
            _ => None,
        };
        let float_op = match op {
            BinOp::Add => Some(FloatOp::Add),
            BinOp::Sub => Some(FloatOp::Sub),
            BinOp::Mult => Some(FloatOp::Mul),
            BinOp::Div => Some(FloatOp::Div),
            _ => None,
        };
        let float = |e: TExpr, t: Ty| if t == Ty::Int { TExpr::ToFloat(Box::new(e)) } else { e };
        match (tx, ty) {
            (Ty::Int, Ty::Int) if op == BinOp::Div => Ok(TExpr::IntTrueDiv(Box::new(x), Box::new(y))),
            (Ty::Int, Ty::Int) if int_op.is_some() => {
                Ok(TExpr::Int2(int_op.unwrap_or(IntOp::Add), Box::new(x), Box::new(y)))
            }
            (Ty::Int | Ty::Float, Ty::Int | Ty::Float) if float_op.is_some() => {
                Ok(TExpr::Float2(float_op.unwrap_or(FloatOp::Add), Box::new(float(x, tx)), Box::new(float(y, ty))))
            }
            _ => {
                let what = format!("`{}` on {} and {}", op.symbol(), tx.name(), ty.name());
                Err(self.no(what))
            }
        }
    }

    fn call(&mut self, call: &runtime::code::Call) -> Typed {
        if !call.simple {
            return Err(self.no("a call with keywords or unpacking"));
        }
        let mut args = Vec::new();
        for a in &call.args {
            match a {
                Elt::One(e) => args.push(self.value(e)?),
                Elt::Star(_) => return Err(self.no("`*` in a call")),
            }
        }
        let module = self.module.clone();
        let (slot, builtin) = match &call.func.kind {
            ExprKind::Global(slot) => (Some(*slot), None),
            ExprKind::GlobalOrBuiltin(slot, b) => (Some(*slot), Some(b.clone())),
            ExprKind::Builtin(b) => (None, Some(b.clone())),
            _ => return Err(self.no("a call of something other than a global function")),
        };
        let bound = slot.and_then(|s| module.slots.try_borrow().ok().and_then(|g| g.get(s as usize).cloned()));
        match (bound, builtin) {
            (Some(Value::Function(f)), _) => {
                let types: Vec<Ty> = args.iter().map(|a| a.ty_in(self)).collect();
                let index = self.builder.spec_for(&f, types)?;
                if let Some(s) = slot {
                    self.builder.expect_global(&module, s, Expected::Function(f.clone()));
                }
                match self.builder.slots[index].ret {
                    Some(_) => Ok(TExpr::Call(index, args)),
                    None if self.pre_pass => Err(NoType::Unknown),
                    None => Err(self.no(format!("mutually recursive calls of `{}`", f.code.name))),
                }
            }
            (None | Some(Value::Unbound), Some(Value::Native(n))) => {
                if let Some(s) = slot {
                    self.builder.expect_global(&module, s, Expected::Unbound);
                }
                self.builtin(&n.name, args)
            }
            _ => Err(self.no("a call of something other than a plain function, `abs`, `min` or `max`")),
        }
    }

    fn builtin(&mut self, name: &str, mut args: Vec<TExpr>) -> Typed {
        let types: Vec<Ty> = args.iter().map(|a| a.ty_in(self)).collect();
        let b = |e: TExpr| Box::new(e);
        match (name, &types[..]) {
            ("abs", [Ty::Int]) => Ok(TExpr::AbsInt(b(args.remove(0)))),
            ("abs", [Ty::Float]) => Ok(TExpr::AbsFloat(b(args.remove(0)))),
            ("min" | "max", [Ty::Int, Ty::Int]) => {
                let (x, y) = (args.remove(0), args.remove(0));
                Ok(if name == "min" { TExpr::MinInt(b(x), b(y)) } else { TExpr::MaxInt(b(x), b(y)) })
            }
            _ => Err(self.no(format!("a call of `{name}`"))),
        }
    }
}

impl TExpr {
    /// The type, with call results looked up in the group being built.
    fn ty_in(&self, w: &Walker) -> Ty {
        match self {
            TExpr::Call(i, _) => w.builder.slots[*i].ret.unwrap_or(Ty::Int),
            TExpr::Cond(_, a, _) => a.ty_in(w),
            _ => self.ty(&[]),
        }
    }
}
