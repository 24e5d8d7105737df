//! `format(value, spec)`, f-string holes and `%`-formatting: the glue between values and
//! the exact algorithms in `numeric::format_spec` and `numeric::percent`.
//!
//! Invariant: numbers are formatted by `numeric` only; this file decides which algorithm a
//! value goes to and converts arguments (`%s` calls `str()`, `%r` calls `repr()`).

use crate::error::{ExcType, PResult, PyErr};
use crate::interp::Interp;
use crate::numeric::format_spec::{self, parse_format_spec};
use crate::numeric::percent::{self, Count, PercentPiece};
use crate::value::Value;
use num_bigint::BigInt;

impl Interp {
    /// Python's `format(v, spec)`.
    pub fn format_value(&self, v: &Value, spec: &str) -> PResult<String> {
        match v {
            Value::Int(i) => {
                let s = parse_format_spec(spec, "int")?;
                Ok(format_spec::format_int(&BigInt::from(*i), &s, "int")?)
            }
            Value::BigInt(b) => {
                let s = parse_format_spec(spec, "int")?;
                Ok(format_spec::format_int(b, &s, "int")?)
            }
            Value::Bool(b) => {
                // bool inherits int.__format__: an empty spec is str(), anything else formats
                // the int 0 or 1 (`format(True, '>5')` is `'    1'`).
                if spec.is_empty() {
                    return self.str_of(v);
                }
                let s = parse_format_spec(spec, "bool")?;
                Ok(format_spec::format_int(&BigInt::from(*b as i64), &s, "bool")?)
            }
            Value::Float(f) => {
                let s = parse_format_spec(spec, "float")?;
                Ok(format_spec::format_float(*f, &s, "float")?)
            }
            Value::Str(st) => {
                let s = parse_format_spec(spec, "str")?;
                Ok(format_spec::format_str(st.as_str(), &s, "str")?)
            }
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__format__") {
                    let r = self.call_value(&m, &[v.clone(), Value::str(spec)], &[])?;
                    return self.str_of(&r);
                }
                let base = inst.base_value.borrow().clone();
                if !base.is_none() {
                    return self.format_value(&base, spec);
                }
                self.format_generic(v, spec)
            }
            _ => self.format_generic(v, spec),
        }
    }

    fn format_generic(&self, v: &Value, spec: &str) -> PResult<String> {
        if spec.is_empty() {
            return self.str_of(v);
        }
        Err(PyErr::new(
            ExcType::TypeError,
            format!("unsupported format string passed to {}.__format__", self.type_name(v)),
        ))
    }

    /// `fmt % args`, interleaving parsing and argument fetching as CPython does, so that
    /// argument-count errors and bad conversion characters are reported in its order.
    pub fn percent_format(&self, fmt: &str, args: &Value) -> PResult<String> {
        let (positional, mapping): (Vec<Value>, Option<Value>) = match args {
            Value::Tuple(t) => (t.items.to_vec(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            Value::Instance(i)
                if i.class.lookup("__getitem__").is_some() && !matches!(&*i.base_value.borrow(), Value::Tuple(_)) =>
            {
                (vec![args.clone()], Some(args.clone()))
            }
            _ => (vec![args.clone()], None),
        };
        let mut next = 0usize;
        let mut out = String::new();
        let mut used_mapping = false;
        let take = |next: &mut usize| -> PResult<Value> {
            let v = positional.get(*next).cloned();
            *next += 1;
            v.ok_or_else(|| PyErr::new(ExcType::TypeError, "not enough arguments for format string"))
        };
        for piece in percent::PercentParser::new(fmt) {
            match piece? {
                PercentPiece::Literal(s) => out.push_str(&s),
                PercentPiece::Spec(spec) => {
                    let mut spec = spec;
                    let width = match spec.width {
                        Some(Count::Fixed(w)) => Some(w),
                        Some(Count::Star) => {
                            let n = self.star_count(&take(&mut next)?)?;
                            let (w, left) = percent::star_width(n);
                            if left {
                                spec.flags.left_adjust = true;
                            }
                            Some(w)
                        }
                        None => None,
                    };
                    let precision = match spec.precision {
                        Some(Count::Fixed(p)) => Some(p),
                        Some(Count::Star) => Some(self.star_count(&take(&mut next)?)?.max(0) as usize),
                        None => None,
                    };
                    let value = match &spec.key {
                        Some(k) => {
                            let Some(m) = &mapping else {
                                return Err(PyErr::new(ExcType::TypeError, "format requires a mapping"));
                            };
                            used_mapping = true;
                            self.get_item(m, &Value::str(k))?
                        }
                        None => take(&mut next)?,
                    };
                    spec.check_conversion()?;
                    out.push_str(&self.percent_one(&value, &spec, width, precision)?);
                }
            }
        }
        if next < positional.len() && mapping.is_none() && !used_mapping {
            return Err(PyErr::new(ExcType::TypeError, "not all arguments converted during string formatting"));
        }
        Ok(out)
    }

    /// A `*` width or precision argument: an int, else CPython's `* wants int`.
    fn star_count(&self, v: &Value) -> PResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(PyErr::new(ExcType::ValueError, "width too big")),
            _ => Err(PyErr::new(ExcType::TypeError, "* wants int")),
        }
    }

    fn percent_one(
        &self,
        v: &Value,
        spec: &percent::PercentSpec,
        width: Option<usize>,
        precision: Option<usize>,
    ) -> PResult<String> {
        let conv = spec.conversion;
        match conv {
            's' | 'r' | 'a' => {
                let text = match conv {
                    's' => self.str_of(v)?,
                    'r' => self.repr(v)?,
                    _ => crate::builtins::repr::ascii_escape(&self.repr(v)?),
                };
                Ok(percent::format_percent_text(&text, spec, width, precision)?)
            }
            'c' => {
                let text = match v {
                    Value::Str(s) if s.len() == 1 => s.as_str().to_string(),
                    Value::Str(_) => return Err(PyErr::new(ExcType::TypeError, "%c requires int or char")),
                    _ => {
                        let i = self.index_value(v)?;
                        match u32::try_from(i).ok().and_then(char::from_u32) {
                            Some(c) => c.to_string(),
                            None => return Err(PyErr::new(ExcType::OverflowError, "%c arg not in range(0x110000)")),
                        }
                    }
                };
                Ok(percent::format_percent_text(&text, spec, width, None)?)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let b = match v {
                    Value::Int(i) => BigInt::from(*i),
                    Value::Bool(x) => BigInt::from(*x as i64),
                    Value::BigInt(b) => (**b).clone(),
                    Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => crate::numeric::arith::f64_to_bigint(*f)?,
                    _ => {
                        return Err(PyErr::new(
                            ExcType::TypeError,
                            if matches!(conv, 'd' | 'i' | 'u') {
                                format!("%{conv} format: a real number is required, not {}", self.type_name(v))
                            } else {
                                format!("%{conv} format: an integer is required, not {}", self.type_name(v))
                            },
                        ))
                    }
                };
                Ok(percent::format_percent_int(&b, spec, width, precision)?)
            }
            _ => {
                let f = match v {
                    Value::Int(i) => *i as f64,
                    Value::Bool(b) => *b as i64 as f64,
                    Value::BigInt(b) => crate::numeric::arith::bigint_to_f64(b)?,
                    Value::Float(f) => *f,
                    _ => {
                        return Err(PyErr::new(
                            ExcType::TypeError,
                            format!("must be real number, not {}", self.type_name(v)),
                        ))
                    }
                };
                Ok(percent::format_percent_float(f, spec, width, precision)?)
            }
        }
    }
}
