//! hyper's runtime: values, the object model, and the tree-walking interpreter that defines
//! what every program does. A JIT may only make it faster, through `interp::ExecHooks`.
//!
//! Invariant: this crate does not depend on the JIT; it knows `lang` only through
//! `lang::parse` and the AST.

pub mod builtins;
pub mod code;
pub mod compile;
pub mod error;
pub mod generator;
pub mod interp;
pub mod iter;
pub mod module;
pub mod modules;
pub mod numeric;
pub mod object;
pub mod runner;
pub mod session;
pub mod traceback;
pub mod value;

pub use interp::Interp;
pub use runner::{run_program, Program, RunOptions};
pub use value::Value;
