//! The typed-function compiler: pure user functions (recursive ones included) compiled
//! whole, for the argument types they are called with, the Numba-style half of the JIT.
//!
//! A loop trace cannot hold `fib(n - 1) + fib(n - 2)`: the call recurses. Such a function
//! is compiled as a Cranelift function per *specialization* (code object, argument types),
//! with its locals typed once (`int`, `float` or `bool`, unboxed in registers, or `object`:
//! None or a heap object as one counted word; tuples are built and unpacked), its calls to
//! other compiled specializations as direct machine calls (recursion included) and every
//! Python operation that could leave that typed world (an overflow past 64 bits, a zero
//! divisor, the recursion limit) as a *bail*.
//!
//! Bailing: the body is pure (no stores outside its own locals and the tuples it creates,
//! no calls but to other pure specializations, no output), so nothing it did is visible; a
//! bail sets a flag, every machine frame returns at once, and the interpreter runs the
//! call from the start as if it had never been compiled, raising what Python raises with
//! the interpreter's traceback.
//! The callees are module globals: the entry checks that each still holds the function
//! the group was compiled against (nothing inside compiled code can rebind them).
//!
//! Where this departs from `shared/JIT.md`'s "one IR": a function body has branches and
//! several returns, the trace IR has one loop and no branches, so function bodies get their
//! own small typed tree (`func/check.rs`) and lowering (`codegen/functions.rs`). The two
//! share the backend's code memory (one flush frees both) and its conventions.

mod check;

pub use check::{check_group, Expected, Group, Spec, SpecKey, Ty};
pub(crate) use check::{FloatOp, IntOp, TExpr, TStmt};
