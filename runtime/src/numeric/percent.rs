//! `%`-formatting of strs (`fmt % args`), as CPython 3.11's `PyUnicode_Format`: parsing of
//! `%[(key)][flags][width][.precision][length]conversion` and the rendering of one converted
//! value (`unicode_format_arg_output`).
//!
//! Invariant: the parser consumes the format exactly as `unicode_format_arg_parse` does, so
//! error positions (`at index N`, counted in characters) and the `incomplete format` cases
//! match CPython's.
//! Invariant: fetching arguments, the mapping lookup for `%(key)`, `str()`/`repr()` of the
//! value and the int/float conversions belong to the caller; this module sees only the
//! converted int, float or text.

use super::dtoa::{double_to_string, DtoaFlags};
use super::int_text::int_to_decimal_string;
use super::NumError;
use num_bigint::{BigInt, Sign};

/// A width or precision: a number in the format, or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Fixed(usize),
    Star,
}

/// The conversion flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-` (CPython's `F_LJUST`): pad on the right.
    pub left_adjust: bool,
    /// `+` (`F_SIGN`): a sign for every number.
    pub sign: bool,
    /// ` ` (`F_BLANK`): a space before non-negative numbers.
    pub blank: bool,
    /// `#` (`F_ALT`): `0o`/`0x` prefixes, a decimal point that always shows.
    pub alternate: bool,
    /// `0` (`F_ZERO`): pad numbers with zeros after the sign.
    pub zero: bool,
}

/// One `%` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// The `name` of `%(name)s`: the value comes from the mapping argument.
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character (`s r a c d i u o x X e E f F g G`, or anything when parsed
    /// lazily; see `check_conversion`).
    pub conversion: char,
    /// Character index of `conversion` in the format, for the error message.
    pub index: usize,
}

/// A piece of a `%` format: literal text (with `%%` already turned into `%`) or a conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    Literal(String),
    Spec(PercentSpec),
}

impl PercentSpec {
    /// CPython's `unsupported format character` check, which runs after the value for the
    /// conversion has been fetched (so `'%y' % ()` is a `TypeError` about arguments, while
    /// `'%y' % 1` is `ValueError: unsupported format character 'y' (0x79) at index 1`).
    /// The character is shown as `?` outside `chr(31)`..`chr(126)`.
    pub fn check_conversion(&self) -> Result<(), NumError> {
        if "srcaiduoxXeEfFgG".contains(self.conversion) {
            return Ok(());
        }
        let cp = self.conversion as u32;
        let shown = if (31..=126).contains(&cp) { self.conversion } else { '?' };
        Err(NumError::value(format!("unsupported format character '{shown}' (0x{cp:x}) at index {}", self.index)))
    }
}

/// The width for a `*` argument `n` (CPython's `unicode_format_arg_parse`): a negative
/// width means its absolute value with left adjustment. Returns `(width, left_adjust)`;
/// the caller sets `flags.left_adjust` on its copy of the spec when the flag is true.
pub fn star_width(n: i64) -> (usize, bool) {
    (n.unsigned_abs() as usize, n < 0)
}

/// A lazy parser over a `%` format, yielding pieces in order so that the caller can fetch
/// each argument before the next piece is parsed, as CPython interleaves them. Spec pieces
/// are not checked with `check_conversion`; the caller does that after fetching the value.
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    failed: bool,
}

impl PercentParser {
    /// A parser positioned at the start of `fmt`.
    pub fn new(fmt: &str) -> PercentParser {
        PercentParser { chars: fmt.chars().collect(), pos: 0, failed: false }
    }

    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    /// Reads a run of ASCII digits, refusing values beyond `limit` with `message`.
    fn digits(&mut self, limit: u64, message: &str) -> Result<usize, NumError> {
        let mut acc: u64 = 0;
        while let Some(d) = self.at(self.pos).and_then(|c| if c.is_ascii_digit() { c.to_digit(10) } else { None }) {
            if acc > (limit - d as u64) / 10 {
                return Err(NumError::value(message));
            }
            acc = acc * 10 + d as u64;
            self.pos += 1;
        }
        Ok(acc as usize)
    }

    /// Parses the conversion after a `%` at `self.pos - 1` (`unicode_format_arg_parse`).
    fn spec(&mut self) -> Result<PercentSpec, NumError> {
        let incomplete = || NumError::value("incomplete format");
        let mut key = None;
        if self.at(self.pos) == Some('(') {
            self.pos += 1;
            let start = self.pos;
            let mut depth = 1;
            while depth > 0 {
                let c = self.at(self.pos).ok_or_else(|| NumError::value("incomplete format key"))?;
                match c {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                self.pos += 1;
            }
            key = Some(self.chars[start..self.pos - 1].iter().collect());
        }
        let mut flags = PercentFlags::default();
        loop {
            match self.at(self.pos).ok_or_else(incomplete)? {
                '-' => flags.left_adjust = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            self.pos += 1;
        }
        let mut width = None;
        if self.at(self.pos) == Some('*') {
            width = Some(Count::Star);
            self.pos += 1;
        } else if self.at(self.pos).is_some_and(|c| c.is_ascii_digit()) {
            width = Some(Count::Fixed(self.digits(i64::MAX as u64, "width too big")?));
        }
        let mut precision = None;
        if self.at(self.pos) == Some('.') {
            self.pos += 1;
            precision = Some(Count::Fixed(0));
            if self.at(self.pos) == Some('*') {
                precision = Some(Count::Star);
                self.pos += 1;
            } else if self.at(self.pos).is_some_and(|c| c.is_ascii_digit()) {
                precision = Some(Count::Fixed(self.digits(i32::MAX as u64, "precision too big")?));
            }
        }
        // Length modifiers are accepted and ignored, as in C.
        if matches!(self.at(self.pos), Some('h' | 'l' | 'L')) {
            self.pos += 1;
        }
        let conversion = self.at(self.pos).ok_or_else(incomplete)?;
        let index = self.pos;
        self.pos += 1;
        Ok(PercentSpec { key, flags, width, precision, conversion, index })
    }
}

impl Iterator for PercentParser {
    type Item = Result<PercentPiece, NumError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        let mut literal = String::new();
        while let Some(c) = self.at(self.pos) {
            if c != '%' {
                literal.push(c);
                self.pos += 1;
                continue;
            }
            if self.at(self.pos + 1) == Some('%') {
                literal.push('%');
                self.pos += 2;
                continue;
            }
            if !literal.is_empty() {
                return Some(Ok(PercentPiece::Literal(literal)));
            }
            self.pos += 1;
            let res = self.spec().map(PercentPiece::Spec);
            self.failed = res.is_err();
            return Some(res);
        }
        Some(Ok(PercentPiece::Literal(literal)))
    }
}

/// Parses a whole `%` format at once (literal `%%` becomes `%`), including the
/// `check_conversion` of every spec. Errors: `ValueError: incomplete format`, `incomplete
/// format key`, `unsupported format character 'y' (0x79) at index 3`, `width too big`,
/// `precision too big`. A caller that must report argument errors in CPython's order uses
/// `PercentParser` instead.
pub fn parse_percent_format(fmt: &str) -> Result<Vec<PercentPiece>, NumError> {
    let mut pieces = Vec::new();
    for piece in PercentParser::new(fmt) {
        let piece = piece?;
        if let PercentPiece::Spec(spec) = &piece {
            spec.check_conversion()?;
        }
        pieces.push(piece);
    }
    Ok(pieces)
}

/// `%d %i %u %o %x %X` of an int (CPython's `_PyUnicode_FormatLong` then
/// `unicode_format_arg_output`): the precision is a minimum digit count, `#` adds
/// `0o`/`0x`/`0X`, `0` pads after the sign and prefix (`'%#010x' % 255 == '0x000000ff'`).
/// `width`/`precision` are the resolved counts (see `star_width`). Decimal output beyond
/// 4300 digits fails as CPython 3.11's does; a width or precision beyond `MAX_FIELD_WIDTH`
/// is a `MemoryError` (as for the other `format_percent_*` functions).
pub fn format_percent_int(
    v: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, NumError> {
    NumError::check_field_width(width)?;
    NumError::check_field_width(precision)?;
    let conv = spec.conversion;
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if base == 10 {
        let mut text = int_to_decimal_string(v)?;
        if text.starts_with('-') {
            text.remove(0);
        }
        text
    } else {
        v.magnitude().to_str_radix(base)
    };
    let mut text = String::new();
    if v.sign() == Sign::Minus {
        text.push('-');
    }
    if spec.flags.alternate {
        text.push_str(prefix);
    }
    let min_digits = precision.unwrap_or(0);
    text.extend(std::iter::repeat_n('0', min_digits.saturating_sub(digits.len())));
    text.push_str(&digits);
    if conv == 'X' {
        text = text.to_ascii_uppercase();
    }
    Ok(output(&text, spec, width, precision, true))
}

/// `%e %E %f %F %g %G` of a float (CPython's `formatfloat` then `unicode_format_arg_output`):
/// precision 6 by default, `#` keeps the point, `inf`/`nan` padded like numbers
/// (`'%010f' % inf == '0000000inf'`). The caller converts ints with `arith::bigint_to_f64`.
pub fn format_percent_float(
    v: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, NumError> {
    NumError::check_field_width(width)?;
    NumError::check_field_width(precision)?;
    let flags = DtoaFlags { alt: spec.flags.alternate, ..DtoaFlags::default() };
    let text = double_to_string(v, spec.conversion, precision.unwrap_or(6), flags);
    Ok(output(&text, spec, width, precision, true))
}

/// `%s %r %a` of an already converted text (the precision truncates it) and `%c` of a
/// one-character text (the precision is ignored), as `unicode_format_arg_output`.
pub fn format_percent_text(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, NumError> {
    NumError::check_field_width(width)?;
    Ok(output(s, spec, width, precision, false))
}

/// CPython's `unicode_format_arg_output`: truncation, sign, `0x`/`0o` prefix, zero or space
/// padding. `is_number` is CPython's `arg->sign`, set for the numeric conversions.
fn output(text: &str, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>, is_number: bool) -> String {
    let flags = spec.flags;
    let conv = spec.conversion;
    let fill = if is_number && flags.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    let fits_width = width.is_none_or(|w| w as i64 <= len);
    let fits_precision = precision.is_none_or(|p| p as i64 >= len);
    if fits_width && fits_precision && !(flags.sign || flags.blank) {
        return text.to_string();
    }
    if matches!(conv, 's' | 'r' | 'a') {
        if let Some(p) = precision {
            len = len.min(p as i64);
        }
    }
    let mut pindex = 0usize;
    let mut sign_char = None;
    if is_number {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if flags.sign => sign_char = Some('+'),
            _ if flags.blank => sign_char = Some(' '),
            _ => {}
        }
    }
    let has_prefix = flags.alternate && matches!(conv, 'x' | 'X' | 'o');
    let mut width = width.map_or(-1, |w| w as i64).max(len);
    let mut out = String::with_capacity(text.len() + width.max(0) as usize);
    if let Some(sign) = sign_char {
        if fill != ' ' {
            out.push(sign);
        }
        if width > len {
            width -= 1;
        }
    }
    if has_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left_adjust {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign_char);
        if has_prefix {
            out.push('0');
            out.push(conv);
            pindex += 2;
        }
    }
    out.extend(chars.iter().skip(pindex).take(len.max(0) as usize));
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
    out
}

#[cfg(test)]
mod tests;
