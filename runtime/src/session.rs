//! Interactive sessions: one `__main__` module that successive REPL inputs run in, with
//! CPython's interactive ('single' mode) echo of expression statements.
//!
//! Each input is parsed, rewritten so that every expression statement at module scope
//! (also inside `if`/`for`/`while`/`try`/`with` bodies, never inside `def` or `class`)
//! passes its value to a display hook, compiled against the session's module and run.
//! The hook is CPython's `sys.displayhook`: it ignores `None`, writes `repr(value)` to
//! stdout and binds `_` to the value.
//!
//! Invariant: the display hook is reachable only under a name no Python source can spell
//! (`<displayhook>`), supplied through the compiler's builtins lookup, so user code never
//! sees it; its module slot stays unbound and thus invisible to `globals()` and `dir()`.
//! Invariant: an input that fails to parse or compile runs none of its statements, and a
//! failed input leaves every earlier definition in place.
//! Invariant: stdout is flushed before `run_input`, `run_program_text` or `run_script`
//! returns, so the caller may write errors and prompts in the order CPython would.
//!
//! A program piped on stdin (`hyper < prog.py`) runs through `run_program_text`: the same
//! path without echo, so its tracebacks, like CPython's, show no `<stdin>` source lines.
//!
//! Not done here: deciding when an input is complete (the REPL's continuation rule), line
//! editing and signal handling; they belong to the CLI.

use crate::builtins::native_with;
use crate::compile::Builtins;
use crate::error::{ExcType, PResult, PyErr};
use crate::interp::{Frame, Interp};
use crate::module::ModuleObj;
use crate::object::function::Kwargs;
use crate::object::Other;
use crate::value::Value;
use lang::ast::{ExceptHandler, Expr, ExprKind, Stmt, StmtKind};
use lang::SourceFile;
use std::rc::Rc;

/// The name the rewritten expression statements call; it is not a Python identifier.
const DISPLAYHOOK: &str = "<displayhook>";

/// What became of one input.
pub enum Outcome {
    /// The input ran to its end; what it echoed is already on stdout.
    Done,
    /// A syntax error or an uncaught exception: the text CPython prints on stderr, and the
    /// exit status a script ending so would have (1, or 130 for `KeyboardInterrupt`).
    Error { text: String, status: i32 },
    /// `SystemExit` (from `exit()`, `quit()` or `sys.exit(n)`): the process exit code.
    /// A non-integer exit code's message has already been written to stderr.
    Exit(i32),
}

/// A persistent interpreter and module that inputs run in, one after another.
pub struct Session {
    pub interp: Rc<Interp>,
    pub module: Rc<ModuleObj>,
    /// The script given with `hyper -i`, run once by `run_script`.
    script: Option<Rc<SourceFile>>,
    displayhook: Value,
}

impl Session {
    /// A fresh session with an empty `__main__`; `argv` becomes `sys.argv`. Call it on the
    /// thread that will run the inputs: the recursion limit is measured from its stack.
    pub fn new(stack_size: usize, argv: Vec<String>) -> Session {
        Session::build(stack_size, argv, None)
    }

    /// A session whose `__main__` is the script `path` with text `text` (`hyper -i`); the
    /// script runs when `run_script` is called.
    pub fn with_script(stack_size: usize, argv: Vec<String>, path: &str, text: String) -> Session {
        let session = Session::build(stack_size, argv, Some(SourceFile::new(path, text)));
        session.module.set("__file__", Value::str(path));
        let dir = std::path::Path::new(path).parent().map(|p| p.to_path_buf()).unwrap_or_default();
        *session.interp.script_dir.borrow_mut() = if dir.as_os_str().is_empty() { ".".into() } else { dir };
        session
    }

    fn build(stack_size: usize, argv: Vec<String>, script: Option<Rc<SourceFile>>) -> Session {
        let interp = Interp::new(stack_size);
        *interp.argv.borrow_mut() = argv;
        let module = ModuleObj::new("__main__", script.clone());
        module.set("__name__", Value::str("__main__"));
        *interp.main_module.borrow_mut() = Some(module.clone());
        let displayhook = native_with("displayhook", display_hook, crate::modules::module_value(module.clone()));
        Session { interp, module, script, displayhook }
    }

    /// Runs the `hyper -i` script, if any, as a script: no echo, its own file name in
    /// tracebacks. As under `python -i`, even `SystemExit` is only reported, as an error.
    pub fn run_script(&self) -> Outcome {
        let Some(file) = self.script.clone() else { return Outcome::Done };
        let code = match lang::parse(&file)
            .and_then(|tree| crate::compile::compile_module(&tree, file.clone(), self.module.clone(), &*self.interp))
        {
            Ok(code) => code,
            Err(d) => return Outcome::Error { text: d.render(&file), status: 1 },
        };
        let result = self.interp.run_frame(&mut Frame::new(code, self.module.clone()));
        self.interp.flush_stdout();
        match result {
            Ok(_) => Outcome::Done,
            Err(e) => self.exception_outcome(e),
        }
    }

    /// Parses, compiles and runs one complete interactive input in the session's module,
    /// echoing expression statements' values as CPython's interactive mode does. `name` is
    /// the file name shown in tracebacks (`<stdin>`); line numbers count from the input's
    /// first line.
    pub fn run_input(&self, text: &str, name: &str) -> Outcome {
        self.run_text(text, name, true)
    }

    /// Runs a whole program read from a pipe (`python3 < file`): as a script, without
    /// echo, but like interactive input without source lines in tracebacks.
    pub fn run_program_text(&self, text: &str, name: &str) -> Outcome {
        self.run_text(text, name, false)
    }

    fn run_text(&self, text: &str, name: &str, echo: bool) -> Outcome {
        let file = SourceFile::new(name, text);
        let mut tree = match lang::parse(&file) {
            Ok(tree) => tree,
            Err(d) => return Outcome::Error { text: d.render(&file), status: 1 },
        };
        if echo {
            add_echo(&mut tree.body);
        }
        // CPython cannot show source lines for `<stdin>` frames (linecache cannot read
        // them), so the code is compiled against a copy with the same line structure but
        // blank text; syntax errors are still rendered with the real text.
        let blank: String = text.bytes().map(|b| if b == b'\n' { '\n' } else { ' ' }).collect();
        let code_file = SourceFile::new(name, blank);
        let builtins = InteractiveBuiltins { interp: &self.interp, displayhook: &self.displayhook };
        let code = match crate::compile::compile_module(&tree, code_file, self.module.clone(), &builtins) {
            Ok(code) => code,
            Err(d) => return Outcome::Error { text: d.render(&file), status: 1 },
        };
        let result = self.interp.run_frame(&mut Frame::new(code, self.module.clone()));
        self.interp.flush_stdout();
        match result {
            Ok(_) => Outcome::Done,
            Err(e) if self.interp.err_is(&e, ExcType::SystemExit) => {
                Outcome::Exit(crate::runner::report_uncaught(&self.interp, e))
            }
            Err(e) => self.exception_outcome(e),
        }
    }

    fn exception_outcome(&self, mut e: PyErr) -> Outcome {
        let status = if self.interp.err_is(&e, ExcType::KeyboardInterrupt) { 130 } else { 1 };
        Outcome::Error { text: self.interp.format_traceback(&mut e), status }
    }

    /// Makes Python's stdout write through at once, as CPython's is line-buffered on a
    /// terminal, so output of a long-running input shows while it runs.
    pub fn unbuffer_stdout(&self) {
        self.interp.flush_stdout();
        if let Ok(mut out) = self.interp.out.try_borrow_mut() {
            // A zero-capacity `BufWriter` passes every write straight to stdout.
            *out = std::io::BufWriter::with_capacity(0, std::io::stdout());
        }
    }

    /// Bound global names of the session and the builtins' names, each with whether its
    /// value is callable (for completion).
    pub fn global_names(&self) -> Vec<(String, bool)> {
        let mut names: Vec<(String, bool)> =
            self.module.items().into_iter().map(|(name, value)| (name.to_string(), self.is_callable(&value))).collect();
        names.extend(self.interp.builtins.iter().map(|(name, value)| (name.to_string(), self.is_callable(value))));
        names
    }

    /// The value of `a.b.c`: a global or builtin name followed by attribute lookups, never
    /// a call. `None` when any part is missing or raises.
    pub fn lookup_dotted(&self, dotted: &str) -> Option<Value> {
        let mut parts = dotted.split('.');
        let first = parts.next()?;
        let mut value = self.module.get(first).or_else(|| self.interp.builtin(first))?;
        for attr in parts {
            value = self.interp.get_attr(&value, attr).ok()?;
        }
        Some(value)
    }

    /// `dir(value)`, each name with whether the attribute is a method or other callable.
    /// Instance attributes and class attributes are read without calling descriptors, so
    /// completion never runs a property's code.
    pub fn attribute_names(&self, value: &Value) -> Vec<(String, bool)> {
        let Some(dir) = self.interp.builtin("dir") else { return Vec::new() };
        let Ok(Value::List(list)) = self.interp.call_value(&dir, std::slice::from_ref(value), &[]) else {
            return Vec::new();
        };
        let names: Vec<Value> = list.items.borrow().clone();
        names
            .iter()
            .filter_map(|name| match name {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .map(|name| {
                let callable = self.raw_attribute(value, &name).is_some_and(|v| self.is_callable(&v));
                (name, callable)
            })
            .collect()
    }

    /// An attribute as stored (instance dict, module slot, or class dict along the MRO).
    fn raw_attribute(&self, value: &Value, name: &str) -> Option<Value> {
        match value {
            Value::Instance(inst) => {
                inst.attrs().into_iter().find(|(n, _)| &**n == name).map(|(_, v)| v).or_else(|| inst.class.lookup(name))
            }
            Value::Class(class) => class.lookup(name),
            Value::Other(other) => match &**other {
                Other::Module(m) => m.get(name),
                _ => self.interp.class_of(value).lookup(name),
            },
            _ => self.interp.class_of(value).lookup(name),
        }
    }

    fn is_callable(&self, value: &Value) -> bool {
        let Some(callable) = self.interp.builtin("callable") else { return false };
        matches!(self.interp.call_value(&callable, std::slice::from_ref(value), &[]), Ok(Value::Bool(true)))
    }
}

/// The compiler's view of builtins during an interactive input: the interpreter's, plus
/// the display hook.
struct InteractiveBuiltins<'a> {
    interp: &'a Interp,
    displayhook: &'a Value,
}

impl Builtins for InteractiveBuiltins<'_> {
    fn builtin(&self, name: &str) -> Option<Value> {
        if name == DISPLAYHOOK {
            return Some(self.displayhook.clone());
        }
        self.interp.builtin(name)
    }
}

/// CPython's `sys.displayhook(value)`: `None` prints nothing; anything else prints its
/// repr on stdout and becomes `_` (here a global of the session's module, where CPython
/// uses `builtins._`). The builtins `exit` and `quit` show CPython's `Quitter` repr.
/// Arguments: the session's module (the native's data), the value.
fn display_hook(interp: &Interp, args: &[Value], _kwargs: &Kwargs) -> PResult<Value> {
    let (Some(Value::Other(module)), Some(value)) = (args.first(), args.get(1)) else {
        return Err(PyErr::new(ExcType::TypeError, "displayhook() takes exactly one argument"));
    };
    if value.is_none() {
        return Ok(Value::None);
    }
    let text = match value {
        // CPython's `exit` and `quit` are `Quitter` objects whose repr tells how to leave.
        Value::Native(n)
            if interp.builtin(&n.name).is_some_and(|b| b.identity() == value.identity())
                && matches!(&*n.name, "exit" | "quit") =>
        {
            format!("Use {}() or Ctrl-D (i.e. EOF) to exit", n.name)
        }
        _ => interp.repr(value)?,
    };
    interp.write_stdout(&text)?;
    interp.write_stdout("\n")?;
    if let Other::Module(m) = &**module {
        m.set("_", value.clone());
    }
    Ok(Value::None)
}

/// Rewrites every expression statement at module scope into `<displayhook>(expr)`,
/// descending into compound statements but not into function or class bodies (CPython's
/// compiler echoes only at nesting level one of an interactive input).
fn add_echo(body: &mut [Stmt]) {
    for stmt in body {
        match &mut stmt.kind {
            StmtKind::Expr(expr) => {
                let span = expr.span;
                let value = std::mem::replace(expr, Expr { kind: ExprKind::Constant(lang::ast::Constant::None), span });
                let func = Expr { kind: ExprKind::Name(DISPLAYHOOK.to_string()), span };
                *expr = Expr {
                    kind: ExprKind::Call { func: Box::new(func), args: vec![value], keywords: Vec::new() },
                    span,
                };
            }
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                add_echo(body);
                add_echo(orelse);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                add_echo(body);
                for ExceptHandler { body, .. } in handlers {
                    add_echo(body);
                }
                add_echo(orelse);
                add_echo(finalbody);
            }
            StmtKind::With { body, .. } => add_echo(body),
            _ => {}
        }
    }
}
