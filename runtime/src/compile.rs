//! The compiler from AST to the executable tree (`code`): scope analysis (`scope`), then
//! lowering with every name resolved to a slot (`lower`).
//!
//! Invariant: compilation never runs Python code; its only effect outside the returned tree
//! is creating (unbound) global slots in the target module.

mod fold;
pub mod lower;
pub mod scope;

pub use lower::{compile_module, Builtins};
