//! TEMPORARY stand-in until the numeric module lands (not to be committed).
pub mod float_repr {
    use super::NumError;
    pub fn float_repr(x: f64) -> String {
        if x.is_nan() { return "nan".into(); }
        if x.is_infinite() { return if x > 0.0 { "inf".into() } else { "-inf".into() }; }
        let e = format!("{:e}", x);
        let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        if (-4..16).contains(&exp) {
            let s = format!("{}", x);
            if s.contains('.') { s } else { format!("{s}.0") }
        } else {
            let m = if mant.contains('.') { mant.to_string() } else { mant.to_string() };
            format!("{}e{}{:02}", m, if exp < 0 { '-' } else { '+' }, exp.abs())
        }
    }
    pub fn round_float(x: f64, n: i64) -> Result<f64, NumError> {
        let s = format!("{:.*}", n.max(0) as usize, x);
        Ok(s.parse().unwrap_or(x))
    }
    pub fn round_float_to_int_half_even(x: f64) -> Result<f64, NumError> {
        let r = x.round();
        Ok(if (x - x.trunc()).abs() == 0.5 { 2.0 * (x / 2.0).round() } else { r })
    }
}
#[derive(Debug)]
pub enum NumErrorKind { ValueError, TypeError, OverflowError, ZeroDivisionError }
#[derive(Debug)]
pub struct NumError { pub kind: NumErrorKind, pub message: String }
pub mod int_text {
    use super::{NumError, NumErrorKind};
    use num_bigint::BigInt;
    pub fn str_repr(s: &str) -> String {
        let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
        let mut out = String::new(); out.push(q);
        for c in s.chars() { match c { '\\' => out.push_str("\\\\"), '\n' => out.push_str("\\n"), '\t' => out.push_str("\\t"), '\r' => out.push_str("\\r"), c if c == q => { out.push('\\'); out.push(c) }, c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)), c => out.push(c) } }
        out.push(q); out
    }
    pub fn parse_int(s: &str, base: u32) -> Result<BigInt, NumError> {
        let t = s.trim().replace('_', "");
        BigInt::parse_bytes(t.as_bytes(), if base == 0 { 10 } else { base }).ok_or(NumError { kind: NumErrorKind::ValueError, message: format!("invalid literal for int() with base {}: {}", base, str_repr(s)) })
    }
    pub fn int_to_base(v: &BigInt, base: u32, _prefix: bool) -> String {
        let p = match base { 16 => "0x", 8 => "0o", 2 => "0b", _ => "" };
        let neg = v.sign() == num_bigint::Sign::Minus;
        let mag = if neg { -v } else { v.clone() };
        format!("{}{}{}", if neg { "-" } else { "" }, p, mag.to_str_radix(base))
    }
}
pub mod float_text {
    use super::{NumError, NumErrorKind};
    pub fn parse_float(s: &str) -> Result<f64, NumError> {
        s.trim().parse::<f64>().map_err(|_| NumError { kind: NumErrorKind::ValueError, message: format!("could not convert string to float: {}", super::int_text::str_repr(s)) })
    }
}
pub mod arith {
    use super::{NumError, NumErrorKind};
    use num_bigint::BigInt;
    use num_traits::ToPrimitive;
    fn zd(m: &str) -> NumError { NumError { kind: NumErrorKind::ZeroDivisionError, message: m.into() } }
    pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> { if b == &BigInt::from(0) { return Err(zd("division by zero")) } Ok(a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0)) }
    pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> { if b == 0.0 { return Err(zd("float floor division by zero")) } Ok(float_divmod(a, b)?.0) }
    pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> { if b == 0.0 { return Err(zd("float modulo")) } Ok(float_divmod(a, b)?.1) }
    pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
        if b == 0.0 { return Err(zd("float divmod()")) }
        let mut m = a % b; let mut d = (a - m) / b;
        if m != 0.0 { if (b < 0.0) != (m < 0.0) { m += b; d -= 1.0; } } else { m = 0.0f64.copysign(b); }
        let fd = if d != 0.0 { let f = d.floor(); if d - f > 0.5 { f + 1.0 } else { f } } else { 0.0f64.copysign(a / b) };
        Ok((fd, m))
    }
    pub fn float_pow(a: f64, b: f64) -> Result<f64, NumError> { if a == 0.0 && b < 0.0 { return Err(zd("0.0 cannot be raised to a negative power")) } Ok(a.powf(b)) }
    pub fn bigint_to_f64(b: &BigInt) -> Result<f64, NumError> { let f = b.to_f64().unwrap_or(f64::INFINITY); if f.is_infinite() { return Err(NumError { kind: NumErrorKind::OverflowError, message: "int too large to convert to float".into() }) } Ok(f) }
    pub fn f64_to_bigint(f: f64) -> Result<BigInt, NumError> { if f.is_nan() { return Err(NumError { kind: NumErrorKind::ValueError, message: "cannot convert float NaN to integer".into() }) } if f.is_infinite() { return Err(NumError { kind: NumErrorKind::OverflowError, message: "cannot convert float infinity to integer".into() }) } Ok(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()) }
    pub fn int_hash_i64(i: i64) -> i64 { const P: i128 = (1 << 61) - 1; let r = (i as i128).rem_euclid(P) as i64; let r = if i < 0 { -(((-(i as i128)) % P) as i64) } else { r }; if r == -1 { -2 } else { r } }
    pub fn int_hash(b: &BigInt) -> i64 { let p = BigInt::from((1i64 << 61) - 1); let neg = b.sign() == num_bigint::Sign::Minus; let m = (if neg { -b } else { b.clone() }) % &p; let r = m.to_i64().unwrap_or(0); let r = if neg { -r } else { r }; if r == -1 { -2 } else { r } }
    pub fn float_hash(f: f64) -> i64 { if f.fract() == 0.0 && f.is_finite() { let b: BigInt = num_traits::FromPrimitive::from_f64(f).unwrap_or_default(); int_hash(&b) } else { f.to_bits() as i64 } }
}
pub mod format_spec {
    use super::NumError;
    use num_bigint::BigInt;
    pub struct FormatSpec { pub ty: Option<char>, pub spec: String }
    pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, NumError> { Ok(FormatSpec { ty: spec.chars().last().filter(|c| c.is_alphabetic()), spec: spec.into() }) }
    pub fn format_int(v: &BigInt, s: &FormatSpec) -> Result<String, NumError> { Ok(if s.spec.is_empty() { v.to_string() } else { format!("<int:{}:{}>", v, s.spec) }) }
    pub fn format_float(v: f64, s: &FormatSpec) -> Result<String, NumError> {
        if let Some(p) = s.spec.strip_prefix('.').and_then(|r| r.strip_suffix('f')) { if let Ok(n) = p.parse::<usize>() { return Ok(format!("{:.*}", n, v)); } }
        Ok(if s.spec.is_empty() { super::float_repr::float_repr(v) } else { format!("<float:{}:{}>", v, s.spec) })
    }
    pub fn format_str(v: &str, s: &FormatSpec) -> Result<String, NumError> { Ok(if s.spec.is_empty() { v.into() } else { format!("<str:{}:{}>", v, s.spec) }) }
}
pub mod percent {
    use super::NumError;
    use num_bigint::BigInt;
    pub enum Count { Fixed(usize), Star }
    pub struct PercentSpec { pub key: Option<String>, pub width: Option<Count>, pub precision: Option<Count>, pub conversion: char }
    pub enum PercentPiece { Literal(String), Spec(PercentSpec) }
    pub fn parse_percent_format(fmt: &str) -> Result<Vec<PercentPiece>, NumError> {
        let mut out = Vec::new(); let mut lit = String::new(); let mut it = fmt.chars().peekable();
        while let Some(c) = it.next() { if c == '%' { if let Some(n) = it.next() { if n == '%' { lit.push('%'); } else { out.push(PercentPiece::Literal(std::mem::take(&mut lit))); out.push(PercentPiece::Spec(PercentSpec { key: None, width: None, precision: None, conversion: n })); } } } else { lit.push(c); } }
        out.push(PercentPiece::Literal(lit)); Ok(out)
    }
    pub fn format_percent_int(v: &BigInt, _s: &PercentSpec, _w: Option<usize>, _p: Option<usize>) -> String { v.to_string() }
    pub fn format_percent_float(v: f64, _s: &PercentSpec, _w: Option<usize>, p: Option<usize>) -> String { format!("{:.*}", p.unwrap_or(6), v) }
    pub fn format_percent_text(v: &str, _s: &PercentSpec, _w: Option<usize>, _p: Option<usize>) -> String { v.into() }
}
