//! Modules: a namespace of slots. A script's module-level variables are slots too, so the
//! compiler resolves `x` at module level to `Global(slot)`, as fast as a local.
//!
//! Invariant: `names[name] == i` iff `slots[i]` holds `name`; slots are never removed
//! (deleting a global leaves `Unbound`), so compiled code's slot numbers stay valid.

use crate::value::Value;
use hashbrown::HashMap;
use lang::SourceFile;
use std::cell::RefCell;
use std::rc::Rc;

pub struct ModuleObj {
    pub name: Rc<str>,
    pub file: Option<Rc<SourceFile>>,
    pub slots: RefCell<Vec<Value>>,
    names: RefCell<HashMap<Rc<str>, u32>>,
    order: RefCell<Vec<Rc<str>>>,
}

impl ModuleObj {
    pub fn new(name: &str, file: Option<Rc<SourceFile>>) -> Rc<ModuleObj> {
        Rc::new(ModuleObj {
            name: name.into(),
            file,
            slots: RefCell::new(Vec::new()),
            names: RefCell::new(HashMap::new()),
            order: RefCell::new(Vec::new()),
        })
    }

    /// The slot of `name`, made (unbound) if new.
    pub fn slot_of(&self, name: &str) -> u32 {
        if let Some(&i) = self.names.borrow().get(name) {
            return i;
        }
        let name: Rc<str> = name.into();
        let mut slots = self.slots.borrow_mut();
        let i = slots.len() as u32;
        slots.push(Value::Unbound);
        self.names.borrow_mut().insert(name.clone(), i);
        self.order.borrow_mut().push(name);
        i
    }

    pub fn existing_slot(&self, name: &str) -> Option<u32> {
        self.names.borrow().get(name).copied()
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        let i = self.existing_slot(name)?;
        match &self.slots.borrow()[i as usize] {
            Value::Unbound => None,
            v => Some(v.clone()),
        }
    }

    pub fn set(&self, name: &str, value: Value) {
        let i = self.slot_of(name);
        self.slots.borrow_mut()[i as usize] = value;
    }

    /// `del module.name`: unbinds the slot (kept, see the invariant); false if not bound.
    pub fn remove(&self, name: &str) -> bool {
        let Some(i) = self.existing_slot(name) else { return false };
        let mut slots = self.slots.borrow_mut();
        let slot = &mut slots[i as usize];
        if matches!(slot, Value::Unbound) {
            return false;
        }
        *slot = Value::Unbound;
        true
    }

    #[inline]
    pub fn load(&self, slot: u32) -> Value {
        self.slots.borrow()[slot as usize].clone()
    }

    #[inline]
    pub fn store(&self, slot: u32, value: Value) {
        if let Some(s) = self.slots.borrow_mut().get_mut(slot as usize) {
            Value::store(s, value);
        }
    }

    /// Bound names in definition order, for `dir()`/`vars()`.
    pub fn items(&self) -> Vec<(Rc<str>, Value)> {
        let slots = self.slots.borrow();
        let names = self.names.borrow();
        self.order
            .borrow()
            .iter()
            .filter_map(|n| {
                let v = &slots[*names.get(n)? as usize];
                (!matches!(v, Value::Unbound)).then(|| (n.clone(), v.clone()))
            })
            .collect()
    }

    /// Every (name, slot) pair, for error messages.
    pub fn slot_names(&self) -> Vec<(Rc<str>, u32)> {
        self.names.borrow().iter().map(|(n, s)| (n.clone(), *s)).collect()
    }
}
