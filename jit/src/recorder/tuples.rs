//! Tuples the iteration reads: `t[i]` (Python's negative indices), `len(t)`, and the items
//! a pair target unpacks. A tuple never changes, so a trace specializes on its length: one
//! guard (`tuple_items`: the item array of a tuple of exactly that many items, else 0),
//! after which the length is a constant and the items are read inline.
//!
//! Invariant: every item read is at a position checked against that constant length, after
//! the `tuple_items` guard on the same tuple.

use super::*;
use crate::ir::IrRef;
use runtime::object::PyTuple;

impl Recorder<'_, '_> {
    /// The item array of the tuple `r` (now `t`), guarded to have `t`'s length.
    pub(super) fn tuple_items_guarded(&mut self, r: IrRef, t: &PyTuple) -> Result<IrRef, Abort> {
        let n = t.items.len();
        if n == 0 {
            return Err(self.abort("an empty tuple"));
        }
        let items = self.emit(Op::TupleItems(r, n as i64))?;
        let zero = self.emit(Op::ConstInt(0))?;
        let found = self.emit(Op::NeInt(items, zero))?;
        let what = format!("the tuple has {n} item{}", if n == 1 { "" } else { "s" });
        self.guard_dir(found, true, ExitKind::Guard, &what)?;
        Ok(items)
    }

    /// `o[i]` of the tuple `o`: an object item (its borrowed copy, guarded on its type) or a
    /// number.
    pub(super) fn tuple_load(&mut self, o: &ObjSym, i: Sym) -> Result<Val, Abort> {
        let Value::Tuple(t) = &o.value else { return Err(self.abort("internal: not a tuple")) };
        let Num::Int(index) = i.num else {
            return Err(self.abort(format!("a tuple index that is {}", article(i.num.kind()))));
        };
        let n = t.items.len() as i64;
        let at = if index < 0 { index + n } else { index };
        let Some(item) = usize::try_from(at).ok().and_then(|k| t.items.get(k)).cloned() else {
            return Err(self.abort("a tuple index out of range"));
        };
        let items = self.tuple_items_guarded(o.r, t)?;
        let len = self.emit(Op::ConstInt(n))?;
        let pos = self.checked_position(i, len)?;
        let r = self.emit(Op::LoadElem(items, pos))?;
        self.typed_value(r, item, "the tuple item")
    }

    /// `len(o)` of the tuple `o`: its length, a constant once guarded.
    pub(super) fn tuple_len(&mut self, o: &ObjSym) -> Result<Sym, Abort> {
        let Value::Tuple(t) = &o.value else { return Err(self.abort("internal: not a tuple")) };
        self.tuple_items_guarded(o.r, t)?;
        let n = t.items.len() as i64;
        Ok(Sym { r: self.emit(Op::ConstInt(n))?, num: Num::Int(n) })
    }
}
