//! Recycled tuple allocations: when compiled code releases the last reference to a small
//! tuple, its allocation (and those of the small tuples only it held) goes on a per-thread
//! list, and the next tuple compiled code builds takes one from there instead of calling
//! the allocator. binary_trees frees whole trees at once, which glibc's per-thread cache
//! (7 blocks a size) cannot absorb: malloc and free were 40% of its time.
//!
//! Invariant: every address on the list is an allocation of
//! `tuple_layout::allocation_layout()` that nothing references and whose contents are
//! dead (its items were moved out and released): `alloc` hands it out for the caller to
//! initialize completely, and the list's destructor frees what is left.
//! Invariant: a tuple is recycled only when its `Rc` is unique (strong 1, no weak) and its
//! items are inline (at most 2): then moving the items out and keeping the allocation is
//! exactly what dropping the `Rc` would do, minus the free.

use runtime::object::PyTuple;
use runtime::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The most allocations kept: 8 MB of 64-byte tuples, beyond which they are freed.
const MAX_SPARE: usize = 1 << 17;
/// How deep a chain of unique tuples is recycled; deeper ones are dropped as usual.
const MAX_DEPTH: u32 = 256;

/// The list; its destructor frees what is left at thread exit.
struct Spare(Vec<usize>);

impl Drop for Spare {
    fn drop(&mut self) {
        let layout = crate::tuple_layout::allocation_layout();
        for &addr in &self.0 {
            // SAFETY: each address is an allocation of this layout that nothing uses
            // (module invariant).
            unsafe { std::alloc::dealloc(addr as *mut u8, layout) };
        }
    }
}

thread_local! {
    static SPARE: RefCell<Spare> = const { RefCell::new(Spare(Vec::new())) };
}

/// A spare allocation, if there is one (its contents are garbage).
pub(super) fn take() -> Option<usize> {
    SPARE.try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.0.pop())).ok().flatten()
}

/// Releases `v`, the last reference compiled code held: a unique small tuple keeps its
/// allocation for reuse, recursively for its unique small tuple items; anything else is
/// dropped.
pub fn release(v: Value) {
    let Value::Tuple(t) = v else { return drop(v) };
    // Only a build whose tuple layout was measured (the value 16 bytes into its `Rc`
    // allocation) recycles; elsewhere `t` is dropped below.
    let mut t = crate::tuple_layout::tuple_layout().map(|_| t);
    let _ = SPARE.try_with(|s| {
        if let (Ok(mut s), Some(t)) = (s.try_borrow_mut(), t.take()) {
            recycle(t, 0, &mut s.0);
        }
    });
    drop(t);
}

fn recyclable(t: &Rc<PyTuple>) -> bool {
    Rc::strong_count(t) == 1 && Rc::weak_count(t) == 0 && !t.items.spilled()
}

fn recycle(t: Rc<PyTuple>, depth: u32, spare: &mut Vec<usize>) {
    if depth > MAX_DEPTH || spare.len() >= MAX_SPARE || !recyclable(&t) {
        return drop(t);
    }
    let value = Rc::into_raw(t);
    // SAFETY: the `Rc` was unique (no other strong or weak reference), so after `into_raw`
    // nothing else reads the tuple: its items are moved out exactly once, and the
    // allocation (which starts 16 bytes before the value, as the layout probe checked) is
    // dead memory this list now owns.
    let items = std::mem::ManuallyDrop::new(unsafe { std::ptr::read(&(*value).items) });
    spare.push(value as usize - crate::tuple_layout::VALUE_OFFSET);
    // The last item is visited after the walk of the others: ask for its memory now.
    if let Some(Value::Tuple(last)) = items.last() {
        prefetch(Rc::as_ptr(last) as *const u8);
    }
    // The items are inline (`recyclable`): read each out once; the `SmallVec` itself owns
    // no buffer, so forgetting it leaks nothing.
    for item in items.iter() {
        // SAFETY: each item is read exactly once, from the moved-out `SmallVec` that is
        // never used or dropped afterwards.
        match unsafe { std::ptr::read(item) } {
            Value::Tuple(child) => recycle(child, depth + 1, spare),
            other => drop(other),
        }
    }
}

/// Starts loading the cache line at `p` (a hint: no effect on what the program computes).
#[inline(always)]
fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults, whatever the address; SSE is part of x86-64.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p as *const i8)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}
