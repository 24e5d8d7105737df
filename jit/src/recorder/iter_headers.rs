//! The headers of `for` loops over iterators: a list's own iterator (its elements assigned
//! to one name, or pairs unpacked into two), `enumerate` over one, `zip` over several, and
//! a str's own iterator (its characters below U+0100, the shared one-character strings), and
//! a dict's (`for k in d`, `.values()`, `for k, v in d.items()`: helper reads of the next
//! entry, the iterator advanced after the guards).
//! The iterator lives in the loop's hidden slot; compiled code advances it in place (the
//! list iterator's position, the enumerate count), so the interpreter carries on with the
//! same object after an exit.
//!
//! Invariant: nothing is advanced before the element's type guard passed, so the header's
//!   guards resume at the header (nothing happened); after the advance the targets are
//!   assigned, and every later exit resumes inside the body.

use super::*;
use crate::ir::IrRef;

/// What the hidden slot's iterator is at the header.
enum Walk {
    /// A list's own iterator; the element it gives next.
    List(Option<Value>),
    /// `enumerate` over a list's own iterator: the count and the element it gives next.
    Enumerate(i64, Option<Value>),
    /// `zip` over lists' own iterators: the elements they give next.
    Zip(Vec<Option<Value>>),
    /// A str's own iterator; the character it gives next.
    Str(Option<char>),
    /// A dict's iterator (keys, values or items); the key and value of its next entry.
    Dict(runtime::iter::DictPart, Option<(Value, Value)>),
}

impl Recorder<'_, '_> {
    /// `for target in a_list`, `for i, x in enumerate(a_list)`, `for x, y in zip(a, b)`.
    pub(super) fn list_header(&mut self, target: &Target, iter_slot: u32) -> Result<(), Abort> {
        let it = self.input.locals.get(iter_slot as usize).cloned().unwrap_or(Value::Unbound);
        let walk = match walk_of(&it) {
            Some(walk) => walk,
            None => {
                let what =
                    "a `for` loop over something other than a range, a list, a str, a dict, or `enumerate` or `zip` of lists";
                return Err(self.abort(what));
            }
        };
        let slot = self.slot(SlotHome::Local(iter_slot));
        let r_it = self.emit(Op::LoadSlot(Slot::from_u32(slot as u32)))?;
        self.emit_guarded(Op::GuardTag(r_it, TagImm(it.tag())), ExitKind::Guard, "the loop's iterator is in place")?;
        self.loaded[slot] = Some("iterator");
        // Every guard comes before any iterator advances (the exits resume at the header);
        // then the iterators advance and the targets are assigned.
        let writes = match walk {
            Walk::List(elem) => {
                let Some(elem) = elem else { return Err(self.loop_ended()) };
                let step = self.list_step(r_it, &elem)?;
                let writes = self.bind(target, step.elem)?;
                self.advance(step.pos_addr, step.pos)?;
                writes
            }
            Walk::Enumerate(count, elem) => {
                let Some(elem) = elem else { return Err(self.loop_ended()) };
                let Target::Unpack { targets, star: None, .. } = target else {
                    return Err(self.abort("`for` over `enumerate` with a target other than two names"));
                };
                let [index_target, elem_target] = &targets[..] else {
                    return Err(self.abort("`for` over `enumerate` with a target other than two names"));
                };
                let index_home = self.home_of(index_target)?;
                let count_addr = self.emit(Op::EnumCountAddr(r_it))?;
                let zero = self.emit(Op::ConstInt(0))?;
                let counts = self.emit(Op::NeInt(count_addr, zero))?;
                self.guard_dir(counts, true, ExitKind::Guard, "the loop's iterator is an `enumerate`")?;
                let inner = self.emit(Op::EnumInner(r_it))?;
                let what = "`enumerate` walks a list";
                self.emit_guarded(Op::GuardTag(inner, TagImm(Tag::Other)), ExitKind::Guard, what)?;
                let step = self.list_step(inner, &elem)?;
                let mut writes = self.bind(elem_target, step.elem)?;
                let index = self.emit(Op::LoadIterPos(count_addr))?;
                let one = self.emit(Op::ConstInt(1))?;
                if count.checked_add(1).is_none() {
                    return Err(self.abort("the `enumerate` count overflows"));
                }
                let next_r = self.emit_checked(Op::AddIntOvf(index, one), "the `enumerate` count overflows")?;
                self.advance(step.pos_addr, step.pos)?;
                self.em.emit(Op::StoreIterPos(count_addr, next_r), None, &mut self.stats);
                writes.insert(0, (index_home, Val::Num(Sym { r: index, num: Num::Int(count) })));
                writes
            }
            Walk::Str(next) => {
                let Some(c) = next else { return Err(self.loop_ended()) };
                if c as u32 >= 256 {
                    return Err(self.abort("a `for` loop over a str at a character above U+00FF"));
                }
                // Two helpers: the bytes left (the loop's end), then the character, which
                // advances the iterator only when it is one of the shared strings.
                let left = self.call(trace_calls::STR_ITER_LEFT, &[r_it])?;
                let zero = self.emit(Op::ConstInt(0))?;
                let walks = self.emit(Op::GeInt(left, zero))?;
                self.guard_dir(walks, true, ExitKind::Guard, "the loop's iterator walks a str")?;
                let more = self.emit(Op::GtInt(left, zero))?;
                self.guard_dir(more, true, ExitKind::LoopEnd, "the str is exhausted")?;
                let r = self.call(trace_calls::STR_ITER_NEXT, &[r_it])?;
                let what = "the next character is below U+0100";
                self.emit_guarded(Op::GuardTag(r, TagImm(Tag::Str)), ExitKind::Guard, what)?;
                let value = Value::Str(runtime::object::str::char_str(c));
                self.bind(target, Val::Obj(ObjSym { r, value }))?
            }
            Walk::Dict(part, next) => {
                let Some((key, value)) = next else { return Err(self.loop_ended()) };
                use runtime::iter::DictPart;
                let code = self.emit(Op::ConstInt(trace_calls::part_code(part)))?;
                let at = self.call(trace_calls::DICT_ITER_LIVE, &[r_it, code])?;
                let zero = self.emit(Op::ConstInt(0))?;
                let walks = self.emit(Op::GeInt(at, zero))?;
                let what = "the loop's iterator walks a dict that kept its size";
                self.guard_dir(walks, true, ExitKind::Guard, what)?;
                let more = self.emit(Op::GtInt(at, zero))?;
                self.guard_dir(more, true, ExitKind::LoopEnd, "the dict is exhausted")?;
                let mut parts = Vec::new();
                if part != DictPart::Values {
                    parts.push((0, key, "the key"));
                }
                if part != DictPart::Keys {
                    parts.push((1, value, "the value"));
                }
                let mut read = Vec::with_capacity(parts.len());
                for (which, now, what) in parts {
                    let which = self.emit(Op::ConstInt(which))?;
                    let r = self.call(trace_calls::DICT_ENTRY, &[r_it, at, which])?;
                    read.push(self.typed_value(r, now, what)?);
                }
                let writes = match (part, target) {
                    (DictPart::Items, Target::Unpack { targets, star: None, .. }) if targets.len() == 2 => {
                        let homes = targets.iter().map(|t| self.home_of(t)).collect::<Result<Vec<_>, _>>()?;
                        homes.into_iter().zip(read).collect()
                    }
                    (DictPart::Items, _) => {
                        return Err(self.abort("`for` over `.items()` with a target other than two names"))
                    }
                    _ => self.bind(target, read.remove(0))?,
                };
                // After every guard above; it fails only when it did nothing.
                let moved = self.call(trace_calls::DICT_ITER_ADVANCE, &[r_it, at])?;
                self.guard_dir(moved, true, ExitKind::Guard, "the dict iterator advanced")?;
                writes
            }
            Walk::Zip(elems) => {
                let Target::Unpack { targets, star: None, .. } = target else {
                    return Err(self.abort("`for` over `zip` with a target other than one name per list"));
                };
                if targets.len() != elems.len() {
                    return Err(self.abort("`for` over `zip` with a target other than one name per list"));
                }
                // Every list is tested before any iterator advances: where one is exhausted
                // the exit resumes at the header, and the interpreter's own `zip` step then
                // advances the lists before it, as CPython's does.
                let mut steps: Vec<(IrRef, IrRef)> = Vec::with_capacity(elems.len());
                let mut writes = Vec::new();
                for (k, (elem, target)) in elems.into_iter().zip(targets).enumerate() {
                    let Some(elem) = elem else { return Err(self.loop_ended()) };
                    let inner = self.emit(Op::ZipInner(r_it, k as i64))?;
                    let what = "`zip` walks lists";
                    self.emit_guarded(Op::GuardTag(inner, TagImm(Tag::Other)), ExitKind::Guard, what)?;
                    let step = self.list_step(inner, &elem)?;
                    // `zip(it, it)` advances one iterator twice a step: refused at recording,
                    // and guarded against at run time (the positions' addresses differ).
                    for &(earlier, _) in &steps {
                        let distinct = self.emit(Op::NeInt(step.pos_addr, earlier))?;
                        self.guard_dir(distinct, true, ExitKind::Guard, "`zip` walks distinct iterators")?;
                    }
                    steps.push((step.pos_addr, step.pos));
                    writes.extend(self.bind(target, step.elem)?);
                }
                for (pos_addr, pos) in steps {
                    self.advance(pos_addr, pos)?;
                }
                writes
            }
        };
        for (home, v) in writes {
            match v {
                Val::Obj(o) => self.write_obj(home, o)?,
                Val::Num(sym) => self.write(home, sym)?,
            }
        }
        self.effect_done = true;
        Ok(())
    }

    /// The test and element read of a list iterator `r_it`: its position read in place and
    /// checked against the list's length (as CPython's iterator does, so a list that grows
    /// is walked to its new end), the element read inline and guarded on the type of
    /// `elem` (the element it gives now).
    fn list_step(&mut self, r_it: IrRef, elem: &Value) -> Result<ListStep, Abort> {
        let pos_addr = self.emit(Op::ListIterPos(r_it))?;
        let zero = self.emit(Op::ConstInt(0))?;
        let walks_list = self.emit(Op::NeInt(pos_addr, zero))?;
        self.guard_dir(walks_list, true, ExitKind::Guard, "the loop's iterator walks a list")?;
        let list = self.emit(Op::ListIterList(r_it))?;
        self.emit_guarded(Op::GuardTag(list, TagImm(Tag::List)), ExitKind::Guard, "the loop's iterator walks a list")?;
        let pos = self.emit(Op::LoadIterPos(pos_addr))?;
        let len = self.emit(Op::ListLength(list))?;
        let more = self.emit(Op::LtInt(pos, len))?;
        self.guard_dir(more, true, ExitKind::LoopEnd, "the list is exhausted")?;
        let items = self.emit(Op::ListItems(list))?;
        let r = self.emit(Op::LoadElem(items, pos))?;
        let elem = self.typed_value(r, elem.clone(), "the element")?;
        Ok(ListStep { pos_addr, pos, elem })
    }

    /// What assigning the element `elem` to `target` writes: one name, or, for a pair of
    /// names, the tuple's items (read and guarded here, before the iterator advances: a
    /// wrong length resumes at the header, where the interpreter raises CPython's
    /// ValueError).
    fn bind(&mut self, target: &Target, elem: Val) -> Result<Vec<(SlotHome, Val)>, Abort> {
        let Target::Unpack { targets, star: None, .. } = target else {
            return Ok(vec![(self.home_of(target)?, elem)]);
        };
        let homes = targets.iter().map(|t| self.home_of(t)).collect::<Result<Vec<_>, _>>()?;
        let Val::Obj(o) = elem else { return Err(self.abort("unpacking a list element that is a number")) };
        let items = self.unpack_tuple(&o, homes.len())?;
        Ok(homes.into_iter().zip(items).collect())
    }

    /// The `n` items of the tuple `o`, read inline and guarded on their types; `n` must be
    /// its length (1 or 2, the tuples that keep their items inline).
    fn unpack_tuple(&mut self, o: &ObjSym, n: usize) -> Result<Vec<Val>, Abort> {
        let (r, value) = (o.r, &o.value);
        let Value::Tuple(t) = value else {
            let kind = crate::ir::tag_name(value.tag());
            return Err(self.abort(format!("unpacking a list element that is {}", article(kind))));
        };
        if t.items.len() != n || !(1..=2).contains(&n) {
            return Err(self.abort(format!("unpacking a tuple of {} items into {n} names", t.items.len())));
        }
        let items = self.tuple_items_guarded(r, t)?;
        let mut out = Vec::with_capacity(n);
        for (k, item) in t.items.iter().enumerate() {
            let at = self.emit(Op::ConstInt(k as i64))?;
            let ri = self.emit(Op::LoadElem(items, at))?;
            out.push(self.typed_value(ri, item.clone(), &format!("item {k} of the tuple"))?);
        }
        Ok(out)
    }

    /// Writes `pos + 1` as the list iterator's position (at `pos_addr`).
    fn advance(&mut self, pos_addr: IrRef, pos: IrRef) -> Result<(), Abort> {
        let one = self.emit(Op::ConstInt(1))?;
        let next = self.emit(Op::AddInt(pos, one))?;
        self.em.emit(Op::StoreIterPos(pos_addr, next), None, &mut self.stats);
        Ok(())
    }
}

/// What `list_step` read.
struct ListStep {
    pos_addr: IrRef,
    pos: IrRef,
    elem: Val,
}

/// The iterator `it` as a loop the recorder can compile, with what it gives next.
fn walk_of(it: &Value) -> Option<Walk> {
    let Value::Other(other) = it else { return None };
    let Other::Iter(cell) = &**other else { return None };
    let state = cell.try_borrow().ok()?;
    match &*state {
        runtime::iter::NativeIter::List { list, index } => Some(Walk::List(next_element(list, *index))),
        runtime::iter::NativeIter::Dict { dict, pos, len, seen, part } => {
            let table = dict.table.try_borrow().ok()?;
            if table.len() != *len {
                return None;
            }
            let next = table.next_live(*pos).and_then(|p| table.get_at(p)).map(|e| (e.key.clone(), e.value.clone()));
            // More entries than it started with: the interpreter raises.
            if next.is_some() && seen >= len {
                return None;
            }
            Some(Walk::Dict(*part, next))
        }
        runtime::iter::NativeIter::Str { s, byte_pos } => {
            Some(Walk::Str(s.as_str().get(*byte_pos..).and_then(|rest| rest.chars().next())))
        }
        runtime::iter::NativeIter::Enumerate { inner, count } => match walk_of(inner)? {
            Walk::List(elem) => Some(Walk::Enumerate(*count, elem)),
            _ => None,
        },
        runtime::iter::NativeIter::Zip { iters } if !iters.is_empty() && distinct(iters) => {
            let elems = iters.iter().map(|inner| match walk_of(inner)? {
                Walk::List(elem) => Some(elem),
                _ => None,
            });
            elems.collect::<Option<Vec<_>>>().map(Walk::Zip)
        }
        _ => None,
    }
}

/// True when no iterator appears twice in `iters`.
fn distinct(iters: &[Value]) -> bool {
    let words: Vec<Option<i64>> = iters.iter().map(crate::trace_calls::payload_word).collect();
    words.iter().enumerate().all(|(i, w)| w.is_some() && !words[..i].contains(w))
}

fn next_element(list: &runtime::object::PyList, index: usize) -> Option<Value> {
    list.items.try_borrow().ok().and_then(|items| items.get(index).cloned())
}
