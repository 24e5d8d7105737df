//! Heap reads and writes of the recorded iteration: objects named by variables, instance
//! attributes through a shape check, list elements by index.
//!
//! Invariant: the simulation reads its own stores back (`heap_writes`), and a store is an
//! effect of its statement (a guarded helper: when it fails, nothing was stored).

use super::*;
use crate::ir::IrRef;

impl Recorder<'_, '_> {
    /// An expression that may be a heap object: a variable, `a[i]` or `o.name` holding one
    /// now. Anything else is a number (`expr`).
    pub(super) fn value_expr(&mut self, e: &Expr) -> Result<Val, Abort> {
        match &e.kind {
            ExprKind::Local(n) if !self.inline.is_empty() => match self.inline_local(*n) {
                Some(v) => v,
                None => Err(self.abort("internal: not inlining")),
            },
            ExprKind::Call(call) => match self.inline_call(call)? {
                Some(v) => Ok(v),
                None => Ok(Val::Num(self.expr(e)?)),
            },
            ExprKind::CallMethod(obj, name, call) if call.simple => match self.inline_method(obj, name, call)? {
                Some(v) => Ok(v),
                None => Ok(Val::Num(self.expr(e)?)),
            },
            ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::GlobalOrBuiltin(..) => {
                let home = match &e.kind {
                    ExprKind::Local(n) => SlotHome::Local(*n),
                    ExprKind::Global(n) | ExprKind::GlobalOrBuiltin(n, _) => SlotHome::Global(*n),
                    _ => unreachable!(),
                };
                let slot = self.slot(home);
                if self.heap_cur.contains_key(&slot) {
                    return Ok(Val::Obj(self.heap_obj(e)?));
                }
                if self.cur[slot].is_none() {
                    let now = self.header_value(home);
                    if now.as_ref().is_some_and(is_value_object) {
                        return Ok(Val::Obj(self.heap_obj(e)?));
                    }
                }
                Ok(Val::Num(self.expr(e)?))
            }
            ExprKind::Const(v) if is_object(v) => Ok(Val::Obj(self.const_obj(v)?)),
            // None as a value to store or pass (`out.append(None)`, `x = None`): a constant
            // the counted store and the helpers take like any value (it owns nothing).
            ExprKind::Const(Value::None) => Ok(Val::Obj(ObjSym { r: self.emit(Op::ConstNone())?, value: Value::None })),
            ExprKind::Subscript(obj, index) => {
                let o = self.heap_obj(obj)?;
                let i = self.expr(index)?;
                if matches!(o.value, Value::Str(_)) {
                    return Ok(Val::Obj(self.str_char(&o, i)?));
                }
                if matches!(o.value, Value::Tuple(_)) {
                    return self.tuple_load(&o, i);
                }
                let (list, pos) = self.list_position(&o, i)?;
                let elem = list.items.try_borrow().ok().and_then(|items| items.get(pos).cloned());
                match elem {
                    Some(elem)
                        if is_value_object(&elem)
                            && !self.heap_writes.contains_key(&(Rc::as_ptr(&list) as usize, pos)) =>
                    {
                        let r = self.list_load_obj(&o, i, &elem)?;
                        Ok(Val::Obj(ObjSym { r, value: elem }))
                    }
                    _ => Ok(Val::Num(self.list_load(&o, i)?)),
                }
            }
            ExprKind::Attr(obj, name, _) => {
                let o = self.heap_obj(obj)?;
                let (inst, _, index) = self.instance_attr(&o, name)?;
                let attr = inst.slots.try_borrow().ok().and_then(|s| s.get(index).cloned());
                match attr {
                    Some(attr)
                        if is_value_object(&attr)
                            && !self.heap_writes.contains_key(&(Rc::as_ptr(&inst) as usize, index)) =>
                    {
                        let r = self.attr_load_obj(&o, name, &attr)?;
                        Ok(Val::Obj(ObjSym { r, value: attr }))
                    }
                    _ => Ok(Val::Num(self.attr_load(&o, name)?)),
                }
            }
            _ => Ok(Val::Num(self.expr(e)?)),
        }
    }

    /// The value `r` loaded (an element or an item, now `value`), guarded on its type: an
    /// object (or None) as a borrowed copy, or a number unboxed. `noun` names it in the
    /// guard's and the abort's words ("the element").
    pub(super) fn typed_value(&mut self, r: IrRef, value: Value, noun: &str) -> Result<Val, Abort> {
        if is_value_object(&value) {
            let what = format!("{noun} is {}", article(crate::ir::tag_name(value.tag())));
            self.emit_guarded(Op::GuardTag(r, TagImm(value.tag())), ExitKind::Guard, what)?;
            return Ok(Val::Obj(ObjSym { r, value }));
        }
        let num = match number_of(Some(&value)) {
            Ok(num) => num,
            Err(what) => return Err(self.abort(format!("{noun} {what}"))),
        };
        Ok(Val::Num(self.unbox_result(r, num, format!("{noun} is {}", article(num.kind())))?))
    }

    /// The value a local or global held when recording started (the simulation's stand-in
    /// for a variable the iteration has not assigned).
    pub(super) fn header_value(&self, home: SlotHome) -> Option<Value> {
        match home {
            SlotHome::Local(n) => self.input.locals.get(n as usize).cloned(),
            SlotHome::Global(n) => self.input.module.slots.try_borrow().ok().and_then(|s| s.get(n as usize).cloned()),
            _ => None,
        }
    }

    /// A heap object named by a local or global the iteration does not assign: loaded and
    /// guarded on its type (the trace only reads it and passes it to helpers).
    pub(super) fn heap_obj(&mut self, e: &Expr) -> Result<ObjSym, Abort> {
        if let ExprKind::Local(n) = &e.kind {
            match self.inline_local(*n) {
                None => {}
                Some(Ok(Val::Obj(o))) => return Ok(o),
                Some(Ok(Val::Num(_))) => return Err(self.abort("a local holding a number where an object is needed")),
                Some(Err(abort)) => return Err(abort),
            }
        }
        let home = match &e.kind {
            ExprKind::Local(n) => SlotHome::Local(*n),
            ExprKind::Global(n) | ExprKind::GlobalOrBuiltin(n, _) => SlotHome::Global(*n),
            ExprKind::Const(v) if is_object(v) => return self.const_obj(v),
            // `a[i][j]`, `a.b.c`: the inner object is a borrowed element or attribute,
            // loaded and guarded on its type like any other.
            ExprKind::Subscript(..) | ExprKind::Attr(..) => {
                return match self.value_expr(e)? {
                    Val::Obj(o) => Ok(o),
                    Val::Num(n) => {
                        self.line = e.line;
                        Err(self.abort(format!("{} where an object is needed", article(n.num.kind()))))
                    }
                }
            }
            _ => {
                self.line = e.line;
                return Err(self.abort("an object that is not a variable, an element or an attribute (`f().x`)"));
            }
        };
        let slot = self.slot(home);
        if let Some(o) = self.heap_cur.get(&slot) {
            return Ok(o.clone());
        }
        let name = self.slot_name(home);
        if self.cur[slot].is_some() {
            return Err(self.abort(format!("`{name}` holds a number here")));
        }
        let value = self.header_value(home).unwrap_or(Value::Unbound);
        let tag = value.tag();
        if !is_value_object(&value) {
            return Err(
                self.abort(format!("`{name}` is {} where an object is needed", article(crate::ir::tag_name(tag))))
            );
        }
        self.load_object(home, value, ExitKind::Guard)
    }

    /// Loads the variable `home`, which the iteration has not assigned and which holds the
    /// object (or None) `value` now, with a guard of kind `kind` that it still holds one of
    /// its type.
    pub(super) fn load_object(&mut self, home: SlotHome, value: Value, kind: ExitKind) -> Result<ObjSym, Abort> {
        let slot = self.slot(home);
        let (name, tag) = (self.slot_name(home), value.tag());
        let r = self.emit(Op::LoadSlot(Slot::from_u32(slot as u32)))?;
        let what = format!("`{name}` is {}", article(crate::ir::tag_name(tag)));
        self.emit_guarded(Op::GuardTag(r, TagImm(tag)), kind, what)?;
        self.loaded[slot] = Some(crate::ir::tag_name(tag));
        Ok(ObjSym { r, value })
    }

    /// The instance, its shape and the attribute's index, for a plain-class instance.
    pub(super) fn instance_attr(&mut self, o: &ObjSym, name: &str) -> Result<(Rc<Instance>, Rc<Shape>, usize), Abort> {
        let Value::Instance(inst) = &o.value else {
            return Err(self.abort(format!("`.{name}` of {}", article(crate::ir::tag_name(o.value.tag())))));
        };
        if !inst.dict.try_borrow().is_ok_and(|d| d.is_none()) {
            return Err(self.abort("an instance whose `__dict__` was used"));
        }
        if !inst.class.is_plain() {
            return Err(self.abort("an instance of a class with properties, `__slots__` or `__setattr__`"));
        }
        let Ok(shape) = inst.shape.try_borrow().map(|s| s.clone()) else {
            return Err(self.abort("internal: shape in use"));
        };
        let Some(index) = shape.index_of(name) else {
            return Err(self.abort(format!("`.{name}` is not an attribute of the instance itself")));
        };
        Ok((inst.clone(), shape, index))
    }

    /// Constants naming a shape and a slot index (the shape is kept alive with the trace).
    pub(super) fn shape_consts(&mut self, shape: Rc<Shape>, index: usize) -> Result<[crate::ir::IrRef; 2], Abort> {
        let shape_c = self.emit(Op::ConstInt(Rc::as_ptr(&shape) as usize as i64))?;
        let index_c = self.emit(Op::ConstInt(index as i64))?;
        self.keep_alive.shapes.push(shape);
        Ok([shape_c, index_c])
    }

    /// The attribute array of `o` (shape-checked: a guard that it kept `shape`) and the
    /// position of the attribute in it.
    fn attr_slot(&mut self, o: &ObjSym, shape: Rc<Shape>, index: usize, name: &str) -> Result<(IrRef, IrRef), Abort> {
        let Value::Instance(inst) = &o.value else {
            return Err(self.abort(format!("internal: `.{name}` of a non-instance")));
        };
        let items = self.shape_guard(o.r, inst, shape, &format!("the instance of `.{name}` kept its shape"))?;
        Ok((items, self.emit(Op::ConstInt(index as i64))?))
    }

    /// A guard that the instance `r` (now `inst`) still has `shape` and its class (and no
    /// `__dict__`, and a plain class): its attribute array.
    pub(super) fn shape_guard(
        &mut self,
        r: IrRef,
        inst: &Instance,
        shape: Rc<Shape>,
        what: &str,
    ) -> Result<IrRef, Abort> {
        let shape_ptr = Rc::as_ptr(&shape) as usize as i64;
        let class_ptr = Rc::as_ptr(&inst.class) as usize as i64;
        self.keep_alive.values.push(Value::Class(inst.class.clone()));
        self.keep_alive.shapes.push(shape);
        let plain = self.emit(Op::ClassIsPlain(class_ptr))?;
        let class = &inst.class.name;
        let plain_what = format!("`{class}` has no properties, `__slots__` or `__setattr__`");
        self.guard_dir(plain, true, ExitKind::Guard, &plain_what)?;
        let items = self.emit(Op::AttrItems(r, shape_ptr, class_ptr))?;
        let zero = self.emit(Op::ConstInt(0))?;
        let same = self.emit(Op::NeInt(items, zero))?;
        self.guard_dir(same, true, ExitKind::Guard, what)?;
        Ok(items)
    }

    /// `o.name` holding an object: its borrowed copy, guarded on its type.
    pub(super) fn attr_load_obj(&mut self, o: &ObjSym, name: &str, attr: &Value) -> Result<IrRef, Abort> {
        let (_, shape, index) = self.instance_attr(o, name)?;
        let (items, at) = self.attr_slot(o, shape, index, name)?;
        let r = self.emit(Op::LoadElem(items, at))?;
        let tag = attr.tag();
        let what = format!("`.{name}` is {}", article(crate::ir::tag_name(tag)));
        self.emit_guarded(Op::GuardTag(r, TagImm(tag)), ExitKind::Guard, what)?;
        Ok(r)
    }

    /// `o.name`, a number in an instance's own attributes.
    pub(super) fn attr_load(&mut self, o: &ObjSym, name: &str) -> Result<Sym, Abort> {
        if let Some(sym) = self.class_attr_load(o, name)? {
            return Ok(sym);
        }
        let (inst, shape, index) = self.instance_attr(o, name)?;
        let key = (Rc::as_ptr(&inst) as usize, index);
        let num = match self.heap_writes.get(&key) {
            Some(num) => *num,
            None => match number_of(inst.slots.try_borrow().ok().as_deref().and_then(|s| s.get(index))) {
                Ok(num) => num,
                Err(what) => return Err(self.abort(format!("`.{name}` {what}"))),
            },
        };
        let (items, at) = self.attr_slot(o, shape, index, name)?;
        let r = self.emit(Op::LoadElem(items, at))?;
        self.unbox_result(r, num, format!("`.{name}` is {}", article(num.kind())))
    }

    /// `o.name` where the instance has no attribute `name` and its class binds a number
    /// there (a class constant, `self.K`): guarded on the instance's shape (which keeps it
    /// from growing its own `name`) and read from the class (`class_attr`, hoisted out of
    /// loops that run no Python code), guarded on its type. `None` for anything else.
    fn class_attr_load(&mut self, o: &ObjSym, name: &str) -> Result<Option<Sym>, Abort> {
        let Value::Instance(inst) = &o.value else { return Ok(None) };
        if !inst.dict.try_borrow().is_ok_and(|d| d.is_none()) || !inst.class.is_plain() {
            return Ok(None);
        }
        let Ok(shape) = inst.shape.try_borrow().map(|s| s.clone()) else { return Ok(None) };
        if shape.index_of(name).is_some() {
            return Ok(None);
        }
        let num = match inst.class.lookup(name) {
            Some(Value::Int(i)) => Num::Int(i),
            Some(Value::Float(x)) => Num::Float(x),
            Some(Value::Bool(b)) => Num::Bool(b),
            _ => return Ok(None),
        };
        self.shape_guard(o.r, inst, shape, &format!("the instance of `.{name}` has no `.{name}` of its own"))?;
        let name: Rc<str> = Rc::from(name);
        let (ptr, len) = (name.as_ptr() as usize as i64, name.len() as i64);
        self.keep_alive.names.push(name.clone());
        let class = Rc::as_ptr(&inst.class) as usize as i64;
        let r = self.emit(Op::ClassAttr(class, ptr, len))?;
        Ok(Some(self.unbox_result(r, num, format!("the class's `.{name}` is {}", article(num.kind())))?))
    }

    /// `o.name = v` for an attribute the instance has (an effect): a raw store after a
    /// guard on the old value's type when it holds a number, else a helper call.
    pub(super) fn attr_store(&mut self, o: &ObjSym, name: &str, v: Sym) -> Result<(), Abort> {
        let (inst, shape, index) = self.instance_attr(o, name)?;
        let key = (Rc::as_ptr(&inst) as usize, index);
        let old = match self.heap_writes.get(&key) {
            Some(num) => Some(*num),
            None => number_of(inst.slots.try_borrow().ok().as_deref().and_then(|s| s.get(index))).ok(),
        };
        let boxed = self.boxed(v)?;
        match old {
            Some(old) => {
                if self.stmt_effect {
                    return Err(self.abort("two stores in one statement"));
                }
                let (items, at) = self.attr_slot(o, shape, index, name)?;
                self.store_number(items, at, old, boxed, &format!("`.{name}`"))?;
            }
            None => {
                let [shape_c, index_c] = self.shape_consts(shape, index)?;
                self.effect(trace_calls::ATTR_STORE, &[o.r, shape_c, index_c, boxed], "the instance kept its shape")?
            }
        }
        self.heap_writes.insert(key, v.num);
        Ok(())
    }

    /// Overwrites the number `old` at `items[at]` with `boxed`: guards the old value's
    /// type (an immediate: nothing to release), then stores raw; the statement's effect.
    fn store_number(&mut self, items: IrRef, at: IrRef, old: Num, boxed: IrRef, what: &str) -> Result<(), Abort> {
        let current = self.emit(Op::LoadElem(items, at))?;
        let tag = match old {
            Num::Int(_) => Tag::Int,
            Num::Float(_) => Tag::Float,
            Num::Bool(_) => Tag::Bool,
        };
        let what = format!("{what} still holds {}", article(old.kind()));
        self.emit_guarded(Op::GuardTag(current, TagImm(tag)), ExitKind::Guard, what)?;
        self.em.emit(Op::StoreElem(items, at, boxed), None, &mut self.stats);
        self.stmt_effect = true;
        self.effect_done = true;
        Ok(())
    }

    /// The list `o` holds and the position `i` names in it now (Python's negative indices).
    pub(super) fn list_position(&mut self, o: &ObjSym, i: Sym) -> Result<(Rc<runtime::object::PyList>, usize), Abort> {
        let Value::List(list) = &o.value else {
            return Err(self.abort(format!("a subscript of {}", article(crate::ir::tag_name(o.value.tag())))));
        };
        if self.appended.contains(&(Rc::as_ptr(list) as usize)) {
            return Err(self.abort("a list used again after `.append()` in the same iteration"));
        }
        let Num::Int(index) = i.num else {
            return Err(self.abort(format!("a list index that is {}", article(i.num.kind()))));
        };
        let len = list.items.try_borrow().map_or(0, |items| items.len()) as i64;
        let pos = if index < 0 { index + len } else { index };
        if !(0..len).contains(&pos) {
            return Err(self.abort("a list index out of range"));
        }
        Ok((list.clone(), pos as usize))
    }

    /// The element array and the checked position of `o[i]` (Python's negative indices):
    /// guards that the index is in range, on the side of zero it is on now.
    fn element(&mut self, o: &ObjSym, i: Sym) -> Result<(IrRef, IrRef), Abort> {
        let len = self.emit(Op::ListLength(o.r))?;
        let pos = self.checked_position(i, len)?;
        let items = self.emit(Op::ListItems(o.r))?;
        Ok((items, pos))
    }

    /// The position of index `i` (an int; Python's negative indices count from `len`)
    /// in a sequence of length `len`: guards that it is in range, on the side of zero it is
    /// on now.
    pub(super) fn checked_position(&mut self, i: Sym, len: IrRef) -> Result<IrRef, Abort> {
        let Num::Int(index) = i.num else { return Err(self.abort("internal: an index that is not an int")) };
        let what = "the index is in range";
        let zero = self.emit(Op::ConstInt(0))?;
        let pos = if index >= 0 {
            let nonnegative = self.emit(Op::GeInt(i.r, zero))?;
            self.guard_dir(nonnegative, true, ExitKind::Guard, what)?;
            i.r
        } else {
            let negative = self.emit(Op::LtInt(i.r, zero))?;
            self.guard_dir(negative, true, ExitKind::Guard, what)?;
            let pos = self.emit(Op::AddInt(i.r, len))?;
            let nonnegative = self.emit(Op::GeInt(pos, zero))?;
            self.guard_dir(nonnegative, true, ExitKind::Guard, what)?;
            pos
        };
        let below = self.emit(Op::LtInt(pos, len))?;
        self.guard_dir(below, true, ExitKind::Guard, what)?;
        Ok(pos)
    }

    /// `o[i]` holding an object: its borrowed copy, guarded on its type.
    pub(super) fn list_load_obj(&mut self, o: &ObjSym, i: Sym, elem: &Value) -> Result<IrRef, Abort> {
        let (items, pos) = self.element(o, i)?;
        let r = self.emit(Op::LoadElem(items, pos))?;
        let tag = elem.tag();
        let what = format!("the element is {}", article(crate::ir::tag_name(tag)));
        self.emit_guarded(Op::GuardTag(r, TagImm(tag)), ExitKind::Guard, what)?;
        Ok(r)
    }

    /// `o[i]`, a number in a list.
    pub(super) fn list_load(&mut self, o: &ObjSym, i: Sym) -> Result<Sym, Abort> {
        let (list, pos) = self.list_position(o, i)?;
        let num = match self.heap_writes.get(&(Rc::as_ptr(&list) as usize, pos)) {
            Some(num) => *num,
            None => match number_of(list.items.try_borrow().ok().as_deref().and_then(|items| items.get(pos))) {
                Ok(num) => num,
                Err(what) => return Err(self.abort(format!("a list element {what}"))),
            },
        };
        let (items, at) = self.element(o, i)?;
        let r = self.emit(Op::LoadElem(items, at))?;
        self.unbox_result(r, num, format!("the element is {}", article(num.kind())))
    }

    /// `o[i] = v` (an effect). Over an element holding a number it is a raw store after a
    /// guard on the element's type (nothing to release); over an object, a helper call.
    pub(super) fn list_store(&mut self, o: &ObjSym, i: Sym, v: Sym) -> Result<(), Abort> {
        let (list, pos) = self.list_position(o, i)?;
        let key = (Rc::as_ptr(&list) as usize, pos);
        let old = match self.heap_writes.get(&key) {
            Some(num) => Some(*num),
            None => number_of(list.items.try_borrow().ok().as_deref().and_then(|items| items.get(pos))).ok(),
        };
        let boxed = self.boxed(v)?;
        match old {
            Some(old) => {
                if self.stmt_effect {
                    return Err(self.abort("two stores in one statement"));
                }
                let (items, at) = self.element(o, i)?;
                self.store_number(items, at, old, boxed, "the element")?;
            }
            None => self.effect(trace_calls::LIST_STORE, &[o.r, i.r, boxed], "the index is in range")?,
        }
        self.heap_writes.insert(key, v.num);
        Ok(())
    }
}
