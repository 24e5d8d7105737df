//! Scope analysis (CPython's symtable): which names each function, class and module binds,
//! which are globals, and which are closure cells or free variables.
//!
//! List, set and dict comprehensions run inline in their enclosing scope; their target
//! variables are renamed to hidden names (`.1x`) so they neither leak nor clash, exactly as
//! if they had their own scope. Generator expressions and lambdas get real scopes.
//! Invariant: every scope-making node (def, lambda, class, generator expression) has exactly
//! one `Scope`, found through the node's address; the AST is not moved while in use.
//! Invariant: a name is a cell of scope S iff S binds it and some nested function scope uses
//! it freely; class scopes never provide bindings to nested scopes.

use hashbrown::{HashMap, HashSet};
use lang::ast::*;
use lang::{Diagnostic, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    /// Names bound in this scope, in first-binding order (parameters first).
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    pub params: Vec<String>,
    pub global_decl: HashSet<String>,
    pub nonlocal_decl: HashSet<String>,
    pub used: HashSet<String>,
    pub cells: Vec<String>,
    pub frees: Vec<String>,
    pub is_generator: bool,
    /// Uses `super()` with no arguments: needs the `__class__` cell of its class.
    pub uses_super: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            bound: Vec::new(),
            bound_set: HashSet::new(),
            params: Vec::new(),
            global_decl: HashSet::new(),
            nonlocal_decl: HashSet::new(),
            used: HashSet::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            is_generator: false,
            uses_super: false,
        }
    }

    pub fn binds(&self, name: &str) -> bool {
        self.bound_set.contains(name) && !self.global_decl.contains(name) && !self.nonlocal_decl.contains(name)
    }

    pub fn is_cell(&self, name: &str) -> bool {
        self.cells.iter().any(|c| c == name)
    }

    pub fn is_free(&self, name: &str) -> bool {
        self.frees.iter().any(|c| c == name)
    }
}

/// The result of scope analysis over one module.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope of each scope-making node, by node address.
    pub by_node: HashMap<usize, usize>,
    /// Renamed comprehension variables, by the address of the `Name` expression.
    pub renames: HashMap<usize, String>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder {
    table: SymbolTable,
    current: usize,
    /// Active comprehension renamings, innermost last.
    rename_stack: Vec<HashMap<String, String>>,
    counter: u32,
}

/// Analyses a module's scopes.
pub fn analyze(module: &Module, is_module_scope_function: bool) -> Result<SymbolTable, Diagnostic> {
    let root_kind = if is_module_scope_function { ScopeKind::Function } else { ScopeKind::Module };
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(root_kind, None)],
            by_node: HashMap::new(),
            renames: HashMap::new(),
        },
        current: 0,
        rename_stack: Vec::new(),
        counter: 0,
    };
    b.stmts(&module.body)?;
    resolve(&mut b.table);
    Ok(b.table)
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn bind(&mut self, name: &str) {
        let s = self.scope();
        if s.bound_set.insert(name.to_string()) {
            s.bound.push(name.to_string());
        }
    }

    fn push_scope(&mut self, kind: ScopeKind, key: usize) -> usize {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, Some(self.current)));
        self.table.by_node.insert(key, id);
        let prev = self.current;
        self.current = id;
        prev
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), Diagnostic> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), Diagnostic> {
        match &stmt.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.scope().used.insert(n.clone());
                }
                self.target(target)
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if !matches!(target.kind, ExprKind::Name(_)) {
                    self.expr(target)?;
                }
                Ok(())
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Return(v) => v.as_ref().map_or(Ok(()), |v| self.expr(v)),
            StmtKind::Del(targets) => {
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.params_outer(&f.params)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                let prev = self.push_scope(ScopeKind::Function, node_key(&**f));
                self.params_inner(&f.params);
                self.shadow_params(&f.params);
                self.stmts(&f.body)?;
                self.rename_stack.pop();
                self.current = prev;
                Ok(())
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name);
                let prev = self.push_scope(ScopeKind::Class, node_key(&**c));
                self.stmts(&c.body)?;
                self.current = prev;
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.as_ref().map_or(Ok(()), |m| self.expr(m))
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&bound);
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.bind(a.asname.as_ref().unwrap_or(&a.name));
                }
                Ok(())
            }
            StmtKind::Global(names) => {
                for n in names {
                    if self.scope().bound_set.contains(n) || self.scope().used.contains(n) {
                        return Err(Diagnostic::syntax(
                            stmt.span,
                            format!("name '{n}' is assigned to before global declaration"),
                        ));
                    }
                    self.scope().global_decl.insert(n.clone());
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(Diagnostic::syntax(stmt.span, "nonlocal declaration not allowed at module level"));
                }
                for n in names {
                    self.scope().nonlocal_decl.insert(n.clone());
                }
                Ok(())
            }
        }
    }

    /// Defaults and annotations are evaluated in the enclosing scope.
    fn params_outer(&mut self, p: &Parameters) -> Result<(), Diagnostic> {
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly).chain(&p.vararg).chain(&p.kwarg) {
            if let Some(d) = &param.default {
                self.expr(d)?;
            }
            if let Some(a) = &param.annotation {
                self.expr(a)?;
            }
        }
        Ok(())
    }

    fn params_inner(&mut self, p: &Parameters) {
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly).chain(&p.vararg).chain(&p.kwarg) {
            self.scope().params.push(param.name.clone());
            self.bind(&param.name);
        }
    }

    /// A function's parameters shadow the renamed comprehension variables of an enclosing
    /// comprehension (`[lambda i=i: i for i in …]`).
    fn shadow_params(&mut self, p: &Parameters) {
        let mut layer = HashMap::new();
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly).chain(&p.vararg).chain(&p.kwarg) {
            layer.insert(param.name.clone(), param.name.clone());
        }
        self.rename_stack.push(layer);
    }

    fn renamed(&self, name: &str) -> Option<String> {
        self.rename_stack.iter().rev().find_map(|m| m.get(name).cloned())
    }

    fn name_use(&mut self, e: &Expr, name: &str, is_store: bool) {
        if let Some(r) = self.renamed(name) {
            self.table.renames.insert(node_key(e), r.clone());
            if is_store {
                self.bind(&r);
            } else {
                self.scope().used.insert(r);
            }
            return;
        }
        if is_store {
            self.bind(name);
        } else {
            if name == "super" {
                self.scope().uses_super = true;
            }
            self.scope().used.insert(name.to_string());
        }
    }

    fn target(&mut self, t: &Expr) -> Result<(), Diagnostic> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.name_use(t, n, true);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            _ => Err(Diagnostic::syntax(t.span, "cannot assign to expression")),
        }
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) -> Result<(), Diagnostic> {
        let Some(first) = generators.first() else { return Ok(()) };
        self.expr(&first.iter)?;
        let prev = if is_genexp {
            let prev = self.push_scope(ScopeKind::Function, node_key(e));
            self.scope().is_generator = true;
            self.scope().params.push(".0".into());
            self.bind(".0");
            Some(prev)
        } else {
            None
        };
        let mut renames = HashMap::new();
        for g in generators {
            collect_target_names(&g.target, &mut |n| {
                self.counter += 1;
                renames.insert(n.to_string(), format!(".{}{}", self.counter, n));
            });
        }
        self.rename_stack.push(renames);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for x in elts {
            self.expr(x)?;
        }
        self.rename_stack.pop();
        if let Some(prev) = prev {
            self.current = prev;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), Diagnostic> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.name_use(e, n, false);
                Ok(())
            }
            ExprKind::Constant(_) => Ok(()),
            ExprKind::FString(parts) => self.fstring_parts(parts),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v)),
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                comparators.iter().try_for_each(|v| self.expr(v))
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Lambda { params, body } => {
                self.params_outer(params)?;
                let prev = self.push_scope(ScopeKind::Function, node_key(e));
                self.params_inner(params);
                self.shadow_params(params);
                self.expr(body)?;
                self.rename_stack.pop();
                self.current = prev;
                Ok(())
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                args.iter().try_for_each(|a| self.expr(a))?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
                Ok(())
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                items.iter().try_for_each(|v| self.expr(v))
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, &[elt], false)
            }
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, generators, &[key, value], false),
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, generators, &[elt], true),
            ExprKind::Yield(v) => {
                self.mark_generator(e.span)?;
                v.as_ref().map_or(Ok(()), |v| self.expr(v))
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.span)?;
                self.expr(v)
            }
        }
    }

    fn mark_generator(&mut self, span: Span) -> Result<(), Diagnostic> {
        match self.scope().kind {
            ScopeKind::Function => {
                self.scope().is_generator = true;
                Ok(())
            }
            _ => Err(Diagnostic::syntax(span, "'yield' outside function")),
        }
    }

    fn fstring_parts(&mut self, parts: &[FStringPart]) -> Result<(), Diagnostic> {
        for p in parts {
            if let FStringPart::Expr(fe) = p {
                self.expr(&fe.expr)?;
                if let Some(spec) = &fe.format_spec {
                    self.fstring_parts(spec)?;
                }
            }
        }
        Ok(())
    }
}

/// Calls `f` on every name a target binds.
pub fn collect_target_names(t: &Expr, f: &mut dyn FnMut(&str)) {
    match &t.kind {
        ExprKind::Name(n) => f(n),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| collect_target_names(i, f)),
        ExprKind::Starred(inner) => collect_target_names(inner, f),
        _ => {}
    }
}

/// Second pass: decides cells and free variables, innermost scopes first.
fn resolve(table: &mut SymbolTable) {
    // Children are created after their parents, so walking ids backwards visits inner
    // scopes before outer ones.
    for id in (1..table.scopes.len()).rev() {
        let needs: Vec<String> = {
            let s = &table.scopes[id];
            let mut names: Vec<String> = s
                .used
                .iter()
                .chain(s.frees.iter())
                .filter(|n| !s.binds(n) && !s.global_decl.contains(*n))
                .cloned()
                .collect();
            names.extend(s.nonlocal_decl.iter().cloned());
            if s.uses_super && s.kind == ScopeKind::Function {
                names.push("__class__".into());
            }
            names.sort();
            names.dedup();
            names
        };
        for name in needs {
            // Find the nearest enclosing function scope binding `name` (class scopes are
            // skipped, except that a class provides `__class__` to its methods).
            let mut p = table.scopes[id].parent;
            let mut path = vec![id];
            let mut found = None;
            while let Some(pid) = p {
                let ps = &table.scopes[pid];
                if ps.kind == ScopeKind::Class && name == "__class__" {
                    found = Some(pid);
                    break;
                }
                // Hidden comprehension variables are locals of whatever scope runs the
                // comprehension inline, module and class bodies included.
                if (ps.kind == ScopeKind::Function || name.starts_with('.')) && ps.binds(&name) {
                    found = Some(pid);
                    break;
                }
                if ps.kind == ScopeKind::Module || ps.global_decl.contains(&name) {
                    break;
                }
                path.push(pid);
                p = ps.parent;
            }
            if let Some(owner) = found {
                if !table.scopes[owner].is_cell(&name) {
                    table.scopes[owner].cells.push(name.clone());
                }
                for sid in path {
                    let s = &mut table.scopes[sid];
                    if s.kind == ScopeKind::Class && sid != id {
                        // A class between the owner and the user passes the cell through.
                        if !s.is_free(&name) {
                            s.frees.push(name.clone());
                        }
                    } else if !s.is_free(&name) {
                        s.frees.push(name.clone());
                    }
                }
            }
        }
    }
}
