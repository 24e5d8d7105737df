//! Python's `str`: immutable Unicode text, indexed by code point.
//!
//! Invariant: `char_count` is the number of code points of `text`; when it equals the byte
//! length the text is ASCII and indexing is O(1). Other indexing walks the text.
//! Invariant: the one-character strings of `char_str` below U+0100 are shared, made once per
//! thread, and never appended to in place (the cache holds a reference, so no caller's
//! `Rc::get_mut` succeeds on them).

use std::cell::Cell;
use std::rc::Rc;

thread_local! {
    /// The strings of one code point below 256, as CPython's Latin-1 singletons: `s[i]`
    /// returns these rather than allocating (and `s[0] is s[0]`, as in CPython).
    static LATIN1: Vec<Rc<PyStr>> = (0..256u32)
        .filter_map(char::from_u32)
        .map(|c| Rc::new(PyStr::new(c.encode_utf8(&mut [0u8; 4]))))
        .collect();
}

/// `text` as a shared string when it is one of the Latin-1 singletons, else `None`: what
/// `Value::str` and `Value::string` ask before they allocate.
pub fn shared_str(text: &str) -> Option<Rc<PyStr>> {
    if text.len() > 2 {
        return None;
    }
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if (c as u32) < 256 => LATIN1.try_with(|table| table.get(c as usize).cloned()).ok().flatten(),
        _ => None,
    }
}

/// The string of the one character `c`: the shared one below U+0100.
pub fn char_str(c: char) -> Rc<PyStr> {
    match LATIN1.try_with(|table| table.get(c as usize).cloned()) {
        Ok(Some(shared)) => shared,
        _ => Rc::new(PyStr::new(c.encode_utf8(&mut [0u8; 4]))),
    }
}

pub struct PyStr {
    /// A `String`, not a `Box<str>`: `s += t` on the only reference appends in place
    /// (`push_str`), as CPython's `unicode_concatenate` does.
    text: String,
    char_count: usize,
    /// Cached hash; 0 means not computed yet.
    hash: Cell<u64>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr { char_count: s.chars().count(), text: s.to_string(), hash: Cell::new(0) }
    }

    /// A str of ASCII text (the caller knows: its length in characters is its length in
    /// bytes, so nothing is counted).
    pub fn from_ascii(s: String) -> PyStr {
        debug_assert!(s.is_ascii());
        PyStr { char_count: s.len(), text: s, hash: Cell::new(0) }
    }

    /// `a + b`, as a new string with a buffer of its own.
    pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        let mut text = String::with_capacity(a.text.len() + b.text.len());
        text.push_str(&a.text);
        text.push_str(&b.text);
        PyStr { char_count: a.char_count + b.char_count, text, hash: Cell::new(0) }
    }

    pub fn from_string(s: String) -> PyStr {
        PyStr { char_count: s.chars().count(), text: s, hash: Cell::new(0) }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points, as `len(s)`.
    pub fn len(&self) -> usize {
        self.char_count
    }

    pub fn is_empty(&self) -> bool {
        self.char_count == 0
    }

    pub fn len_bytes(&self) -> usize {
        self.text.len()
    }

    pub fn is_ascii(&self) -> bool {
        self.char_count == self.text.len()
    }

    /// The code point at index `i` (`0 <= i < len()`).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.text.chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.text.len())
        } else {
            self.text.char_indices().nth(i).map_or(self.text.len(), |(b, _)| b)
        }
    }

    /// Appends `other` (only on a string no one else references: callers hold the sole
    /// `Rc`, see `Rc::get_mut`); the cached hash is reset.
    pub fn push_str(&mut self, other: &PyStr) {
        self.text.push_str(&other.text);
        self.char_count += other.char_count;
        self.hash.set(0);
    }

    /// Hash of the text (stable within one run; CPython's values are not reproduced).
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        // FNV-1a: simple, good enough for dictionary keys, and cached.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.text.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        let h = if h == 0 { 1 } else { h };
        self.hash.set(h);
        h
    }
}
