//! Where an instance's parts are, as byte offsets from the address a `Value::Instance`
//! holds (its `Rc` allocation): what compiled code reads to do `attr_items` inline.
//!
//! ```text
//!  payload ──> Rc allocation: strong, weak, Instance {
//!                  class: Rc<Class>                     ── the class's allocation word
//!                  shape: RefCell<Rc<Shape>>            ── borrow flag, shape's allocation word
//!                  slots: RefCell<Vec<Value>>           ── read with `ListLayout::in_cell`
//!                  dict:  RefCell<Option<Rc<PyDict>>>   ── borrow flag, 0 while there is no dict
//!              }
//!  class allocation: strong, weak, Class { .. plain: Cell<(epoch, bool)> .. }
//! ```
//! Field offsets come from `offset_of!`; what Rust does not promise (where an `Rc` puts its
//! value, where a `RefCell` puts its flag) is measured on a probe instance, and every
//! finding is checked by reading the probe back (`reads_right`), so a layout that could not
//! be pinned down is `None` and compiled code calls the `attr_items` helper as before.
//!
//! Invariant: an `InstanceLayout` is only made by `probe`, so its offsets lie inside an
//! instance's (or a class's) allocation and name initialized words.

use crate::trace_calls::{list_layout, payload_word, ListLayout};
use runtime::object::class::class_epoch;
use runtime::object::{Class, Instance};
use runtime::Value;
use std::cell::RefCell;
use std::mem::{offset_of, size_of};
use std::rc::Rc;

const WORD: usize = size_of::<usize>();

/// Offsets (bytes) in an instance's allocation, and in its class's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InstanceLayout {
    /// `Rc::as_ptr` minus the `Rc`'s own word: where the value starts in its allocation.
    rc_value: i32,
    class_word: i32,
    shape_borrow: i32,
    shape_word: i32,
    dict_borrow: i32,
    dict_word: i32,
    /// The slots' `RefCell<Vec<Value>>`; its flag and element pointer are `slots_list`'s.
    slots_cell: i32,
    slots_list: ListLayout,
    /// In the class's allocation: `is_plain`'s cache, its epoch word and its answer byte.
    plain_epoch: i32,
    plain_answer: i32,
    /// In the class's allocation: its `version` word.
    class_version: i32,
}

impl InstanceLayout {
    /// The `Rc<Class>` word: the class's allocation address.
    pub fn class_word(self) -> i32 {
        self.class_word
    }

    /// The shape cell's borrow flag (0 when free) and its `Rc<Shape>` word.
    pub fn shape(self) -> (i32, i32) {
        (self.shape_borrow, self.shape_word)
    }

    /// The dict cell's borrow flag and its word (0 for `None`).
    pub fn dict(self) -> (i32, i32) {
        (self.dict_borrow, self.dict_word)
    }

    /// The slots cell's borrow flag (0 exactly when `try_borrow_mut` succeeds) and its
    /// element pointer.
    pub fn slots(self) -> (i32, i32) {
        let list = self.slots_list;
        (self.slots_cell + list.in_cell(list.borrow_offset()), self.slots_cell + list.in_cell(list.items_offset()))
    }

    /// `Class::is_plain`'s cached epoch (a word) and answer (a byte), in the class's
    /// allocation.
    pub fn plain_cache(self) -> (i32, i32) {
        (self.plain_epoch, self.plain_answer)
    }

    /// `Class::version`'s word, in the class's allocation.
    pub fn class_version(self) -> i32 {
        self.class_version
    }

    /// The allocation address of an `Rc` whose `as_ptr` is `ptr` (what an `Rc` field
    /// holds, and what `attr_items`' constants are given as).
    pub fn allocation_of(self, ptr: usize) -> usize {
        ptr.wrapping_sub(self.rc_value as usize)
    }

    /// Whether these offsets read `v`'s class, shape, dict, slots and its class's plain
    /// cache right, with the cells free and borrowed (they must be free on entry).
    pub fn reads_right(self, v: &Value) -> bool {
        let Value::Instance(inst) = v else { return false };
        let Some(base) = payload_word(v).map(|w| w as usize) else { return false };
        // SAFETY: the offsets are an `InstanceLayout`'s, made only by `probe` from
        // `offset_of!` and the measured `Rc` and `RefCell` layouts, so each names an
        // initialized word inside the live instance `v`, which nothing writes meanwhile.
        let word = |off: i32| unsafe { std::ptr::read((base + off as usize) as *const usize) };
        let class_base = self.allocation_of(Rc::as_ptr(&inst.class) as usize);
        // SAFETY: as above, inside the class, which the instance keeps alive.
        let class_word = |off: i32| unsafe { std::ptr::read((class_base + off as usize) as *const usize) };
        // SAFETY: as above; the answer is a `bool`, one initialized byte.
        let class_byte = |off: i32| unsafe { std::ptr::read((class_base + off as usize) as *const u8) };
        let Ok(shape) = inst.shape.try_borrow().map(|s| Rc::as_ptr(&s) as usize) else { return false };
        let Ok(items) = inst.slots.try_borrow().map(|s| s.as_ptr() as usize) else { return false };
        let (plain_epoch, plain_answer) = (class_epoch(), inst.class.is_plain());
        let (shape_flag, shape_word) = self.shape();
        let (dict_flag, dict_word) = self.dict();
        let (slots_flag, slots_items) = self.slots();
        let free = word(self.class_word) == class_base
            && word(shape_word) == self.allocation_of(shape)
            && [shape_flag, dict_flag, slots_flag].iter().all(|f| word(*f) == 0)
            && word(slots_items) == items
            && (word(dict_word) == 0) == inst.dict.borrow().is_none()
            && class_word(self.plain_epoch) as u64 == plain_epoch
            && class_byte(self.plain_answer) == u8::from(plain_answer)
            && class_word(self.class_version) as u64 == inst.class.version.get();
        let borrowed = {
            let (_a, _b, _c) = (inst.shape.borrow(), inst.dict.borrow(), inst.slots.borrow());
            [shape_flag, dict_flag, slots_flag].iter().all(|f| word(*f) == 1)
        };
        let exclusive = {
            let (_a, _b, _c) = (inst.shape.borrow_mut(), inst.dict.borrow_mut(), inst.slots.borrow_mut());
            [shape_flag, dict_flag, slots_flag].iter().all(|f| word(*f) != 0)
        };
        free && borrowed && exclusive
    }
}

/// The instance layout of this build, measured once.
pub fn instance_layout() -> Option<InstanceLayout> {
    static LAYOUT: std::sync::OnceLock<Option<InstanceLayout>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(probe)
}

/// The offset of the one word of a two-word `RefCell<T>` that is not its value (the
/// flag), from the cell's start; `None` unless the cell is exactly a flag and a word.
fn flag_offset<T>(cell: &RefCell<T>) -> Option<usize> {
    if size_of::<RefCell<T>>() != 2 * WORD || size_of::<T>() != WORD {
        return None;
    }
    let value = (cell.as_ptr() as usize).checked_sub(cell as *const RefCell<T> as usize)?;
    match value {
        0 => Some(WORD),
        WORD => Some(0),
        _ => None,
    }
}

/// Measures the layout on a probe instance of a probe class, then checks it on that
/// instance and on one with attributes.
fn probe() -> Option<InstanceLayout> {
    let class = Class::new("probe", "__main__", Vec::new(), Default::default(), false, None).ok()?;
    let make = || Value::Instance(Rc::new(Instance::new(class.clone(), Value::None, None)));
    let first = make();
    let Value::Instance(inst) = &first else { return None };
    let base = payload_word(&first)? as usize;
    let rc_value = (Rc::as_ptr(inst) as usize).checked_sub(base)?;
    let at = |field: usize, inner: usize| i32::try_from(rc_value + field + inner).ok();
    let slots_list = list_layout()?;
    let plain = Class::PLAIN_CACHE_OFFSET;
    let layout = InstanceLayout {
        rc_value: i32::try_from(rc_value).ok()?,
        class_word: at(offset_of!(Instance, class), 0)?,
        shape_borrow: at(offset_of!(Instance, shape), flag_offset(&inst.shape)?)?,
        shape_word: at(offset_of!(Instance, shape), inst.shape.as_ptr() as usize - &inst.shape as *const _ as usize)?,
        dict_borrow: at(offset_of!(Instance, dict), flag_offset(&inst.dict)?)?,
        dict_word: at(offset_of!(Instance, dict), inst.dict.as_ptr() as usize - &inst.dict as *const _ as usize)?,
        slots_cell: at(offset_of!(Instance, slots), 0)?,
        slots_list,
        plain_epoch: i32::try_from(rc_value + plain + offset_of!((u64, bool), 0)).ok()?,
        plain_answer: i32::try_from(rc_value + plain + offset_of!((u64, bool), 1)).ok()?,
        class_version: i32::try_from(rc_value + Class::VERSION_OFFSET).ok()?,
    };
    let second = make();
    if let Value::Instance(i) = &second {
        *i.slots.borrow_mut() = vec![Value::Int(1), Value::Float(2.0)];
    }
    (layout.reads_right(&first) && layout.reads_right(&second)).then_some(layout)
}
