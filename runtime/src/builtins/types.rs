//! Methods of the builtin types, one file per type under `types/`; `register` adds them all
//! to their classes.
//!
//! Invariant: a method's native function receives `self` as `args[0]` and checks that it is
//! of its type (it may be called unbound, as `str.upper(x)`).

pub mod char_class;
pub mod dict_methods;
pub mod generator_methods;
pub mod list_methods;
pub mod number_methods;
pub mod range_methods;
pub mod set_methods;
pub mod slot_wrappers;
pub mod str_methods;
pub mod str_search;
#[rustfmt::skip]
pub mod unicode_tables;

use crate::interp::Interp;

pub fn register(interp: &mut Interp) {
    list_methods::register(interp);
    dict_methods::register(interp);
    str_methods::register(interp);
    set_methods::register(interp);
    number_methods::register(interp);
    range_methods::register(interp);
    generator_methods::register(interp);
}
