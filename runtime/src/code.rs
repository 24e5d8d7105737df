//! The executable tree: the AST after name resolution, as the interpreter runs it.
//!
//! Every name is already a slot: a frame local (`Local`), a closure cell (`Deref`), a module
//! global (`Global`), a builtin (`Builtin`), or, in a class body, a namespace entry
//! (`ClassName`). Constants are already `Value`s. Every statement knows its line.
//! Invariant: slot numbers are below the owning code's `n_locals` / cell count / module
//! slot count; the compiler (`compile/`) is the only producer of these nodes.
//! Invariant: each `For` owns a hidden local slot for its iterator and each loop a
//! `LoopId` unique within its code: the JIT's hooks key on them.

use crate::value::Value;
use lang::ast::{BinOp, CmpOp, UnaryOp};
use lang::SourceFile;
use std::cell::Cell;
use std::rc::Rc;

/// Index of a loop within one `Code`, for hotness counters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LoopId(pub u32);

pub struct Code {
    pub name: Rc<str>,
    pub qualname: String,
    pub file: Rc<SourceFile>,
    pub first_line: u32,
    pub params: ParamSpec,
    /// Frame slots: parameters first (in `ParamSpec` order), then other locals, then hidden
    /// slots (loop iterators, comprehension variables).
    pub n_locals: u32,
    /// Names of local slots, for `UnboundLocalError` messages (hidden slots have `""`).
    pub local_names: Vec<Rc<str>>,
    /// Cell variables of this scope (captured by nested functions).
    pub cell_names: Vec<Rc<str>>,
    /// Parameters that live in cells: (parameter slot, cell index) copied at entry.
    pub cell_params: Vec<(u32, u32)>,
    /// Free variables (cells of enclosing scopes), after the cell variables in the frame.
    pub free_names: Vec<Rc<str>>,
    pub body: Block,
    pub is_generator: bool,
    /// True when a call with `params.positional.len()` positional arguments and no keywords
    /// only copies them to the first slots: no `*args`, keyword-only parameters, `**kwargs`,
    /// cells or free variables, and not a generator or a class body (`Interp::call_plain`).
    pub plain_positional: bool,
    /// Class bodies keep names in a namespace dict instead of slots.
    pub is_class_body: bool,
    pub n_loops: u32,
    /// One hotness counter per loop (indexed by `LoopId`), owned by the JIT's hooks: the
    /// interpreter counts it down at each loop header and calls the hooks when it reaches
    /// 1 or 0 (see `Interp::loop_header`). Unused without hooks.
    pub loop_counters: Box<[Cell<u32>]>,
    /// The calls of this code (`plain_positional` ones) before the hooks are asked again,
    /// owned by the JIT's hooks like `loop_counters`: 0 means "not seen yet",
    /// `u32::MAX` "never ask" (see `Interp::function_entry`).
    pub call_counter: Cell<u32>,
    /// A docstring, as `__doc__`.
    pub doc: Option<Value>,
}

/// Where call arguments go: the parameter list of a `def` or `lambda`.
#[derive(Default)]
pub struct ParamSpec {
    /// Positional parameters (positional-only first), slots `0..positional.len()`.
    pub positional: Vec<Rc<str>>,
    pub n_posonly: u32,
    /// Keyword-only parameters, in the slots after the positional ones.
    pub kwonly: Vec<Rc<str>>,
    /// Slot of `*args`, if any (after the keyword-only slots).
    pub vararg: Option<u32>,
    /// Slot of `**kwargs`, if any (last).
    pub kwarg: Option<u32>,
    /// How many positional parameters have defaults (the last ones).
    pub n_defaults: u32,
}

pub type Block = Vec<Stmt>;

pub struct Stmt {
    pub kind: StmtKind,
    pub line: u32,
}

pub enum StmtKind {
    Expr(Expr),
    Assign {
        target: Target,
        value: Expr,
    },
    /// `a = b = value`: the value once, stored to each target left to right.
    AssignMulti {
        targets: Vec<Target>,
        value: Expr,
    },
    AugAssign {
        target: Target,
        op: BinOp,
        value: Expr,
    },
    If {
        test: Expr,
        body: Block,
        orelse: Block,
    },
    While {
        test: Expr,
        body: Block,
        orelse: Block,
        loop_id: LoopId,
    },
    For {
        target: Target,
        iter: Expr,
        body: Block,
        orelse: Block,
        iter_slot: u32,
        loop_id: LoopId,
    },
    Return(Option<Expr>),
    Break,
    Continue,
    Pass,
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Block,
        handlers: Vec<Handler>,
        orelse: Block,
        finalbody: Block,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    With {
        context: Expr,
        target: Option<Target>,
        body: Block,
    },
    Del(Vec<Target>),
    /// `import a.b as c` binds `c` to module `a.b`; `import a.b` binds `a`.
    Import {
        module: String,
        target: Target,
        bind_top: bool,
    },
    ImportFrom {
        module: String,
        names: Vec<(Rc<str>, Target)>,
    },
    /// `def`: makes the function and stores it (after applying decorators).
    FunctionDef(Box<FunctionDefNode>),
    ClassDef(Box<ClassDefNode>),
}

pub struct Handler {
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    pub target: Option<Target>,
    pub body: Block,
    pub line: u32,
}

pub struct FunctionDefNode {
    pub code: Rc<Code>,
    pub decorators: Vec<Expr>,
    pub defaults: Vec<Expr>,
    pub kwdefaults: Vec<(Rc<str>, Expr)>,
    /// Where each free variable of `code` comes from in the defining scope.
    pub closure: Vec<CellSource>,
    pub target: Target,
}

pub struct ClassDefNode {
    pub name: Rc<str>,
    pub bases: Vec<Expr>,
    pub keywords: Vec<(Rc<str>, Expr)>,
    pub body: Rc<Code>,
    pub closure: Vec<CellSource>,
    pub decorators: Vec<Expr>,
    pub target: Target,
}

/// A cell the defining scope hands to a new function: one of its own cells or one of its
/// free variables (both live in the frame's cell array).
#[derive(Clone, Copy, Debug)]
pub struct CellSource(pub u32);

pub enum Target {
    Local(u32),
    Deref(u32),
    Global(u32),
    ClassName(Rc<str>),
    Attr(Box<Expr>, Rc<str>),
    Subscript(Box<Expr>, Box<Expr>),
    /// `a, *b, c = …`: `star` is the index of the starred target.
    Unpack {
        targets: Vec<Target>,
        star: Option<usize>,
        line: u32,
    },
}

pub struct Expr {
    pub kind: ExprKind,
    pub line: u32,
}

pub enum ExprKind {
    Const(Value),
    Local(u32),
    Deref(u32),
    Global(u32),
    /// A module global that falls back to a builtin when unbound (`Global` slot, builtin).
    GlobalOrBuiltin(u32, Value),
    Builtin(Value),
    /// A name in a class body: the namespace, then globals, then builtins.
    ClassName(Rc<str>, Option<u32>),
    /// A name no scope binds: raises `NameError` when evaluated.
    Unresolved(Rc<str>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(Box<Call>),
    /// `obj.name(args)`: no bound method is built.
    CallMethod(Box<Expr>, Rc<str>, Box<Call>),
    Attr(Box<Expr>, Rc<str>, AttrCache),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Tuple(Vec<Elt>),
    List(Vec<Elt>),
    Set(Vec<Elt>),
    Dict(Vec<(Option<Expr>, Expr)>),
    /// List/set/dict comprehensions run inline: their variables are hidden local slots.
    Comprehension(Box<Comprehension>),
    /// A lambda or generator expression: makes a function (and, for a generator
    /// expression, calls it with the first iterable).
    MakeFunction(Box<FunctionDefNode>, bool),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    FString(Vec<FPart>),
}

/// A display element: `x` or `*x`.
pub enum Elt {
    One(Expr),
    Star(Expr),
}

pub struct Call {
    pub func: Expr,
    pub args: Vec<Elt>,
    pub kwargs: Vec<(Option<Rc<str>>, Expr)>,
    /// True when there is no `*x`/`**x` and no keyword: the fast path.
    pub simple: bool,
    /// For `obj.name(args)`: the method last found on a builtin type (unused by other calls).
    pub method: MethodCache,
}

impl Call {
    /// A call; `simple` when no argument is starred and none is a keyword.
    pub fn new(func: Expr, args: Vec<Elt>, kwargs: Vec<(Option<Rc<str>>, Expr)>) -> Call {
        let simple = kwargs.is_empty() && args.iter().all(|a| matches!(a, Elt::One(_)));
        Call { func, args, kwargs, simple, method: MethodCache::default() }
    }
}

/// The inline cache of a method call on a value of a builtin type (`parts.append(x)`,
/// `s.lower()`): the receiver's tag, the class epoch the entry was made in, and the native
/// method found. Only tags whose class is fixed (not sets, which are two classes, nor
/// instances, classes or other objects) are cached.
#[derive(Default)]
pub struct MethodCache {
    pub tag: Cell<u8>,
    pub epoch: Cell<u64>,
    pub func: Cell<Option<crate::object::function::NativeFn>>,
}

pub enum ComprehensionKind {
    List(Expr),
    Set(Expr),
    Dict(Expr, Expr),
}

pub struct Comprehension {
    pub kind: ComprehensionKind,
    pub generators: Vec<CompFor>,
}

pub struct CompFor {
    pub target: Target,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub iter_slot: u32,
}

pub enum FPart {
    Lit(Rc<str>),
    Expr { expr: Expr, conversion: Option<char>, spec: Option<Vec<FPart>> },
}

/// An inline cache for attribute loads on instances: the shape seen last and the slot of
/// the name in it. (The JIT reads it to specialise attribute access.)
#[derive(Default)]
pub struct AttrCache {
    pub shape: Cell<usize>,
    pub index: Cell<u32>,
    /// The class epoch the entry was made in (see `object::class::class_epoch`).
    pub epoch: Cell<u64>,
}

/// Fresh loop counters for a code with `n_loops` loops: 0 means "not seen by the hooks yet".
pub fn new_loop_counters(n_loops: u32) -> Box<[Cell<u32>]> {
    (0..n_loops).map(|_| Cell::new(0)).collect()
}
