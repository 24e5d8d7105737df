//! The abstract syntax tree: Python's own node set (CPython's `ast` module), trimmed to hyper's
//! subset. Every statement and expression carries the span of its source text.
//!
//! Invariant: the tree is exactly what the program says; no desugaring happens here (an `elif`
//! is an `If` in the `orelse` of its parent, as in CPython's `ast`). Name resolution and scope
//! analysis happen later, in the runtime's compiler.
//! Invariant: assignment targets (`Assign::targets`, `For::target`, `With` items, comprehension
//! targets, `Del`) have already been checked by the parser to be Name, Attribute, Subscript,
//! Tuple/List of targets, or (inside a Tuple/List) one Starred target.

use crate::source::Span;
use num_bigint::BigInt;

/// A whole file (or one REPL input).
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression statement: `f(x)`.
    Expr(Expr),
    /// `a = b = value`: one or more targets, assigned left to right.
    Assign { targets: Vec<Expr>, value: Expr },
    /// `target op= value`.
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `target: annotation [= value]`.
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr> },
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Del(Vec<Expr>),
    /// `if`/`elif`/`else`; an `elif` is a single `If` in `orelse`.
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    For { target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    Assert { test: Expr, msg: Option<Expr> },
    With { items: Vec<WithItem>, body: Vec<Stmt> },
    /// `import a`, `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from module import a, b as c` (`level` counts leading dots; hyper refuses level > 0).
    ImportFrom { module: String, names: Vec<Alias>, level: u32 },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
}

/// `def name(params) -> returns: body`, with its decorators (outermost first).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: String,
    pub params: Parameters,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    /// The span of the `def` line (the statement's span covers the whole body).
    pub header_span: Span,
}

/// A parameter list, in CPython's grouping.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parameters {
    /// Parameters before a `/`.
    pub posonly: Vec<Param>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Param>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// Parameters after `*` or `*args`.
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: String,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
    pub span: Span,
}

/// `class name(bases, keywords): body`, with its decorators.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub header_span: Span,
}

/// `except [type [as name]]: body`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `context [as target]` in a `with` statement.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `name [as asname]` in an import; `name` may be dotted (`collections.abc`).
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
    pub span: Span,
}

/// `arg=value` in a call or class header; `arg` is `None` for `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<String>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Name(String),
    Constant(Constant),
    /// An f-string: literal text and formatted holes, in order. Adjacent string literals that
    /// include an f-string become one `FString`.
    FString(Vec<FStringPart>),
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `a and b and c` (two or more values).
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `left op0 c0 op1 c1 …`; `ops.len() == comparators.len() >= 1`.
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    /// `body if test else orelse`.
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    Lambda { params: Box<Parameters>, body: Box<Expr> },
    /// `func(args, keywords)`; `args` may contain `Starred` for `*x`.
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    Attribute { value: Box<Expr>, attr: String },
    /// `value[index]`; `index` is a `Slice`, a `Tuple` (possibly of slices), or any expression.
    Subscript { value: Box<Expr>, index: Box<Expr> },
    /// `lower:upper:step`, only as (part of) a subscript index.
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
    /// `*value` in a display, a call's arguments or an assignment target.
    Starred(Box<Expr>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    /// `{k: v, **m}`: a `None` key is a `**m` unpacking.
    Dict(Vec<(Option<Expr>, Expr)>),
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    Ellipsis,
}

/// One piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Expr(FStringExpr),
}

/// `{expr!conversion:format_spec}`; `f"{x=}"` sets `debug_text` to `"x="` and, with no
/// conversion and no spec, a conversion of `'r'`, as CPython does.
#[derive(Clone, Debug, PartialEq)]
pub struct FStringExpr {
    pub expr: Box<Expr>,
    /// `Some('r')`, `Some('s')` or `Some('a')`.
    pub conversion: Option<char>,
    /// The format spec, itself an f-string (it may contain nested `{…}` holes).
    pub format_spec: Option<Vec<FStringPart>>,
    pub debug_text: Option<String>,
}

/// `for target in iter if cond1 if cond2` inside a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    /// The operator as written in source (`+`, `//`, …).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt { kind, span }
    }
}
