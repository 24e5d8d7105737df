//! The layout of a formatted number: padding, sign, prefix, grouped digits, decimal point
//! and remainder, as CPython's `calc_number_widths`, `fill_number` and
//! `_PyUnicode_InsertThousandsGrouping` compute them.
//!
//! Invariant: at most one of the left, sign-side and right paddings is non-empty, and zero
//! padding with `=` alignment goes inside the digit grouping (`format(1234, '010,')` is
//! `00,001,234`), because CPython pads with zeros by widening the grouped digits.

use super::{Align, Sign};

/// A number split the way `calc_number_widths` sees it:
/// `<sign><prefix><digits>[.]<remainder>`.
pub(super) struct NumberParts<'a> {
    pub is_negative: bool,
    /// `0x`, `0b`, `0o` or `0X` for the alternate form, else empty.
    pub prefix: &'a str,
    /// ASCII digits before the point or exponent; grouping and zero padding apply here.
    pub digits: &'a str,
    /// Whether a decimal point separates `digits` from `remainder`.
    pub has_decimal: bool,
    /// Fraction digits, exponent, `%`, `inf`/`nan`, or the character of a `c` format.
    pub remainder: &'a str,
}

/// Lays a number out in a field (CPython's `calc_number_widths` then `fill_number`).
/// `grouping` is the separator and group size, `None` for no grouping.
pub(super) fn layout_number(
    parts: &NumberParts<'_>,
    sign: Option<Sign>,
    fill: char,
    align: Align,
    width: Option<usize>,
    grouping: Option<(char, usize)>,
) -> String {
    let sign_char = match (sign, parts.is_negative) {
        (_, true) => Some('-'),
        (Some(Sign::Plus), false) => Some('+'),
        (Some(Sign::Space), false) => Some(' '),
        (_, false) => None,
    };
    let width = width.map_or(-1, |w| w as i64);
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit_non_padding =
        i64::from(sign_char.is_some()) + parts.prefix.len() as i64 + i64::from(parts.has_decimal) + n_remainder;
    let min_width = if fill == '0' && align == Align::AfterSign { width - n_non_digit_non_padding } else { 0 };
    // Only a `c` format has no digits, and the grouping code always wants at least one.
    let grouped = if parts.digits.is_empty() { String::new() } else { group_digits(parts.digits, min_width, grouping) };
    let n_padding = width - (n_non_digit_non_padding + grouped.chars().count() as i64);
    let (mut left, mut inner, mut right) = (0, 0, 0);
    if n_padding > 0 {
        let n_padding = n_padding as usize;
        match align {
            Align::Left => right = n_padding,
            Align::Center => {
                left = n_padding / 2;
                right = n_padding - left;
            }
            Align::AfterSign => inner = n_padding,
            Align::Right => left = n_padding,
        }
    }
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.extend(sign_char);
    out.push_str(parts.prefix);
    out.extend(std::iter::repeat_n(fill, inner));
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: separates `digits` into groups from the
/// right and, while the result is narrower than `min_width`, adds leading zeros (grouped
/// too). Without grouping it only adds the zeros.
fn group_digits(digits: &str, min_width: i64, grouping: Option<(char, usize)>) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    // Pieces are collected right to left, then reversed.
    let mut out: Vec<u8> = Vec::with_capacity(digits.len() * 4 / 3 + min_width as usize);
    let mut use_separator = false;
    let emit = |out: &mut Vec<u8>, remaining: i64, l: i64, use_separator: bool, sep: Option<char>| {
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if use_separator {
            if let Some(sep) = sep {
                out.push(sep as u8);
            }
        }
        let end = remaining as usize;
        out.extend(digits[end - n_chars as usize..end].iter().rev());
        out.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        n_chars
    };
    let mut finished = false;
    if let Some((sep, group)) = grouping {
        let group = group as i64;
        loop {
            let l = group.min(remaining.max(min_width).max(1));
            let n_chars = emit(&mut out, remaining, l, use_separator, Some(sep));
            use_separator = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let l = remaining.max(min_width).max(1);
        emit(&mut out, remaining, l, use_separator, grouping.map(|(sep, _)| sep));
    }
    out.reverse();
    out.into_iter().map(char::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_pads_with_grouped_zeros() {
        // Expected from CPython 3.11: format(1234, '010,'), format(1234, '09,'),
        // format(12, '08_x') → '0000_000c' uses group 4; format(5, '05') and format(1234567, ',').
        assert_eq!(group_digits("1234", 10, Some((',', 3))), "00,001,234");
        assert_eq!(group_digits("1234", 9, Some((',', 3))), "0,001,234");
        assert_eq!(group_digits("c", 9, Some(('_', 4))), "0000_000c");
        assert_eq!(group_digits("5", 5, None), "00005");
        assert_eq!(group_digits("1234567", 0, Some((',', 3))), "1,234,567");
        assert_eq!(group_digits("123", 0, Some((',', 3))), "123");
        assert_eq!(group_digits("123", 4, Some((',', 3))), "0,123");
    }
}
