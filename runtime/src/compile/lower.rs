//! Lowering: AST to the executable tree, resolving every name to its slot.
//!
//! Invariant: the output refers to slots that exist: locals below the code's `n_locals`,
//! cells below its cell count, globals made in the module by `slot_of`.
//! Compile-time errors CPython raises as `SyntaxError` (`'return' outside function`,
//! `'break' outside loop`) are reported here with their span.

use crate::code::*;
use crate::compile::scope::{self, node_key, ScopeKind, SymbolTable};
use crate::module::ModuleObj;
use crate::value::Value;
use hashbrown::HashMap;
use lang::ast;
use lang::ast::{ExprKind as AK, StmtKind as SK};
use lang::{Diagnostic, SourceFile, Span};
use std::rc::Rc;

/// Looks a builtin up by name at compile time.
pub trait Builtins {
    fn builtin(&self, name: &str) -> Option<Value>;
}

struct Ctx {
    scope_id: usize,
    kind: ScopeKind,
    locals: HashMap<String, u32>,
    local_names: Vec<Rc<str>>,
    cells: HashMap<String, u32>,
    n_loops: u32,
    loop_depth: u32,
    is_function: bool,
}

struct Lowerer<'a> {
    table: SymbolTable,
    module: Rc<ModuleObj>,
    builtins: &'a dyn Builtins,
    file: Rc<SourceFile>,
    ctx: Vec<Ctx>,
    /// Qualified-name prefix stack (`A.f.<locals>`).
    qual: Vec<String>,
    /// Attribute and method names, interned so shapes compare them by pointer.
    names: HashMap<String, Rc<str>>,
    /// Inside an inline comprehension (beyond its first iterable): class-body names are
    /// not visible there, as in CPython where a comprehension is its own function scope.
    comp_depth: u32,
}

type LResult<T> = Result<T, Diagnostic>;

/// Compiles a module's body into a `Code` whose globals are `module`'s slots.
pub fn compile_module(
    tree: &ast::Module,
    file: Rc<SourceFile>,
    module: Rc<ModuleObj>,
    builtins: &dyn Builtins,
) -> Result<Rc<Code>, Diagnostic> {
    let table = scope::analyze(tree, false)?;
    let mut l = Lowerer {
        table,
        module,
        builtins,
        file,
        ctx: Vec::new(),
        qual: Vec::new(),
        names: HashMap::new(),
        comp_depth: 0,
    };
    let cell_names: Vec<Rc<str>> = l.table.scopes[0].cells.iter().map(|c| Rc::from(c.as_str())).collect();
    let cells = cell_names.iter().enumerate().map(|(i, c)| (c.to_string(), i as u32)).collect();
    l.ctx.push(Ctx {
        scope_id: 0,
        kind: ScopeKind::Module,
        locals: HashMap::new(),
        local_names: Vec::new(),
        cells,
        n_loops: 0,
        loop_depth: 0,
        is_function: false,
    });
    let body = l.block(&tree.body)?;
    let ctx = l.ctx.pop().expect("module context");
    Ok(Rc::new(Code {
        name: "<module>".into(),
        qualname: "<module>".into(),
        file: l.file.clone(),
        first_line: 1,
        params: ParamSpec::default(),
        n_locals: ctx.local_names.len() as u32,
        local_names: ctx.local_names,
        cell_names,
        cell_params: Vec::new(),
        free_names: Vec::new(),
        body,
        is_generator: false,
        plain_positional: false,
        is_class_body: false,
        n_loops: ctx.n_loops,
        loop_counters: crate::code::new_loop_counters(ctx.n_loops),
        call_counter: std::cell::Cell::new(0),
        doc: None,
    }))
}

fn is_hidden(name: &str) -> bool {
    name.starts_with('.')
}

impl<'a> Lowerer<'a> {
    fn line(&self, span: Span) -> u32 {
        self.file.line_of(span.start)
    }

    fn intern(&mut self, name: &str) -> Rc<str> {
        if let Some(n) = self.names.get(name) {
            return n.clone();
        }
        let n: Rc<str> = name.into();
        self.names.insert(name.to_string(), n.clone());
        n
    }

    fn ctx(&mut self) -> &mut Ctx {
        self.ctx.last_mut().expect("a context is always active")
    }

    fn new_local(&mut self, name: &str) -> u32 {
        let c = self.ctx();
        let slot = c.local_names.len() as u32;
        c.local_names.push(name.into());
        if !name.is_empty() {
            c.locals.insert(name.to_string(), slot);
        }
        slot
    }

    fn hidden_slot(&mut self) -> u32 {
        self.new_local("")
    }

    fn new_loop(&mut self) -> LoopId {
        let c = self.ctx();
        c.n_loops += 1;
        LoopId(c.n_loops - 1)
    }

    fn scope_name<'n>(&self, e: &ast::Expr, name: &'n str) -> std::borrow::Cow<'n, str> {
        match self.table.renames.get(&node_key(e)) {
            Some(r) => std::borrow::Cow::Owned(r.clone()),
            None => std::borrow::Cow::Borrowed(name),
        }
    }

    fn global_load(&self, name: &str) -> ExprKind {
        let slot = self.module.slot_of(name);
        match self.builtins.builtin(name) {
            Some(b) => ExprKind::GlobalOrBuiltin(slot, b),
            None => ExprKind::Global(slot),
        }
    }

    /// Resolves a name load in the current scope.
    fn load_name(&mut self, name: &str) -> ExprKind {
        let scope = &self.table.scopes[self.ctx.last().map_or(0, |c| c.scope_id)];
        let kind = scope.kind;
        let c = self.ctx.last().expect("context");
        if let Some(&i) = c.cells.get(name) {
            if kind != ScopeKind::Class || !scope.binds(name) {
                return ExprKind::Deref(i);
            }
        }
        if let Some(&slot) = c.locals.get(name) {
            return ExprKind::Local(slot);
        }
        match kind {
            ScopeKind::Function => {
                if scope.binds(name) {
                    let slot = self.new_local(name);
                    return ExprKind::Local(slot);
                }
                self.global_load(name)
            }
            ScopeKind::Class if scope.binds(name) && (self.comp_depth == 0 || is_hidden(name)) => {
                let fallback = self.module.slot_of(name);
                ExprKind::ClassName(name.into(), Some(fallback))
            }
            ScopeKind::Class => self.global_load(name),
            ScopeKind::Module => {
                if is_hidden(name) {
                    let slot = self.new_local(name);
                    return ExprKind::Local(slot);
                }
                self.global_load(name)
            }
        }
    }

    fn store_name(&mut self, name: &str) -> Target {
        let scope = &self.table.scopes[self.ctx.last().map_or(0, |c| c.scope_id)];
        let kind = scope.kind;
        let is_global = scope.global_decl.contains(name);
        let c = self.ctx.last().expect("context");
        if is_global {
            return Target::Global(self.module.slot_of(name));
        }
        if let Some(&i) = c.cells.get(name) {
            if kind != ScopeKind::Class {
                return Target::Deref(i);
            }
        }
        if let Some(&slot) = c.locals.get(name) {
            return Target::Local(slot);
        }
        match kind {
            ScopeKind::Function => Target::Local(self.new_local(name)),
            ScopeKind::Module if is_hidden(name) => Target::Local(self.new_local(name)),
            ScopeKind::Module => Target::Global(self.module.slot_of(name)),
            ScopeKind::Class if is_hidden(name) => Target::Local(self.new_local(name)),
            ScopeKind::Class => Target::ClassName(name.into()),
        }
    }

    fn block(&mut self, body: &[ast::Stmt]) -> LResult<Block> {
        body.iter().map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, s: &ast::Stmt) -> LResult<Stmt> {
        let line = self.line(s.span);
        let kind = match &s.kind {
            SK::Expr(e) => StmtKind::Expr(self.expr(e)?),
            SK::Assign { targets, value } => {
                // `a, b = 1, 2` keeps its display, unpacked without a tuple (as folded: the same).
                let value = match (&value.kind, &targets[..]) {
                    (AK::Tuple(items), [t]) if matches!(t.kind, AK::Tuple(_) | AK::List(_)) => {
                        Expr { kind: ExprKind::Tuple(self.elts(items)?), line: self.line(value.span) }
                    }
                    _ => self.expr(value)?,
                };
                if targets.len() == 1 {
                    StmtKind::Assign { target: self.target(&targets[0])?, value }
                } else {
                    let targets = targets.iter().map(|t| self.target(t)).collect::<LResult<_>>()?;
                    StmtKind::AssignMulti { targets, value }
                }
            }
            SK::AugAssign { target, op, value } => {
                let value = self.expr(value)?;
                StmtKind::AugAssign { target: self.target(target)?, op: *op, value }
            }
            SK::AnnAssign { target, value, .. } => match value {
                Some(v) => {
                    let value = self.expr(v)?;
                    StmtKind::Assign { target: self.target(target)?, value }
                }
                None => StmtKind::Pass,
            },
            SK::Pass => StmtKind::Pass,
            SK::Break => {
                if self.ctx().loop_depth == 0 {
                    return Err(Diagnostic::syntax(s.span, "'break' outside loop"));
                }
                StmtKind::Break
            }
            SK::Continue => {
                if self.ctx().loop_depth == 0 {
                    return Err(Diagnostic::syntax(s.span, "'continue' not properly in loop"));
                }
                StmtKind::Continue
            }
            SK::Return(v) => {
                if !self.ctx().is_function {
                    return Err(Diagnostic::syntax(s.span, "'return' outside function"));
                }
                StmtKind::Return(v.as_ref().map(|v| self.expr(v)).transpose()?)
            }
            SK::Del(targets) => StmtKind::Del(targets.iter().map(|t| self.target(t)).collect::<LResult<_>>()?),
            SK::If { test, body, orelse } => {
                StmtKind::If { test: self.expr(test)?, body: self.block(body)?, orelse: self.block(orelse)? }
            }
            SK::While { test, body, orelse } => {
                let test = self.expr(test)?;
                let loop_id = self.new_loop();
                self.ctx().loop_depth += 1;
                let body = self.block(body)?;
                self.ctx().loop_depth -= 1;
                StmtKind::While { test, body, orelse: self.block(orelse)?, loop_id }
            }
            SK::For { target, iter, body, orelse } => {
                let iter = self.expr(iter)?;
                let iter_slot = self.hidden_slot();
                let loop_id = self.new_loop();
                let target = self.target(target)?;
                self.ctx().loop_depth += 1;
                let body = self.block(body)?;
                self.ctx().loop_depth -= 1;
                StmtKind::For { target, iter, body, orelse: self.block(orelse)?, iter_slot, loop_id }
            }
            SK::FunctionDef(f) => {
                let decorators = f.decorators.iter().map(|d| self.expr(d)).collect::<LResult<_>>()?;
                let mut node = self.function(
                    node_key(&**f),
                    &f.name,
                    &f.params,
                    FunctionBody::Stmts(&f.body),
                    self.line(f.header_span),
                )?;
                node.decorators = decorators;
                node.target = self.store_name(&f.name);
                StmtKind::FunctionDef(Box::new(node))
            }
            SK::ClassDef(c) => StmtKind::ClassDef(Box::new(self.class(c)?)),
            SK::Try { body, handlers, orelse, finalbody } => {
                let body = self.block(body)?;
                let mut hs = Vec::new();
                for h in handlers {
                    hs.push(Handler {
                        typ: h.typ.as_ref().map(|t| self.expr(t)).transpose()?,
                        target: h.name.as_ref().map(|n| self.store_name(n)),
                        body: self.block(&h.body)?,
                        line: self.line(h.span),
                    });
                }
                StmtKind::Try { body, handlers: hs, orelse: self.block(orelse)?, finalbody: self.block(finalbody)? }
            }
            SK::Raise { exc, cause } => StmtKind::Raise {
                exc: exc.as_ref().map(|e| self.expr(e)).transpose()?,
                cause: cause.as_ref().map(|e| self.expr(e)).transpose()?,
            },
            SK::Assert { test, msg } => {
                StmtKind::Assert { test: self.expr(test)?, msg: msg.as_ref().map(|m| self.expr(m)).transpose()? }
            }
            SK::With { items, body } => {
                // `with a, b: body` is `with a: with b: body`.
                let mut inner = self.block(body)?;
                let mut lowered = Vec::new();
                for it in items {
                    let context = self.expr(&it.context)?;
                    let target = it.target.as_ref().map(|t| self.target(t)).transpose()?;
                    lowered.push((context, target));
                }
                for (context, target) in lowered.into_iter().rev() {
                    let k = StmtKind::With { context, target, body: std::mem::take(&mut inner) };
                    inner.push(Stmt { kind: k, line });
                }
                match inner.pop() {
                    Some(st) => st.kind,
                    None => StmtKind::Pass,
                }
            }
            SK::Import(names) => {
                if names.len() == 1 {
                    self.import(&names[0])?
                } else {
                    // `import a, b` is two imports on one line.
                    let mut block = Vec::new();
                    for a in names {
                        block.push(Stmt { kind: self.import(a)?, line });
                    }
                    StmtKind::If {
                        test: Expr { kind: ExprKind::Const(Value::Bool(true)), line },
                        body: block,
                        orelse: Vec::new(),
                    }
                }
            }
            SK::ImportFrom { module, names, level } => {
                if *level > 0 {
                    return Err(Diagnostic::syntax(s.span, "hyper does not support 'relative import' yet"));
                }
                let mut out = Vec::new();
                for a in names {
                    if a.name == "*" {
                        return Err(Diagnostic::syntax(a.span, "hyper does not support 'import *' yet"));
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    out.push((Rc::from(a.name.as_str()), self.store_name(bound)));
                }
                StmtKind::ImportFrom { module: module.clone(), names: out }
            }
            SK::Global(_) | SK::Nonlocal(_) => StmtKind::Pass,
        };
        Ok(Stmt { kind, line })
    }

    fn import(&mut self, a: &ast::Alias) -> LResult<StmtKind> {
        Ok(match &a.asname {
            Some(asname) => {
                StmtKind::Import { module: a.name.clone(), target: self.store_name(asname), bind_top: false }
            }
            None => {
                let top = a.name.split('.').next().unwrap_or("").to_string();
                StmtKind::Import { module: a.name.clone(), target: self.store_name(&top), bind_top: true }
            }
        })
    }

    fn class(&mut self, c: &ast::ClassDef) -> LResult<ClassDefNode> {
        let decorators = c.decorators.iter().map(|d| self.expr(d)).collect::<LResult<_>>()?;
        let bases = c.bases.iter().map(|b| self.expr(b)).collect::<LResult<_>>()?;
        let mut keywords = Vec::new();
        for k in &c.keywords {
            let Some(name) = &k.arg else {
                return Err(Diagnostic::syntax(k.span, "hyper does not support '**' in a class header yet"));
            };
            keywords.push((Rc::from(name.as_str()), self.expr(&k.value)?));
        }
        let scope_id = self.table.by_node.get(&node_key(c)).copied().unwrap_or(0);
        let closure = self.closure_of(scope_id);
        self.qual.push(c.name.clone());
        let body = self.code_for_scope(scope_id, &c.name, ScopeCode::Class(&c.body), self.line(c.header_span))?;
        self.qual.pop();
        let target = self.store_name(&c.name);
        Ok(ClassDefNode { name: c.name.as_str().into(), bases, keywords, body, closure, decorators, target })
    }

    /// The cells a new function or class takes from the current scope, in the order of the
    /// child's free variables.
    fn closure_of(&mut self, child: usize) -> Vec<CellSource> {
        let frees = self.table.scopes[child].frees.clone();
        frees
            .iter()
            .map(|name| {
                let idx = self.ctx.last().and_then(|c| c.cells.get(name.as_str()).copied()).unwrap_or(0);
                CellSource(idx)
            })
            .collect()
    }

    fn function(
        &mut self,
        key: usize,
        name: &str,
        params: &ast::Parameters,
        body: FunctionBody,
        first_line: u32,
    ) -> LResult<FunctionDefNode> {
        let mut defaults = Vec::new();
        for p in params.posonly.iter().chain(&params.args) {
            if let Some(d) = &p.default {
                defaults.push(self.expr(d)?);
            }
        }
        let mut kwdefaults = Vec::new();
        for p in &params.kwonly {
            if let Some(d) = &p.default {
                kwdefaults.push((Rc::from(p.name.as_str()), self.expr(d)?));
            }
        }
        let scope_id = self.table.by_node.get(&key).copied().unwrap_or(0);
        let closure = self.closure_of(scope_id);
        self.qual.push(name.to_string());
        let code = self.code_for_scope(scope_id, name, ScopeCode::Function(params, body), first_line)?;
        self.qual.pop();
        Ok(FunctionDefNode { code, decorators: Vec::new(), defaults, kwdefaults, closure, target: Target::Local(0) })
    }

    fn qualname(&self, name: &str) -> String {
        let mut parts: Vec<String> = Vec::new();
        for (i, q) in self.qual.iter().enumerate() {
            if i + 1 == self.qual.len() {
                break;
            }
            parts.push(q.clone());
        }
        let _ = name;
        // Functions nested in functions get `<locals>`; the context stack says which.
        let mut out = String::new();
        for (i, p) in parts.iter().enumerate() {
            out.push_str(p);
            out.push('.');
            let ctx_kind = self.ctx.get(i + 1).map(|c| c.kind);
            if ctx_kind == Some(ScopeKind::Function) {
                out.push_str("<locals>.");
            }
        }
        out.push_str(self.qual.last().map_or(name, |s| s.as_str()));
        out
    }

    fn code_for_scope(&mut self, scope_id: usize, name: &str, what: ScopeCode, first_line: u32) -> LResult<Rc<Code>> {
        let scope = &self.table.scopes[scope_id];
        let kind = scope.kind;
        let is_generator = scope.is_generator;
        let mut cells = HashMap::new();
        let mut cell_names: Vec<Rc<str>> = Vec::new();
        for c in &scope.cells {
            cells.insert(c.clone(), cell_names.len() as u32);
            cell_names.push(c.as_str().into());
        }
        let n_cells = cell_names.len();
        let mut free_names: Vec<Rc<str>> = Vec::new();
        for (i, f) in scope.frees.iter().enumerate() {
            cells.insert(f.clone(), (n_cells + i) as u32);
            free_names.push(f.as_str().into());
        }
        let qualname = self.qualname(name);
        self.ctx.push(Ctx {
            scope_id,
            kind,
            locals: HashMap::new(),
            local_names: Vec::new(),
            cells,
            n_loops: 0,
            loop_depth: 0,
            is_function: kind == ScopeKind::Function,
        });
        let mut spec = ParamSpec::default();
        let mut cell_params = Vec::new();
        let mut doc = None;
        let body = match what {
            ScopeCode::Function(params, body) => {
                if matches!(body, FunctionBody::GenExp(..)) {
                    self.new_local(".0");
                    spec.positional.push(".0".into());
                }
                for p in params.posonly.iter().chain(&params.args) {
                    let slot = self.new_local(&p.name);
                    spec.positional.push(p.name.as_str().into());
                    if p.default.is_some() {
                        spec.n_defaults += 1;
                    }
                    let _ = slot;
                }
                spec.n_posonly = params.posonly.len() as u32;
                for p in &params.kwonly {
                    self.new_local(&p.name);
                    spec.kwonly.push(p.name.as_str().into());
                }
                if let Some(v) = &params.vararg {
                    spec.vararg = Some(self.new_local(&v.name));
                }
                if let Some(k) = &params.kwarg {
                    spec.kwarg = Some(self.new_local(&k.name));
                }
                let c = self.ctx.last().expect("context");
                for (slot, pname) in c.local_names.iter().enumerate() {
                    if let Some(&ci) = c.cells.get(&**pname) {
                        cell_params.push((slot as u32, ci));
                    }
                }
                match body {
                    FunctionBody::Stmts(stmts) => {
                        doc = docstring(stmts);
                        self.block(stmts)?
                    }
                    FunctionBody::Lambda(e) => {
                        let line = self.line(e.span);
                        let value = self.expr(e)?;
                        vec![Stmt { kind: StmtKind::Return(Some(value)), line }]
                    }
                    FunctionBody::GenExp(elt, generators) => {
                        // The first iterator arrives as parameter `.0`.
                        let line = self.line(elt.span);
                        let comp = self.comp_loops(generators, true, &mut |l, line| {
                            let v = l.expr(elt)?;
                            Ok(Stmt {
                                kind: StmtKind::Expr(Expr { kind: ExprKind::Yield(Some(Box::new(v))), line }),
                                line,
                            })
                        })?;
                        let _ = line;
                        comp
                    }
                }
            }
            ScopeCode::Class(stmts) => {
                doc = docstring(stmts);
                self.block(stmts)?
            }
        };
        let ctx = self.ctx.pop().expect("scope context");
        let plain_positional = spec.vararg.is_none()
            && spec.kwonly.is_empty()
            && spec.kwarg.is_none()
            && cell_names.is_empty()
            && free_names.is_empty()
            && !is_generator
            && kind != ScopeKind::Class;
        Ok(Rc::new(Code {
            name: name.into(),
            qualname,
            file: self.file.clone(),
            first_line,
            params: spec,
            n_locals: ctx.local_names.len() as u32,
            local_names: ctx.local_names,
            cell_names,
            cell_params,
            free_names,
            body,
            is_generator,
            plain_positional,
            is_class_body: kind == ScopeKind::Class,
            n_loops: ctx.n_loops,
            loop_counters: crate::code::new_loop_counters(ctx.n_loops),
            call_counter: std::cell::Cell::new(0),
            doc,
        }))
    }

    /// Builds the nested `for`/`if` statements of a comprehension around `inner`.
    /// With `first_is_param`, the first iterable is the code's parameter slot 0.
    fn comp_loops(
        &mut self,
        generators: &[ast::Comprehension],
        first_is_param: bool,
        inner: &mut dyn FnMut(&mut Self, u32) -> LResult<Stmt>,
    ) -> LResult<Block> {
        self.comp_level(generators, 0, first_is_param, inner)
    }

    fn comp_level(
        &mut self,
        generators: &[ast::Comprehension],
        i: usize,
        first_is_param: bool,
        inner: &mut dyn FnMut(&mut Self, u32) -> LResult<Stmt>,
    ) -> LResult<Block> {
        let g = &generators[i];
        let line = self.line(g.iter.span);
        let iter = if i == 0 && first_is_param { Expr { kind: ExprKind::Local(0), line } } else { self.expr(&g.iter)? };
        let iter_slot = self.hidden_slot();
        let loop_id = self.new_loop();
        let target = self.target(&g.target)?;
        let mut body = if i + 1 < generators.len() {
            self.comp_level(generators, i + 1, first_is_param, inner)?
        } else {
            vec![inner(self, line)?]
        };
        for cond in g.ifs.iter().rev() {
            let test = self.expr(cond)?;
            body = vec![Stmt { kind: StmtKind::If { test, body, orelse: Vec::new() }, line }];
        }
        Ok(vec![Stmt { kind: StmtKind::For { target, iter, body, orelse: Vec::new(), iter_slot, loop_id }, line }])
    }

    fn target(&mut self, t: &ast::Expr) -> LResult<Target> {
        Ok(match &t.kind {
            AK::Name(n) => {
                let n = self.scope_name(t, n).into_owned();
                self.store_name(&n)
            }
            AK::Attribute { value, attr } => Target::Attr(Box::new(self.expr(value)?), self.intern(attr)),
            AK::Subscript { value, index } => {
                Target::Subscript(Box::new(self.expr(value)?), Box::new(self.expr(index)?))
            }
            AK::Tuple(items) | AK::List(items) => {
                let mut targets = Vec::new();
                let mut star = None;
                for (i, item) in items.iter().enumerate() {
                    if let AK::Starred(inner) = &item.kind {
                        if star.is_some() {
                            return Err(Diagnostic::syntax(item.span, "multiple starred expressions in assignment"));
                        }
                        star = Some(i);
                        targets.push(self.target(inner)?);
                    } else {
                        targets.push(self.target(item)?);
                    }
                }
                Target::Unpack { targets, star, line: self.line(t.span) }
            }
            AK::Starred(_) => {
                return Err(Diagnostic::syntax(t.span, "starred assignment target must be in a list or tuple"))
            }
            _ => return Err(Diagnostic::syntax(t.span, "cannot assign to expression")),
        })
    }

    fn elts(&mut self, items: &[ast::Expr]) -> LResult<Vec<Elt>> {
        items
            .iter()
            .map(|i| match &i.kind {
                AK::Starred(inner) => Ok(Elt::Star(self.expr(inner)?)),
                _ => Ok(Elt::One(self.expr(i)?)),
            })
            .collect()
    }

    fn call(&mut self, func: Expr, args: &[ast::Expr], keywords: &[ast::Keyword]) -> LResult<Call> {
        let args = self.elts(args)?;
        let mut kwargs = Vec::new();
        for k in keywords {
            kwargs.push((k.arg.as_ref().map(|a| Rc::from(a.as_str())), self.expr(&k.value)?));
        }
        Ok(Call::new(func, args, kwargs))
    }

    fn expr(&mut self, e: &ast::Expr) -> LResult<Expr> {
        let line = self.line(e.span);
        let kind = match &e.kind {
            AK::Name(n) => {
                let n = self.scope_name(e, n).into_owned();
                self.load_name(&n)
            }
            AK::Constant(c) => ExprKind::Const(match c {
                ast::Constant::None => Value::None,
                ast::Constant::Bool(b) => Value::Bool(*b),
                ast::Constant::Int(i) => Value::from_bigint(i.clone()),
                ast::Constant::Float(f) => Value::Float(*f),
                ast::Constant::Str(s) => Value::str(s),
                ast::Constant::Ellipsis => self.builtins.builtin("Ellipsis").unwrap_or(Value::None),
            }),
            AK::FString(parts) => ExprKind::FString(self.fparts(parts)?),
            AK::BinOp { left, op, right } => {
                ExprKind::Binary(*op, Box::new(self.expr(left)?), Box::new(self.expr(right)?))
            }
            AK::UnaryOp { op, operand } => {
                let operand = self.expr(operand)?;
                match super::fold::unary_constant(*op, &operand.kind) {
                    Some(v) => ExprKind::Const(v),
                    None => ExprKind::Unary(*op, Box::new(operand)),
                }
            }
            AK::BoolOp { op, values } => {
                let mut it = values.iter().rev();
                let Some(last) = it.next() else { return Err(Diagnostic::syntax(e.span, "invalid syntax")) };
                let mut acc = self.expr(last)?;
                for v in it {
                    let lhs = self.expr(v)?;
                    acc = Expr {
                        kind: match op {
                            ast::BoolOp::And => ExprKind::And(Box::new(lhs), Box::new(acc)),
                            ast::BoolOp::Or => ExprKind::Or(Box::new(lhs), Box::new(acc)),
                        },
                        line,
                    };
                }
                return Ok(acc);
            }
            AK::Compare { left, ops, comparators } => {
                let left = self.expr(left)?;
                let mut rest = Vec::new();
                for (op, c) in ops.iter().zip(comparators) {
                    rest.push((*op, self.expr(c)?));
                }
                ExprKind::Compare(Box::new(left), rest)
            }
            AK::IfExp { test, body, orelse } => {
                ExprKind::IfExp(Box::new(self.expr(test)?), Box::new(self.expr(body)?), Box::new(self.expr(orelse)?))
            }
            AK::Lambda { params, body } => {
                let node = self.function(node_key(e), "<lambda>", params, FunctionBody::Lambda(body), line)?;
                ExprKind::MakeFunction(Box::new(node), false)
            }
            AK::Call { func, args, keywords } => {
                if let AK::Name(n) = &func.kind {
                    if n == "super" && args.is_empty() && keywords.is_empty() {
                        if let Some(k) = self.zero_arg_super(line)? {
                            return Ok(Expr { kind: k, line });
                        }
                    }
                }
                if let AK::Attribute { value, attr } = &func.kind {
                    let obj = self.expr(value)?;
                    let placeholder = Expr { kind: ExprKind::Const(Value::None), line };
                    let call = self.call(placeholder, args, keywords)?;
                    ExprKind::CallMethod(Box::new(obj), self.intern(attr), Box::new(call))
                } else {
                    let f = self.expr(func)?;
                    ExprKind::Call(Box::new(self.call(f, args, keywords)?))
                }
            }
            AK::Attribute { value, attr } => {
                ExprKind::Attr(Box::new(self.expr(value)?), self.intern(attr), AttrCache::default())
            }
            AK::Subscript { value, index } => {
                ExprKind::Subscript(Box::new(self.expr(value)?), Box::new(self.expr(index)?))
            }
            AK::Slice { lower, upper, step } => {
                let mut part = |p: &Option<Box<ast::Expr>>| -> LResult<Option<Box<Expr>>> {
                    p.as_ref().map(|x| self.expr(x).map(Box::new)).transpose()
                };
                ExprKind::Slice(part(lower)?, part(upper)?, part(step)?)
            }
            AK::Starred(_) => return Err(Diagnostic::syntax(e.span, "can't use starred expression here")),
            AK::Tuple(items) => {
                let elts = self.elts(items)?;
                match super::fold::constant_tuple(&elts) {
                    Some(tuple) => ExprKind::Const(tuple),
                    None => ExprKind::Tuple(elts),
                }
            }
            AK::List(items) => ExprKind::List(self.elts(items)?),
            AK::Set(items) => ExprKind::Set(self.elts(items)?),
            AK::Dict(items) => {
                let mut out = Vec::new();
                for (k, v) in items {
                    let k = k.as_ref().map(|k| self.expr(k)).transpose()?;
                    out.push((k, self.expr(v)?));
                }
                ExprKind::Dict(out)
            }
            AK::ListComp { elt, generators } | AK::SetComp { elt, generators } => {
                let is_list = matches!(e.kind, AK::ListComp { .. });
                let generators_lowered = self.comp_inline(generators)?;
                let elt = self.expr(elt);
                self.comp_depth -= 1 + (generators.len() > 1) as u32;
                let elt = elt?;
                let kind = if is_list { ComprehensionKind::List(elt) } else { ComprehensionKind::Set(elt) };
                ExprKind::Comprehension(Box::new(Comprehension { kind, generators: generators_lowered }))
            }
            AK::DictComp { key, value, generators } => {
                let generators_lowered = self.comp_inline(generators)?;
                let k = self.expr(key);
                let v = self.expr(value);
                self.comp_depth -= 1 + (generators.len() > 1) as u32;
                let kind = ComprehensionKind::Dict(k?, v?);
                ExprKind::Comprehension(Box::new(Comprehension { kind, generators: generators_lowered }))
            }
            AK::GeneratorExp { elt, generators } => {
                let Some(first) = generators.first() else { return Err(Diagnostic::syntax(e.span, "invalid syntax")) };
                let first_iter = self.expr(&first.iter)?;
                let mut node = self.function(
                    node_key(e),
                    "<genexpr>",
                    &ast::Parameters::default(),
                    FunctionBody::GenExp(elt, generators),
                    line,
                )?;
                node.defaults = vec![first_iter];
                ExprKind::MakeFunction(Box::new(node), true)
            }
            AK::Yield(v) => ExprKind::Yield(v.as_ref().map(|v| self.expr(v).map(Box::new)).transpose()?),
            AK::YieldFrom(v) => ExprKind::YieldFrom(Box::new(self.expr(v)?)),
        };
        Ok(Expr { kind, line })
    }

    /// `super()` inside a method: `super(__class__, <first argument>)`.
    fn zero_arg_super(&mut self, line: u32) -> LResult<Option<ExprKind>> {
        let Some(c) = self.ctx.last() else { return Ok(None) };
        let Some(&class_cell) = c.cells.get("__class__") else { return Ok(None) };
        let scope = &self.table.scopes[c.scope_id];
        let Some(first) = scope.params.first().cloned() else {
            return Ok(None);
        };
        let first_load = self.load_name(&first);
        let sup = self.builtins.builtin("super").unwrap_or(Value::None);
        let args =
            vec![Elt::One(Expr { kind: ExprKind::Deref(class_cell), line }), Elt::One(Expr { kind: first_load, line })];
        let call = Call::new(Expr { kind: ExprKind::Builtin(sup), line }, args, Vec::new());
        Ok(Some(ExprKind::Call(Box::new(call))))
    }

    fn comp_inline(&mut self, generators: &[ast::Comprehension]) -> LResult<Vec<CompFor>> {
        let mut out = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            if i == 1 {
                self.comp_depth += 1;
            }
            let iter = self.expr(&g.iter)?;
            if i == 0 {
                self.comp_depth += 1;
            }
            let iter_slot = self.hidden_slot();
            let target = self.target(&g.target)?;
            let ifs = g.ifs.iter().map(|c| self.expr(c)).collect::<LResult<_>>()?;
            out.push(CompFor { target, iter, ifs, iter_slot });
        }
        Ok(out)
    }

    fn fparts(&mut self, parts: &[ast::FStringPart]) -> LResult<Vec<FPart>> {
        let mut out = Vec::new();
        for p in parts {
            match p {
                ast::FStringPart::Literal(s) => out.push(FPart::Lit(s.as_str().into())),
                ast::FStringPart::Expr(fe) => {
                    if let Some(d) = &fe.debug_text {
                        out.push(FPart::Lit(d.as_str().into()));
                    }
                    let expr = self.expr(&fe.expr)?;
                    let spec = fe.format_spec.as_ref().map(|s| self.fparts(s)).transpose()?;
                    out.push(FPart::Expr { expr, conversion: fe.conversion, spec });
                }
            }
        }
        Ok(out)
    }
}

enum FunctionBody<'b> {
    Stmts(&'b [ast::Stmt]),
    Lambda(&'b ast::Expr),
    GenExp(&'b ast::Expr, &'b [ast::Comprehension]),
}

enum ScopeCode<'b> {
    Function(&'b ast::Parameters, FunctionBody<'b>),
    Class(&'b [ast::Stmt]),
}

fn docstring(body: &[ast::Stmt]) -> Option<Value> {
    match body.first().map(|s| &s.kind) {
        Some(SK::Expr(ast::Expr { kind: AK::Constant(ast::Constant::Str(s)), .. })) => Some(Value::str(s)),
        _ => None,
    }
}
