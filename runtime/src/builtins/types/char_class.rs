//! Character classes and case mappings as CPython's `str` methods see them: the predicates
//! behind `isalpha`, `isspace`, `isidentifier`… and the title case, case folding and final
//! sigma rules behind `title`, `casefold`, `capitalize` and `swapcase`.
//!
//! Invariant: ASCII characters are answered without a table lookup; every other answer
//! comes from CPython's Unicode 14 data (`unicode_tables` here, and `numeric::ucd` for
//! whitespace, printability and decimal digits, which number parsing and `repr` share), or
//! from Rust's own case mappings where CPython and Rust agree (upper and lower case, the
//! Lowercase and Uppercase properties).

use super::unicode_tables as t;
use crate::numeric::ucd;

/// Whether `c` lies in one of the sorted inclusive ranges of `table`.
fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The mapping of `c` in a sorted map table.
fn in_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by_key(&(c as u32), |&(k, _)| k).ok().map(|i| table[i].1)
}

/// `str.isspace` for one character.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f')
    } else {
        ucd::is_space(c)
    }
}

/// A line boundary for `str.splitlines`.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `str.isalpha` for one character (categories Lu, Ll, Lt, Lm, Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(t::ALPHA, c)
    }
}

/// `str.isdecimal` for one character (category Nd).
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        ucd::decimal_value(c).is_some()
    }
}

/// `str.isdigit` for one character (decimals, superscripts, circled digits…).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(t::DIGIT, c)
    }
}

/// `str.isnumeric` for one character (any numeric value: `½`, `Ⅷ`, `一`…).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(t::NUMERIC, c)
    }
}

/// `str.isalnum` for one character: any of the four classes above.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alpha(c) || is_numeric(c)
    }
}

/// `str.isprintable` for one character (not a control, format, separator or unassigned one).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        ucd::is_printable(c)
    }
}

/// The first character of `str.isidentifier` (`_` or XID_Start).
pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        c == '_' || c.is_ascii_alphabetic()
    } else {
        in_table(t::XID_START, c)
    }
}

/// The later characters of `str.isidentifier` (XID_Continue).
pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        c == '_' || c.is_ascii_alphanumeric()
    } else {
        in_table(t::XID_CONTINUE, c)
    }
}

/// The Lowercase property, as `str.islower` uses it.
pub fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

/// The Uppercase property, as `str.isupper` uses it.
pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// Category Lt (`ǅ`), the letters that are neither upper nor lower case.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(t::TITLECASE, c)
}

/// Cased letters, as in the Final_Sigma rule and `str.title`.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

/// Case-ignorable characters (apostrophes, combining marks, modifiers), approximately
/// Unicode's Case_Ignorable property: they do not break a word for the Final_Sigma rule.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{a8}' | '\u{ad}' | '\u{af}' | '\u{b4}' | '\u{b7}' | '\u{b8}'
            | '\u{2b0}'..='\u{36f}' | '\u{374}' | '\u{375}' | '\u{37a}' | '\u{384}' | '\u{385}' | '\u{387}'
            | '\u{483}'..='\u{489}' | '\u{591}'..='\u{5bd}' | '\u{5f4}' | '\u{610}'..='\u{61a}'
            | '\u{64b}'..='\u{65f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}'
            | '\u{200b}'..='\u{200f}' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{2027}'
            | '\u{20d0}'..='\u{20ff}' | '\u{fe00}'..='\u{fe0f}' | '\u{fe20}'..='\u{fe2f}'
    )
}

/// Appends the lower case of `chars[i]`, applying the Final_Sigma rule to `Σ` as CPython's
/// `lower` does: `ς` when a cased letter precedes it and none follows it in the word.
pub fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let mut j = i;
    while j > 0 && is_case_ignorable(chars[j - 1]) {
        j -= 1;
    }
    let mut is_final = j > 0 && is_cased(chars[j - 1]);
    if is_final {
        let mut k = i + 1;
        while k < chars.len() && is_case_ignorable(chars[k]) {
            k += 1;
        }
        is_final = k == chars.len() || !is_cased(chars[k]);
    }
    out.push(if is_final { '\u{3c2}' } else { '\u{3c3}' });
}

/// Appends the title case of `c` (`ǆ` → `ǅ`, `ß` → `Ss`).
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(s) = in_map(t::TITLE_SPECIAL, c) {
        out.push_str(s);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Appends the full case folding of `c` (`ß` → `ss`), as `str.casefold`.
pub fn push_casefold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(s) = in_map(t::CASEFOLD_SPECIAL, c) {
        out.push_str(s);
    } else {
        for u in c.to_uppercase() {
            out.extend(u.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::t;

    /// The invariant of `unicode_tables`: sorted, disjoint ranges and sorted maps.
    #[test]
    fn tables_are_sorted() {
        for table in [t::ALPHA, t::DIGIT, t::NUMERIC, t::XID_START, t::XID_CONTINUE, t::TITLECASE] {
            assert!(table.iter().all(|&(lo, hi)| lo <= hi));
            assert!(table.windows(2).all(|w| w[0].1 < w[1].0));
        }
        for map in [t::TITLE_SPECIAL, t::CASEFOLD_SPECIAL] {
            assert!(map.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }
}
