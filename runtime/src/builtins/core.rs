//! The builtin functions: `print`, `len`, `abs`, `min`/`max`, `sorted`, `isinstance`, … —
//! each named after and behaving as its CPython counterpart. `register` below is the table,
//! one line per builtin; the functions live in `core/` by concern: `io.rs` (`print`,
//! `input`, `exit`), `text.rs` (`repr`, `format`, `chr`, …), `numeric.rs` (`abs`, `round`,
//! `divmod`, `pow`, …), `iteration.rs` (`zip`, `enumerate`, `sorted`, `min`/`max`, …) and
//! `introspection.rs` (`len`, `isinstance`, `getattr`, `dir`, …).
//!
//! Invariant: each function checks its arguments before any effect, so a `TypeError` for a
//! bad call never leaves half of the work done.

mod introspection;
mod io;
mod iteration;
mod numeric;
mod text;

use crate::interp::Interp;
use introspection::{
    builtin_callable, builtin_delattr, builtin_dir, builtin_getattr, builtin_globals, builtin_hasattr, builtin_hash,
    builtin_id, builtin_isinstance, builtin_issubclass, builtin_len, builtin_setattr, builtin_vars,
};
use io::{builtin_exit, builtin_input, builtin_print};
use iteration::{
    builtin_all, builtin_any, builtin_enumerate, builtin_filter, builtin_iter, builtin_map, builtin_max, builtin_min,
    builtin_next, builtin_reversed, builtin_sorted, builtin_sum, builtin_zip,
};
use numeric::{builtin_abs, builtin_bin, builtin_divmod, builtin_hex, builtin_oct, builtin_pow, builtin_round};
use text::{builtin_ascii, builtin_chr, builtin_format, builtin_ord, builtin_repr};

pub fn register(interp: &mut Interp) {
    interp.add_builtin("print", builtin_print);
    interp.add_builtin("len", builtin_len);
    interp.add_builtin("repr", builtin_repr);
    interp.add_builtin("ascii", builtin_ascii);
    interp.add_builtin("abs", builtin_abs);
    interp.add_builtin("min", builtin_min);
    interp.add_builtin("max", builtin_max);
    interp.add_builtin("sum", builtin_sum);
    interp.add_builtin("any", builtin_any);
    interp.add_builtin("all", builtin_all);
    interp.add_builtin("sorted", builtin_sorted);
    interp.add_builtin("reversed", builtin_reversed);
    interp.add_builtin("enumerate", builtin_enumerate);
    interp.add_builtin("zip", builtin_zip);
    interp.add_builtin("map", builtin_map);
    interp.add_builtin("filter", builtin_filter);
    interp.add_builtin("iter", builtin_iter);
    interp.add_builtin("next", builtin_next);
    interp.add_builtin("isinstance", builtin_isinstance);
    interp.add_builtin("issubclass", builtin_issubclass);
    interp.add_builtin("hash", builtin_hash);
    interp.add_builtin("id", builtin_id);
    interp.add_builtin("chr", builtin_chr);
    interp.add_builtin("ord", builtin_ord);
    interp.add_builtin("hex", builtin_hex);
    interp.add_builtin("oct", builtin_oct);
    interp.add_builtin("bin", builtin_bin);
    interp.add_builtin("format", builtin_format);
    interp.add_builtin("callable", builtin_callable);
    interp.add_builtin("getattr", builtin_getattr);
    interp.add_builtin("setattr", builtin_setattr);
    interp.add_builtin("hasattr", builtin_hasattr);
    interp.add_builtin("delattr", builtin_delattr);
    interp.add_builtin("vars", builtin_vars);
    interp.add_builtin("dir", builtin_dir);
    interp.add_builtin("round", builtin_round);
    interp.add_builtin("divmod", builtin_divmod);
    interp.add_builtin("pow", builtin_pow);
    interp.add_builtin("input", builtin_input);
    interp.add_builtin("globals", builtin_globals);
    interp.add_builtin("locals", builtin_globals);
    interp.add_builtin("exit", builtin_exit);
    interp.add_builtin("quit", builtin_exit);
}
