//! The format-spec mini-language of `format()`, `str.format` and f-strings, as CPython 3.11's
//! `formatter_unicode.c`: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`, and
//! its rendering of ints, floats and strs.
//!
//! Invariant: `parse_format_spec` reports only the errors CPython's
//! `parse_internal_render_format_spec` reports, in the same order; errors that depend on
//! the value's type (unknown type code, sign on a str, precision on an int, …) come from the
//! `format_*` function for that type, after the parse errors, as in CPython.
//! Invariant: widths and precisions count characters (code points), not bytes.

mod layout;

use self::layout::{layout_number, NumberParts};
use super::arith::bigint_to_f64;
use super::dtoa::{double_to_string, DtoaFlags};
use super::int_text::int_to_decimal_string;
use super::ucd;
use super::NumError;
use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

/// Where the value goes inside the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^` (extra padding goes on the right)
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    AfterSign,
}

/// The sign option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `+`: a sign for every number.
    Plus,
    /// `-`: a sign for negative numbers only (the default).
    Minus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// The thousands-separator option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,`: a comma every three digits.
    Comma,
    /// `_`: an underscore every three digits, or every four for `b`, `o`, `x`, `X`.
    Underscore,
}

/// A parsed format spec. Fields that the spec left out are `None`; each `format_*` function
/// applies its type's defaults (CPython's `default_type` and `default_align`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// The fill character, present only when written before an alignment.
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: coerce a negative zero result to positive zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// A `0` before the width (with no explicit fill): zero padding.
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type, any character (validated by the `format_*` function).
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The fill character and alignment in effect for a type whose default alignment is
    /// `default_align` (`<` for str, `>` for numbers): a `0` flag means fill `0`, and `=`
    /// alignment unless an alignment was given or the type aligns left.
    fn fill_and_align(&self, default_align: Align) -> (char, Align) {
        let fill = self.fill.unwrap_or(if self.zero { '0' } else { ' ' });
        let align = self.align.unwrap_or(if self.zero && default_align == Align::Right {
            Align::AfterSign
        } else {
            default_align
        });
        (fill, align)
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// CPython's `get_integer`: a run of decimal digits of any script, refused beyond
/// `PY_SSIZE_T_MAX` with `ValueError: Too many decimal digits in format string`.
fn take_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let mut acc: u64 = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| ucd::decimal_value(c)) {
        if acc > (i64::MAX as u64 - d as u64) / 10 {
            return Err(NumError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as u64;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc as usize))
}

/// The message CPython's `invalid_thousands_separator_type` writes.
fn grouping_error(grouping: Grouping, ty: char) -> NumError {
    let sep = match grouping {
        Grouping::Comma => ',',
        Grouping::Underscore => '_',
    };
    NumError::value(format!("Cannot specify '{sep}' with {}.", quoted_code(ty)))
}

/// A presentation type as CPython quotes it in messages: `'x'` for printable ASCII, else
/// `'\xNN'` with the code point in lower-case hex without padding.
fn quoted_code(ty: char) -> String {
    let cp = ty as u32;
    if cp > 32 && cp < 128 {
        format!("'{ty}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

/// CPython's `unknown_presentation_type`.
fn unknown_code(ty: char, type_name: &str) -> NumError {
    NumError::value(format!("Unknown format code {} for object of type '{}'", quoted_code(ty), type_name))
}

/// The thousands-separator check of `parse_internal_render_format_spec`, for the type in
/// effect (explicit, or the value type's default).
fn check_grouping(grouping: Option<Grouping>, ty: char) -> Result<(), NumError> {
    match (grouping, ty) {
        (None, _) | (Some(_), 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
        (Some(Grouping::Underscore), 'b' | 'o' | 'x' | 'X') => Ok(()),
        (Some(grouping), ty) => Err(grouping_error(grouping, ty)),
    }
}

/// Parses a format spec (CPython's `parse_internal_render_format_spec`). `type_name` is the
/// value's type for the message `Invalid format specifier '…' for object of type '…'`.
/// Other parse errors: `Format specifier missing precision`, `Too many decimal digits in
/// format string`, `Cannot specify both ',' and '_'.`, `Cannot specify ',' with 'x'.`.
/// An empty spec parses to `FormatSpec::default()`; CPython's callers use `str(value)` for
/// an empty spec before parsing, and so should the runtime. A width beyond
/// `MAX_FIELD_WIDTH` is a `MemoryError`.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, NumError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut res = FormatSpec::default();
    let mut pos = 0;
    let at = |i: usize| chars.get(i).copied();
    if let Some(align) = at(1).and_then(align_of) {
        res.fill = at(0);
        res.align = Some(align);
        pos = 2;
    } else if let Some(align) = at(0).and_then(align_of) {
        res.align = Some(align);
        pos = 1;
    }
    res.sign = match at(pos) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    if res.sign.is_some() {
        pos += 1;
    }
    if at(pos) == Some('z') {
        res.no_neg_zero = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        res.alternate = true;
        pos += 1;
    }
    if res.fill.is_none() && at(pos) == Some('0') {
        res.zero = true;
        pos += 1;
    }
    res.width = take_integer(&chars, &mut pos)?;
    if at(pos) == Some(',') {
        res.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if at(pos) == Some('_') {
        if res.grouping.is_some() {
            return Err(NumError::value("Cannot specify both ',' and '_'."));
        }
        res.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if at(pos) == Some(',') && res.grouping == Some(Grouping::Underscore) {
        return Err(NumError::value("Cannot specify both ',' and '_'."));
    }
    if at(pos) == Some('.') {
        pos += 1;
        res.precision = take_integer(&chars, &mut pos)?;
        if res.precision.is_none() {
            return Err(NumError::value("Format specifier missing precision"));
        }
    }
    if chars.len() > pos + 1 {
        return Err(NumError::value(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")));
    }
    res.ty = at(pos);
    if let Some(ty) = res.ty {
        check_grouping(res.grouping, ty)?;
    }
    NumError::check_field_width(res.width)?;
    Ok(res)
}

/// Pads `body` (of `len` characters) to the spec's width (CPython's `calc_padding` and
/// `fill_padding`).
fn pad(body: &str, len: usize, width: Option<usize>, fill: char, align: Align) -> String {
    let total = width.unwrap_or(0).max(len);
    let left = match align {
        Align::Right => total - len,
        Align::Center => (total - len) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let right = total - len - left;
    let mut out = String::with_capacity(body.len() + left + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// Python's `format(s, spec)` for a str (CPython's `_PyUnicode_FormatAdvancedWriter` and
/// `format_string_internal`): type `s` or none, fill/align/width, precision truncates.
/// `type_name` names the value's type in `Unknown format code` messages. Errors, in
/// CPython's order: `Cannot specify ',' with 's'.`, `Unknown format code 'd' for object of
/// type 'str'`, `Space not allowed in string format specifier`, `Sign not allowed in string
/// format specifier`, `Negative zero coercion (z) not allowed in string format specifier`,
/// `Alternate form (#) not allowed in string format specifier`, `'=' alignment not allowed
/// in string format specifier`.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('s');
    if spec.ty.is_none() {
        check_grouping(spec.grouping, ty)?;
    }
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(Sign::Space) => return Err(NumError::value("Space not allowed in string format specifier")),
        Some(_) => return Err(NumError::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(NumError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(NumError::value("Alternate form (#) not allowed in string format specifier"));
    }
    let (fill, align) = spec.fill_and_align(Align::Left);
    if align == Align::AfterSign {
        return Err(NumError::value("'=' alignment not allowed in string format specifier"));
    }
    let (body, len) = match spec.precision {
        Some(precision) => match s.char_indices().nth(precision) {
            Some((idx, _)) => (&s[..idx], precision),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    Ok(pad(body, len, spec.width, fill, align))
}

/// Python's `format(n, spec)` for an int (CPython's `_PyLong_FormatAdvancedWriter` and
/// `format_long_internal`): types none/`d`/`n` (decimal; `n` has no grouping in the C
/// locale), `b`, `o`, `x`, `X` (with `#` prefixes `0b`/`0o`/`0x`/`0X`), `c` (the
/// character), and `e E f F g G %` through `float(n)`. `type_name` is the value's type
/// (`int`, `bool`, a subclass name) for `Unknown format code` messages.
/// Errors: `Precision not allowed in integer format specifier`, `Negative zero coercion (z)
/// not allowed in integer format specifier`, `Sign not allowed with integer format specifier
/// 'c'`, `Alternate form (#) not allowed with integer format specifier 'c'`,
/// `OverflowError: %c arg not in range(0x110000)`, `OverflowError: Python int too large to
/// convert to C long`, `OverflowError: int too large to convert to float`, and the 4300-digit
/// limit for decimal output. A `c` of a lone surrogate, which CPython can represent and
/// hyper's strings cannot, is a `NotImplementedError`.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float_internal(bigint_to_f64(v)?, spec, ty),
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(NumError::value("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(NumError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let (fill, align) = spec.fill_and_align(Align::Right);
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(NumError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(NumError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let code = v.to_i64().ok_or_else(|| NumError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&code) {
            return Err(NumError::overflow("%c arg not in range(0x110000)"));
        }
        let c = char::from_u32(code as u32)
            .ok_or_else(|| NumError::not_implemented("hyper strings cannot hold a lone surrogate"))?;
        let parts =
            NumberParts { is_negative: false, prefix: "", digits: "", has_decimal: false, remainder: &c.to_string() };
        return Ok(layout_number(&parts, spec.sign, fill, align, spec.width, None));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = if base == 10 {
        let mut text = int_to_decimal_string(v)?;
        if text.starts_with('-') {
            text.remove(0);
        }
        text
    } else if ty == 'X' {
        v.magnitude().to_str_radix(base).to_ascii_uppercase()
    } else {
        v.magnitude().to_str_radix(base)
    };
    // The C locale that `n` consults has no thousands separator.
    let grouping = match (ty, spec.grouping) {
        ('n', _) | (_, None) => None,
        (_, Some(Grouping::Comma)) => Some((',', 3)),
        ('d', Some(Grouping::Underscore)) => Some(('_', 3)),
        (_, Some(Grouping::Underscore)) => Some(('_', 4)),
    };
    let parts = NumberParts {
        is_negative: v.sign() == BigSign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(layout_number(&parts, spec.sign, fill, align, spec.width, grouping))
}

/// Python's `format(x, spec)` for a float (CPython's `_PyFloat_FormatAdvancedWriter` and
/// `format_float_internal`): types `e E f F g G n %` and none, which is repr without a
/// precision and otherwise like `g` but always with a digit after the point
/// (`format(1.0, '.3') == '1.0'`, `format(123.0, '.2') == '1.2e+02'`). `#` keeps the point
/// and trailing zeros; `z` turns a negative zero result into `0`. Infinities and NaN are
/// padded like numbers (`format(inf, '010') == '0000000inf'`). `type_name` names the
/// value's type in `Unknown format code` messages. Errors: `Unknown format code 'd' for
/// object of type 'float'`, `precision too big` (beyond C's `INT_MAX`).
pub fn format_float(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, NumError> {
    match spec.ty {
        None => format_float_internal(v, spec, '\0'),
        Some(ty @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => format_float_internal(v, spec, ty),
        Some(ty) => Err(unknown_code(ty, type_name)),
    }
}

/// CPython's `format_float_internal`; `ty == '\0'` is the empty presentation type.
fn format_float_internal(v: f64, spec: &FormatSpec, ty: char) -> Result<String, NumError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(NumError::value("precision too big"));
    }
    NumError::check_field_width(spec.precision)?;
    let mut flags = DtoaFlags { alt: spec.alternate, no_neg_0: spec.no_neg_zero, ..DtoaFlags::default() };
    let mut code = ty;
    let mut default_precision = 6;
    let mut value = v;
    if code == '\0' {
        flags.add_dot_0 = true;
        code = 'r';
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let is_percent = code == '%';
    if is_percent {
        code = 'f';
        value *= 100.0;
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = double_to_string(value, code, precision, flags);
    if is_percent {
        text.push('%');
    }
    let (is_negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    // `parse_number`: the digits run up to the first non-digit; a '.' there is the decimal
    // point, and everything after it (fraction, exponent, '%') is the remainder.
    let n_digits = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = unsigned.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    let grouping = match (ty, spec.grouping) {
        ('n', _) | (_, None) => None,
        (_, Some(Grouping::Comma)) => Some((',', 3)),
        (_, Some(Grouping::Underscore)) => Some(('_', 3)),
    };
    let (fill, align) = spec.fill_and_align(Align::Right);
    let parts = NumberParts { is_negative, prefix: "", digits, has_decimal, remainder };
    Ok(layout_number(&parts, spec.sign, fill, align, spec.width, grouping))
}

#[cfg(test)]
mod tests;
