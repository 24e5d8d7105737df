//! Where a small tuple's parts are, as byte offsets from the address a `Value::Tuple` holds
//! (its `Rc` allocation): what compiled functions read to unpack `a, b = t` inline.
//!
//! ```text
//!  payload ──> Rc allocation: strong, weak, PyTuple { items: SmallVec<[Value; 2]> }
//!                                                     │ capacity word (the length while inline)
//!                                                     │ inline items: 2 × (tag word, payload)
//! ```
//! `SmallVec` does not promise its field order, so the offsets are measured on probe
//! tuples of 0, 1 and 2 items and checked by reading them back; a build where that fails
//! gets `None`, and compiled code calls `unpack_tuple` as before.
//!
//! A tuple compiled code builds itself is that allocation (`allocation_layout`) with the
//! counts at 1, the capacity word set to its length and the items in place: the state
//! `Rc::new(PyTuple)` leaves, which `Rc` later frees with the same layout.
//!
//! Invariant: a `TupleLayout` is only made by `probe`; its offsets lie inside a tuple's
//! allocation. A tuple of at most 2 items is always inline (`PyTuple::new` and `tuple_new`
//! only spill longer ones, and a spilled `SmallVec` has a capacity above 2), so a capacity
//! word equal to `n <= 2` means "inline, `n` items".

use crate::trace_calls::payload_word;
use runtime::object::{PyTuple, TupleItems};
use runtime::Value;
use std::mem::size_of;
use std::rc::Rc;

const WORD: usize = size_of::<usize>();

/// Where the tuple starts in its `Rc` allocation (after the strong and weak counts), as the
/// probe checks.
pub const VALUE_OFFSET: usize = 2 * WORD;

/// Offsets (bytes) in a tuple's allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TupleLayout {
    /// The `SmallVec`'s capacity word: the length of an inline tuple.
    len: i32,
    /// The first inline item (a 16-byte `Value`; the second follows).
    items: i32,
}

impl TupleLayout {
    /// The capacity word, which holds the length of a tuple of up to 2 items.
    pub fn len_offset(self) -> i32 {
        self.len
    }

    /// The inline item `i` (0 or 1).
    pub fn item_offset(self, i: usize) -> i32 {
        self.items + (i * size_of::<Value>()) as i32
    }

    /// Whether these offsets read `v`'s length and items (tag byte, payload word) right,
    /// for a tuple of up to 2 items whose items are ints.
    pub fn reads_right(self, v: &Value) -> bool {
        let Value::Tuple(t) = v else { return false };
        let Some(base) = payload_word(v).map(|w| w as usize) else { return false };
        // SAFETY: the offsets come from `probe`, which found them inside a tuple's
        // allocation (the `PyTuple` after the `Rc` header); `v` keeps the tuple alive and
        // nothing writes it (tuples are immutable).
        let word = |off: i32| unsafe { std::ptr::read((base + off as usize) as *const usize) };
        let n = t.items.len();
        n <= 2
            && word(self.len) == n
            && t.items.iter().enumerate().all(|(i, item)| {
                let off = self.item_offset(i);
                matches!(item, Value::Int(x) if word(off) as u8 == item.tag() as u8 && word(off + 8) == *x as usize)
            })
    }
}

/// The layout of an `Rc<PyTuple>`'s allocation, as `Rc` computes it (its counts, then the
/// tuple): what compiled code allocates when it builds a tuple itself, and what `Rc` frees.
pub fn allocation_layout() -> std::alloc::Layout {
    let counts = std::alloc::Layout::new::<[usize; 2]>();
    match counts.extend(std::alloc::Layout::new::<PyTuple>()) {
        Ok((layout, _)) => layout.pad_to_align(),
        Err(_) => counts,
    }
}

/// The tuple layout of this build, measured once.
pub fn tuple_layout() -> Option<TupleLayout> {
    static LAYOUT: std::sync::OnceLock<Option<TupleLayout>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(probe)
}

/// Finds the capacity word and the inline items in a probe tuple `(A, B)` of two distinct
/// large ints: the item payloads are the words equal to `A` and `B` (16 bytes apart), the
/// length the one word equal to 2 outside the items; then checks tuples of 0, 1 and 2 items.
fn probe() -> Option<TupleLayout> {
    const A: i64 = 0x5eed_0000_1111_2222;
    const B: i64 = 0x5eed_0000_3333_4444;
    let make =
        |items: &[i64]| Value::Tuple(Rc::new(PyTuple::from_items(items.iter().map(|&i| Value::Int(i)).collect())));
    let pair = make(&[A, B]);
    let Value::Tuple(t) = &pair else { return None };
    let base = payload_word(&pair)? as usize;
    let start = (Rc::as_ptr(t) as usize).checked_sub(base)?;
    let size = size_of::<PyTuple>();
    if size % WORD != 0 || size_of::<TupleItems>() != size || t.items.spilled() {
        return None;
    }
    // Compiled code builds tuples in place: the allocation must be the strong count, the
    // weak count (1 for the strong references) and the tuple, as `allocation_layout` says.
    // SAFETY: the two words before the value are the `Rc`'s initialized counts.
    let counts: [usize; 2] = unsafe { std::ptr::read(base as *const [usize; 2]) };
    let expected = std::alloc::Layout::new::<[usize; 2]>().extend(std::alloc::Layout::new::<PyTuple>()).ok()?;
    if start != VALUE_OFFSET || expected.1 != start || counts != [1, 1] || Rc::strong_count(t) != 1 {
        return None;
    }
    // SAFETY: `PyTuple` is exactly its `SmallVec`, whose inline arm holds two initialized
    // `Value`s (both ints: tag word and payload fully written) and whose other words (the
    // capacity) are initialized; the tuple is alive and immutable.
    let words: Vec<usize> =
        (0..size / WORD).map(|i| unsafe { std::ptr::read((base + start + i * WORD) as *const usize) }).collect();
    let at = |want: i64| words.iter().position(|w| *w == want as usize);
    let (a, b) = (at(A)?, at(B)?);
    if b != a + 2 || a == 0 {
        return None;
    }
    let items_word = a - 1;
    let mut len_words = (0..words.len()).filter(|&i| words[i] == 2 && !(items_word..items_word + 4).contains(&i));
    let len_word = len_words.next()?;
    if len_words.next().is_some() {
        return None;
    }
    let layout = TupleLayout {
        len: i32::try_from(start + len_word * WORD).ok()?,
        items: i32::try_from(start + items_word * WORD).ok()?,
    };
    let probes = [make(&[]), make(&[7]), make(&[-3, 9]), pair.clone()];
    probes.iter().all(|p| layout.reads_right(p)).then_some(layout)
}
