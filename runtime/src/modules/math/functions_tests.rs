//! Tests for `functions.rs`: every expected value and message was printed by CPython 3.11's
//! `math` module on this platform (values pasted as literals by a generator script).
//!
//! Invariant: floats compare by bit pattern (so `-0.0` differs from `0.0`); any NaN matches
//! `Nan`, since Python prints every NaN the same way.

// Expected values are the literals CPython printed, even where they equal a std constant.
#![allow(clippy::approx_constant)]

use super::*;
use MathErrorKind::*;
use Want::{Nan, E, F};

/// What CPython returned for one call.
#[derive(Debug)]
enum Want {
    F(f64),
    Nan,
    E(MathErrorKind, &'static str),
}

fn big(s: &str) -> BigInt {
    s.parse().unwrap()
}

/// Runs one float-valued `math` function by its Python name.
fn call(name: &str, args: &[f64]) -> MathResult<f64> {
    let x = args.first().copied().unwrap_or(0.0);
    let y = args.get(1).copied().unwrap_or(0.0);
    match name {
        "sqrt" => sqrt(x),
        "exp" => exp(x),
        "exp2" => exp2(x),
        "expm1" => expm1(x),
        "log1p" => log1p(x),
        "sin" => sin(x),
        "cos" => cos(x),
        "tan" => tan(x),
        "asin" => asin(x),
        "acos" => acos(x),
        "atan" => atan(x),
        "sinh" => sinh(x),
        "cosh" => cosh(x),
        "tanh" => tanh(x),
        "asinh" => asinh(x),
        "acosh" => acosh(x),
        "atanh" => atanh(x),
        "cbrt" => cbrt(x),
        "log2" => log2(x),
        "log10" => log10(x),
        "log" => log(x, None),
        "log_base" => log(x, Some(y)),
        "atan2" => atan2(x, y),
        "pow" => pow(x, y),
        "fmod" => fmod(x, y),
        "remainder" => remainder(x, y),
        "copysign" => Ok(copysign(x, y)),
        "fabs" => Ok(fabs(x)),
        "degrees" => Ok(degrees(x)),
        "radians" => Ok(radians(x)),
        "ldexp" => ldexp(x, y as i64),
        "hypot" => Ok(hypot(args)),
        "fsum" => fsum(args),
        _ => unreachable!("no such function {name}"),
    }
}

fn check(cases: &[(&str, &[f64], Want)]) {
    for (name, args, want) in cases {
        let got = call(name, args);
        let ok = match (&got, want) {
            (Ok(x), F(y)) => x.to_bits() == y.to_bits(),
            (Ok(x), Nan) => x.is_nan(),
            (Err(e), E(kind, message)) => e.kind == *kind && e.message == *message,
            _ => false,
        };
        assert!(ok, "{name}{args:?}: got {got:?}, CPython gives {want:?}");
    }
}

#[test]
fn one_argument_functions_match_cpython() {
    check(&[
        ("sqrt", &[0.0], F(0.0)),
        ("sqrt", &[-0.0], F(-0.0)),
        ("sqrt", &[1.0], F(1.0)),
        ("sqrt", &[-1.0], E(ValueError, "math domain error")),
        ("sqrt", &[0.5], F(0.7071067811865476)),
        ("sqrt", &[2.0], F(1.4142135623730951)),
        ("sqrt", &[1e-300], F(1e-150)),
        ("sqrt", &[710.0], F(26.645825188948457)),
        ("sqrt", &[-1000.0], E(ValueError, "math domain error")),
        ("sqrt", &[f64::INFINITY], F(f64::INFINITY)),
        ("sqrt", &[f64::NEG_INFINITY], E(ValueError, "math domain error")),
        ("sqrt", &[f64::NAN], Nan),
        ("sqrt", &[3.7], F(1.9235384061671346)),
        ("exp", &[0.0], F(1.0)),
        ("exp", &[-0.0], F(1.0)),
        ("exp", &[1.0], F(2.718281828459045)),
        ("exp", &[-1.0], F(0.36787944117144233)),
        ("exp", &[0.5], F(1.6487212707001282)),
        ("exp", &[2.0], F(7.38905609893065)),
        ("exp", &[1e-300], F(1.0)),
        ("exp", &[710.0], E(OverflowError, "math range error")),
        ("exp", &[-1000.0], F(0.0)),
        ("exp", &[f64::INFINITY], F(f64::INFINITY)),
        ("exp", &[f64::NEG_INFINITY], F(0.0)),
        ("exp", &[f64::NAN], Nan),
        ("exp", &[3.7], F(40.4473043600674)),
        ("exp2", &[0.0], F(1.0)),
        ("exp2", &[-0.0], F(1.0)),
        ("exp2", &[1.0], F(2.0)),
        ("exp2", &[-1.0], F(0.5)),
        ("exp2", &[0.5], F(1.4142135623730951)),
        ("exp2", &[2.0], F(4.0)),
        ("exp2", &[1e-300], F(1.0)),
        ("exp2", &[710.0], F(5.386379163185535e+213)),
        ("exp2", &[-1000.0], F(9.332636185032189e-302)),
        ("exp2", &[f64::INFINITY], F(f64::INFINITY)),
        ("exp2", &[f64::NEG_INFINITY], F(0.0)),
        ("exp2", &[f64::NAN], Nan),
        ("exp2", &[3.7], F(12.99603834169977)),
        ("expm1", &[0.0], F(0.0)),
        ("expm1", &[-0.0], F(-0.0)),
        ("expm1", &[1.0], F(1.718281828459045)),
        ("expm1", &[-1.0], F(-0.6321205588285577)),
        ("expm1", &[0.5], F(0.6487212707001282)),
        ("expm1", &[2.0], F(6.38905609893065)),
        ("expm1", &[1e-300], F(1e-300)),
        ("expm1", &[710.0], E(OverflowError, "math range error")),
        ("expm1", &[-1000.0], F(-1.0)),
        ("expm1", &[f64::INFINITY], F(f64::INFINITY)),
        ("expm1", &[f64::NEG_INFINITY], F(-1.0)),
        ("expm1", &[f64::NAN], Nan),
        ("expm1", &[3.7], F(39.4473043600674)),
        ("log1p", &[0.0], F(0.0)),
        ("log1p", &[-0.0], F(-0.0)),
        ("log1p", &[1.0], F(0.6931471805599453)),
        ("log1p", &[-1.0], E(ValueError, "math domain error")),
        ("log1p", &[0.5], F(0.4054651081081644)),
        ("log1p", &[2.0], F(1.0986122886681096)),
        ("log1p", &[1e-300], F(1e-300)),
        ("log1p", &[710.0], F(6.566672429803241)),
        ("log1p", &[-1000.0], E(ValueError, "math domain error")),
        ("log1p", &[f64::INFINITY], F(f64::INFINITY)),
        ("log1p", &[f64::NEG_INFINITY], E(ValueError, "math domain error")),
        ("log1p", &[f64::NAN], Nan),
        ("log1p", &[3.7], F(1.547562508716013)),
        ("sin", &[0.0], F(0.0)),
        ("sin", &[-0.0], F(-0.0)),
        ("sin", &[1.0], F(0.8414709848078965)),
        ("sin", &[-1.0], F(-0.8414709848078965)),
        ("sin", &[0.5], F(0.479425538604203)),
        ("sin", &[2.0], F(0.9092974268256817)),
        ("sin", &[1e-300], F(1e-300)),
        ("sin", &[710.0], F(6.0288706691585265e-05)),
        ("sin", &[-1000.0], F(-0.8268795405320025)),
        ("sin", &[f64::INFINITY], E(ValueError, "math domain error")),
        ("sin", &[f64::NEG_INFINITY], E(ValueError, "math domain error")),
        ("sin", &[f64::NAN], Nan),
        ("sin", &[3.7], F(-0.5298361409084934)),
        ("cos", &[0.0], F(1.0)),
        ("cos", &[-0.0], F(1.0)),
        ("cos", &[1.0], F(0.5403023058681398)),
        ("cos", &[-1.0], F(0.5403023058681398)),
        ("cos", &[0.5], F(0.8775825618903728)),
        ("cos", &[2.0], F(-0.4161468365471424)),
        ("cos", &[1e-300], F(1.0)),
        ("cos", &[710.0], F(0.999999998182636)),
        ("cos", &[-1000.0], F(0.5623790762907029)),
        ("cos", &[f64::INFINITY], E(ValueError, "math domain error")),
        ("cos", &[f64::NEG_INFINITY], E(ValueError, "math domain error")),
        ("cos", &[f64::NAN], Nan),
        ("cos", &[3.7], F(-0.848100031710408)),
        ("tan", &[0.0], F(0.0)),
        ("tan", &[-0.0], F(-0.0)),
        ("tan", &[1.0], F(1.5574077246549023)),
        ("tan", &[-1.0], F(-1.5574077246549023)),
        ("tan", &[0.5], F(0.5463024898437905)),
        ("tan", &[2.0], F(-2.185039863261519)),
        ("tan", &[1e-300], F(1e-300)),
        ("tan", &[710.0], F(6.0288706801151796e-05)),
        ("tan", &[-1000.0], F(-1.4703241557027185)),
        ("tan", &[f64::INFINITY], E(ValueError, "math domain error")),
        ("tan", &[f64::NEG_INFINITY], E(ValueError, "math domain error")),
        ("tan", &[f64::NAN], Nan),
        ("tan", &[3.7], F(0.6247330752245639)),
        ("asin", &[0.0], F(0.0)),
        ("asin", &[-0.0], F(-0.0)),
        ("asin", &[1.0], F(1.5707963267948966)),
        ("asin", &[-1.0], F(-1.5707963267948966)),
        ("asin", &[0.5], F(0.5235987755982989)),
        ("asin", &[2.0], E(ValueError, "math domain error")),
        ("asin", &[1e-300], F(1e-300)),
        ("asin", &[710.0], E(ValueError, "math domain error")),
        ("asin", &[-1000.0], E(ValueError, "math domain error")),
        ("asin", &[f64::INFINITY], E(ValueError, "math domain error")),
        ("asin", &[f64::NEG_INFINITY], E(ValueError, "math domain error")),
        ("asin", &[f64::NAN], Nan),
        ("asin", &[3.7], E(ValueError, "math domain error")),
        ("acos", &[0.0], F(1.5707963267948966)),
        ("acos", &[-0.0], F(1.5707963267948966)),
        ("acos", &[1.0], F(0.0)),
        ("acos", &[-1.0], F(3.141592653589793)),
        ("acos", &[0.5], F(1.0471975511965979)),
        ("acos", &[2.0], E(ValueError, "math domain error")),
        ("acos", &[1e-300], F(1.5707963267948966)),
        ("acos", &[710.0], E(ValueError, "math domain error")),
        ("acos", &[-1000.0], E(ValueError, "math domain error")),
        ("acos", &[f64::INFINITY], E(ValueError, "math domain error")),
        ("acos", &[f64::NEG_INFINITY], E(ValueError, "math domain error")),
        ("acos", &[f64::NAN], Nan),
        ("acos", &[3.7], E(ValueError, "math domain error")),
        ("atan", &[0.0], F(0.0)),
        ("atan", &[-0.0], F(-0.0)),
        ("atan", &[1.0], F(0.7853981633974483)),
        ("atan", &[-1.0], F(-0.7853981633974483)),
        ("atan", &[0.5], F(0.4636476090008061)),
        ("atan", &[2.0], F(1.1071487177940904)),
        ("atan", &[1e-300], F(1e-300)),
        ("atan", &[710.0], F(1.5693878770220004)),
        ("atan", &[-1000.0], F(-1.5697963271282298)),
        ("atan", &[f64::INFINITY], F(1.5707963267948966)),
        ("atan", &[f64::NEG_INFINITY], F(-1.5707963267948966)),
        ("atan", &[f64::NAN], Nan),
        ("atan", &[3.7], F(1.3068326031691921)),
        ("sinh", &[0.0], F(0.0)),
        ("sinh", &[-0.0], F(-0.0)),
        ("sinh", &[1.0], F(1.1752011936438014)),
        ("sinh", &[-1.0], F(-1.1752011936438014)),
        ("sinh", &[0.5], F(0.5210953054937474)),
        ("sinh", &[2.0], F(3.626860407847019)),
        ("sinh", &[1e-300], F(1e-300)),
        ("sinh", &[710.0], F(1.1169973830808557e+308)),
        ("sinh", &[-1000.0], E(OverflowError, "math range error")),
        ("sinh", &[f64::INFINITY], F(f64::INFINITY)),
        ("sinh", &[f64::NEG_INFINITY], F(f64::NEG_INFINITY)),
        ("sinh", &[f64::NAN], Nan),
        ("sinh", &[3.7], F(20.21129041679853)),
        ("cosh", &[0.0], F(1.0)),
        ("cosh", &[-0.0], F(1.0)),
        ("cosh", &[1.0], F(1.5430806348152437)),
        ("cosh", &[-1.0], F(1.5430806348152437)),
        ("cosh", &[0.5], F(1.1276259652063807)),
        ("cosh", &[2.0], F(3.7621956910836314)),
        ("cosh", &[1e-300], F(1.0)),
        ("cosh", &[710.0], F(1.1169973830808557e+308)),
        ("cosh", &[-1000.0], E(OverflowError, "math range error")),
        ("cosh", &[f64::INFINITY], F(f64::INFINITY)),
        ("cosh", &[f64::NEG_INFINITY], F(f64::INFINITY)),
        ("cosh", &[f64::NAN], Nan),
        ("cosh", &[3.7], F(20.23601394326887)),
        ("tanh", &[0.0], F(0.0)),
        ("tanh", &[-0.0], F(-0.0)),
        ("tanh", &[1.0], F(0.7615941559557649)),
        ("tanh", &[-1.0], F(-0.7615941559557649)),
        ("tanh", &[0.5], F(0.46211715726000974)),
        ("tanh", &[2.0], F(0.9640275800758169)),
        ("tanh", &[1e-300], F(1e-300)),
        ("tanh", &[710.0], F(1.0)),
        ("tanh", &[-1000.0], F(-1.0)),
        ("tanh", &[f64::INFINITY], F(1.0)),
        ("tanh", &[f64::NEG_INFINITY], F(-1.0)),
        ("tanh", &[f64::NAN], Nan),
        ("tanh", &[3.7], F(0.9987782412811312)),
        ("asinh", &[0.0], F(0.0)),
        ("asinh", &[-0.0], F(-0.0)),
        ("asinh", &[1.0], F(0.881373587019543)),
        ("asinh", &[-1.0], F(-0.881373587019543)),
        ("asinh", &[0.5], F(0.48121182505960347)),
        ("asinh", &[2.0], F(1.4436354751788103)),
        ("asinh", &[1e-300], F(1e-300)),
        ("asinh", &[710.0], F(7.258412646528284)),
        ("asinh", &[-1000.0], F(-7.600902709541988)),
        ("asinh", &[f64::INFINITY], F(f64::INFINITY)),
        ("asinh", &[f64::NEG_INFINITY], F(f64::NEG_INFINITY)),
        ("asinh", &[f64::NAN], Nan),
        ("asinh", &[3.7], F(2.0192606561549606)),
        ("acosh", &[0.0], E(ValueError, "math domain error")),
        ("acosh", &[-0.0], E(ValueError, "math domain error")),
        ("acosh", &[1.0], F(0.0)),
        ("acosh", &[-1.0], E(ValueError, "math domain error")),
        ("acosh", &[0.5], E(ValueError, "math domain error")),
        ("acosh", &[2.0], F(1.3169578969248166)),
        ("acosh", &[1e-300], E(ValueError, "math domain error")),
        ("acosh", &[710.0], F(7.258411654661591)),
        ("acosh", &[-1000.0], E(ValueError, "math domain error")),
        ("acosh", &[f64::INFINITY], F(f64::INFINITY)),
        ("acosh", &[f64::NEG_INFINITY], E(ValueError, "math domain error")),
        ("acosh", &[f64::NAN], Nan),
        ("acosh", &[3.7], F(1.9826969446812033)),
        ("atanh", &[0.0], F(0.0)),
        ("atanh", &[-0.0], F(-0.0)),
        ("atanh", &[1.0], E(ValueError, "math domain error")),
        ("atanh", &[-1.0], E(ValueError, "math domain error")),
        ("atanh", &[0.5], F(0.5493061443340548)),
        ("atanh", &[2.0], E(ValueError, "math domain error")),
        ("atanh", &[1e-300], F(1e-300)),
        ("atanh", &[710.0], E(ValueError, "math domain error")),
        ("atanh", &[-1000.0], E(ValueError, "math domain error")),
        ("atanh", &[f64::INFINITY], E(ValueError, "math domain error")),
        ("atanh", &[f64::NEG_INFINITY], E(ValueError, "math domain error")),
        ("atanh", &[f64::NAN], Nan),
        ("atanh", &[3.7], E(ValueError, "math domain error")),
        ("cbrt", &[0.0], F(0.0)),
        ("cbrt", &[-0.0], F(-0.0)),
        ("cbrt", &[1.0], F(1.0)),
        ("cbrt", &[-1.0], F(-1.0)),
        ("cbrt", &[0.5], F(0.7937005259840998)),
        ("cbrt", &[2.0], F(1.2599210498948734)),
        ("cbrt", &[1e-300], F(1e-100)),
        ("cbrt", &[710.0], F(8.921121404456347)),
        ("cbrt", &[-1000.0], F(-10.0)),
        ("cbrt", &[f64::INFINITY], F(f64::INFINITY)),
        ("cbrt", &[f64::NEG_INFINITY], F(f64::NEG_INFINITY)),
        ("cbrt", &[f64::NAN], Nan),
        ("cbrt", &[3.7], F(1.5466803737720356)),
        ("log2", &[0.0], E(ValueError, "math domain error")),
        ("log2", &[-0.0], E(ValueError, "math domain error")),
        ("log2", &[1.0], F(0.0)),
        ("log2", &[-1.0], E(ValueError, "math domain error")),
        ("log2", &[0.5], F(-1.0)),
        ("log2", &[2.0], F(1.0)),
        ("log2", &[1e-300], F(-996.5784284662087)),
        ("log2", &[710.0], F(9.471675214392045)),
        ("log2", &[-1000.0], E(ValueError, "math domain error")),
        ("log2", &[f64::INFINITY], F(f64::INFINITY)),
        ("log2", &[f64::NEG_INFINITY], E(ValueError, "math domain error")),
        ("log2", &[f64::NAN], Nan),
        ("log2", &[3.7], F(1.8875252707415875)),
        ("log10", &[0.0], E(ValueError, "math domain error")),
        ("log10", &[-0.0], E(ValueError, "math domain error")),
        ("log10", &[1.0], F(0.0)),
        ("log10", &[-1.0], E(ValueError, "math domain error")),
        ("log10", &[0.5], F(-0.3010299956639812)),
        ("log10", &[2.0], F(0.3010299956639812)),
        ("log10", &[1e-300], F(-300.0)),
        ("log10", &[710.0], F(2.8512583487190755)),
        ("log10", &[-1000.0], E(ValueError, "math domain error")),
        ("log10", &[f64::INFINITY], F(f64::INFINITY)),
        ("log10", &[f64::NEG_INFINITY], E(ValueError, "math domain error")),
        ("log10", &[f64::NAN], Nan),
        ("log10", &[3.7], F(0.568201724066995)),
    ]);
}

#[test]
fn two_argument_functions_match_cpython() {
    check(&[
        ("atan2", &[0.0, -1.0], F(3.141592653589793)),
        ("atan2", &[-0.0, -3.0], F(-3.141592653589793)),
        ("atan2", &[0.0, 0.0], F(0.0)),
        ("atan2", &[2.0, 0.5], F(1.3258176636680326)),
        ("atan2", &[-8.0, 0.3333333333333333], F(-1.5291537476963082)),
        ("atan2", &[10.0, 400.0], F(0.02499479361892016)),
        ("atan2", &[-2.0, 3.0], F(-0.5880026035475675)),
        ("atan2", &[-2.0, -3.0], F(-2.5535900500422257)),
        ("atan2", &[10.0, -400.0], F(3.1165978599708732)),
        ("atan2", &[f64::INFINITY, -0.5], F(1.5707963267948966)),
        ("atan2", &[f64::NEG_INFINITY, 3.0], F(-1.5707963267948966)),
        ("atan2", &[f64::NEG_INFINITY, 2.0], F(-1.5707963267948966)),
        ("atan2", &[f64::NAN, 0.0], Nan),
        ("atan2", &[1.0, f64::NAN], Nan),
        ("atan2", &[0.5, f64::INFINITY], F(0.0)),
        ("atan2", &[-1.0, f64::NEG_INFINITY], F(-3.141592653589793)),
        ("atan2", &[1.5, f64::NEG_INFINITY], F(3.141592653589793)),
        ("atan2", &[3.0, -2.0], F(2.158798930342464)),
        ("atan2", &[-5.5, 2.0], F(-1.2220253232109897)),
        ("atan2", &[1e+308, 1e-308], F(1.5707963267948966)),
        ("atan2", &[5e-324, 0.5], F(1e-323)),
        ("atan2", &[7.0, f64::INFINITY], F(0.0)),
        ("atan2", &[f64::INFINITY, 7.0], F(1.5707963267948966)),
        ("atan2", &[-0.0, 0.0], F(-0.0)),
        ("atan2", &[0.0, -0.0], F(3.141592653589793)),
        ("pow", &[0.0, -1.0], E(ValueError, "math domain error")),
        ("pow", &[-0.0, -3.0], E(ValueError, "math domain error")),
        ("pow", &[0.0, 0.0], F(1.0)),
        ("pow", &[2.0, 0.5], F(1.4142135623730951)),
        ("pow", &[-8.0, 0.3333333333333333], E(ValueError, "math domain error")),
        ("pow", &[10.0, 400.0], E(OverflowError, "math range error")),
        ("pow", &[-2.0, 3.0], F(-8.0)),
        ("pow", &[-2.0, -3.0], F(-0.125)),
        ("pow", &[10.0, -400.0], F(0.0)),
        ("pow", &[f64::INFINITY, -0.5], F(0.0)),
        ("pow", &[f64::NEG_INFINITY, 3.0], F(f64::NEG_INFINITY)),
        ("pow", &[f64::NEG_INFINITY, 2.0], F(f64::INFINITY)),
        ("pow", &[f64::NAN, 0.0], F(1.0)),
        ("pow", &[1.0, f64::NAN], F(1.0)),
        ("pow", &[0.5, f64::INFINITY], F(0.0)),
        ("pow", &[-1.0, f64::NEG_INFINITY], F(1.0)),
        ("pow", &[1.5, f64::NEG_INFINITY], F(0.0)),
        ("pow", &[3.0, -2.0], F(0.1111111111111111)),
        ("pow", &[-5.5, 2.0], F(30.25)),
        ("pow", &[1e+308, 1e-308], F(1.0)),
        ("pow", &[5e-324, 0.5], F(2.2227587494850775e-162)),
        ("pow", &[7.0, f64::INFINITY], F(f64::INFINITY)),
        ("pow", &[f64::INFINITY, 7.0], F(f64::INFINITY)),
        ("pow", &[-0.0, 0.0], F(1.0)),
        ("pow", &[0.0, -0.0], F(1.0)),
        ("fmod", &[0.0, -1.0], F(0.0)),
        ("fmod", &[-0.0, -3.0], F(-0.0)),
        ("fmod", &[0.0, 0.0], E(ValueError, "math domain error")),
        ("fmod", &[2.0, 0.5], F(0.0)),
        ("fmod", &[-8.0, 0.3333333333333333], F(-4.440892098500626e-16)),
        ("fmod", &[10.0, 400.0], F(10.0)),
        ("fmod", &[-2.0, 3.0], F(-2.0)),
        ("fmod", &[-2.0, -3.0], F(-2.0)),
        ("fmod", &[10.0, -400.0], F(10.0)),
        ("fmod", &[f64::INFINITY, -0.5], E(ValueError, "math domain error")),
        ("fmod", &[f64::NEG_INFINITY, 3.0], E(ValueError, "math domain error")),
        ("fmod", &[f64::NEG_INFINITY, 2.0], E(ValueError, "math domain error")),
        ("fmod", &[f64::NAN, 0.0], Nan),
        ("fmod", &[1.0, f64::NAN], Nan),
        ("fmod", &[0.5, f64::INFINITY], F(0.5)),
        ("fmod", &[-1.0, f64::NEG_INFINITY], F(-1.0)),
        ("fmod", &[1.5, f64::NEG_INFINITY], F(1.5)),
        ("fmod", &[3.0, -2.0], F(1.0)),
        ("fmod", &[-5.5, 2.0], F(-1.5)),
        ("fmod", &[1e+308, 1e-308], F(3.498445546245627e-309)),
        ("fmod", &[5e-324, 0.5], F(5e-324)),
        ("fmod", &[7.0, f64::INFINITY], F(7.0)),
        ("fmod", &[f64::INFINITY, 7.0], E(ValueError, "math domain error")),
        ("fmod", &[-0.0, 0.0], E(ValueError, "math domain error")),
        ("fmod", &[0.0, -0.0], E(ValueError, "math domain error")),
        ("remainder", &[0.0, -1.0], F(0.0)),
        ("remainder", &[-0.0, -3.0], F(-0.0)),
        ("remainder", &[0.0, 0.0], E(ValueError, "math domain error")),
        ("remainder", &[2.0, 0.5], F(0.0)),
        ("remainder", &[-8.0, 0.3333333333333333], F(-4.440892098500626e-16)),
        ("remainder", &[10.0, 400.0], F(10.0)),
        ("remainder", &[-2.0, 3.0], F(1.0)),
        ("remainder", &[-2.0, -3.0], F(1.0)),
        ("remainder", &[10.0, -400.0], F(10.0)),
        ("remainder", &[f64::INFINITY, -0.5], E(ValueError, "math domain error")),
        ("remainder", &[f64::NEG_INFINITY, 3.0], E(ValueError, "math domain error")),
        ("remainder", &[f64::NEG_INFINITY, 2.0], E(ValueError, "math domain error")),
        ("remainder", &[f64::NAN, 0.0], Nan),
        ("remainder", &[1.0, f64::NAN], Nan),
        ("remainder", &[0.5, f64::INFINITY], F(0.5)),
        ("remainder", &[-1.0, f64::NEG_INFINITY], F(-1.0)),
        ("remainder", &[1.5, f64::NEG_INFINITY], F(1.5)),
        ("remainder", &[3.0, -2.0], F(-1.0)),
        ("remainder", &[-5.5, 2.0], F(0.5)),
        ("remainder", &[1e+308, 1e-308], F(3.498445546245627e-309)),
        ("remainder", &[5e-324, 0.5], F(5e-324)),
        ("remainder", &[7.0, f64::INFINITY], F(7.0)),
        ("remainder", &[f64::INFINITY, 7.0], E(ValueError, "math domain error")),
        ("remainder", &[-0.0, 0.0], E(ValueError, "math domain error")),
        ("remainder", &[0.0, -0.0], E(ValueError, "math domain error")),
        ("copysign", &[0.0, -1.0], F(-0.0)),
        ("copysign", &[-0.0, -3.0], F(-0.0)),
        ("copysign", &[0.0, 0.0], F(0.0)),
        ("copysign", &[2.0, 0.5], F(2.0)),
        ("copysign", &[-8.0, 0.3333333333333333], F(8.0)),
        ("copysign", &[10.0, 400.0], F(10.0)),
        ("copysign", &[-2.0, 3.0], F(2.0)),
        ("copysign", &[-2.0, -3.0], F(-2.0)),
        ("copysign", &[10.0, -400.0], F(-10.0)),
        ("copysign", &[f64::INFINITY, -0.5], F(f64::NEG_INFINITY)),
        ("copysign", &[f64::NEG_INFINITY, 3.0], F(f64::INFINITY)),
        ("copysign", &[f64::NEG_INFINITY, 2.0], F(f64::INFINITY)),
        ("copysign", &[f64::NAN, 0.0], Nan),
        ("copysign", &[1.0, f64::NAN], F(1.0)),
        ("copysign", &[0.5, f64::INFINITY], F(0.5)),
        ("copysign", &[-1.0, f64::NEG_INFINITY], F(-1.0)),
        ("copysign", &[1.5, f64::NEG_INFINITY], F(-1.5)),
        ("copysign", &[3.0, -2.0], F(-3.0)),
        ("copysign", &[-5.5, 2.0], F(5.5)),
        ("copysign", &[1e+308, 1e-308], F(1e+308)),
        ("copysign", &[5e-324, 0.5], F(5e-324)),
        ("copysign", &[7.0, f64::INFINITY], F(7.0)),
        ("copysign", &[f64::INFINITY, 7.0], F(f64::INFINITY)),
        ("copysign", &[-0.0, 0.0], F(0.0)),
        ("copysign", &[0.0, -0.0], F(-0.0)),
    ]);
}

#[test]
fn log_ldexp_hypot_fsum_match_cpython() {
    check(&[
        ("log", &[1.0], F(0.0)),
        ("log", &[8.0], F(2.0794415416798357)),
        ("log", &[0.0], E(ValueError, "math domain error")),
        ("log", &[-1.0], E(ValueError, "math domain error")),
        ("log", &[1e-320], F(-736.8272408909739)),
        ("log", &[f64::INFINITY], F(f64::INFINITY)),
        ("log", &[f64::NAN], Nan),
        ("log", &[2.718281828459045], F(1.0)),
        ("log", &[1e+308], F(709.1962086421661)),
        ("log_base", &[8.0, 2.0], F(3.0)),
        ("log_base", &[100.0, 10.0], F(2.0)),
        ("log_base", &[10.0, 1.0], E(ZeroDivisionError, "float division by zero")),
        ("log_base", &[8.0, 0.0], E(ValueError, "math domain error")),
        ("log_base", &[8.0, -2.0], E(ValueError, "math domain error")),
        ("log_base", &[0.0, 2.0], E(ValueError, "math domain error")),
        ("log_base", &[2.0, 0.5], F(-1.0)),
        ("log_base", &[f64::INFINITY, 2.0], F(f64::INFINITY)),
        ("log_base", &[2.0, f64::INFINITY], F(0.0)),
        ("log_base", &[f64::NAN, 2.0], Nan),
        ("fabs", &[0.0], F(0.0)),
        ("degrees", &[0.0], F(0.0)),
        ("radians", &[0.0], F(0.0)),
        ("fabs", &[-0.0], F(0.0)),
        ("degrees", &[-0.0], F(-0.0)),
        ("radians", &[-0.0], F(-0.0)),
        ("fabs", &[1.0], F(1.0)),
        ("degrees", &[1.0], F(57.29577951308232)),
        ("radians", &[1.0], F(0.017453292519943295)),
        ("fabs", &[123.456], F(123.456)),
        ("degrees", &[123.456], F(7073.507755567091)),
        ("radians", &[123.456], F(2.1547136813421197)),
        ("fabs", &[-1e+300], F(1e+300)),
        ("degrees", &[-1e+300], F(-5.729577951308233e+301)),
        ("radians", &[-1e+300], F(-1.7453292519943297e+298)),
        ("fabs", &[f64::INFINITY], F(f64::INFINITY)),
        ("degrees", &[f64::INFINITY], F(f64::INFINITY)),
        ("radians", &[f64::INFINITY], F(f64::INFINITY)),
        ("fabs", &[f64::NAN], Nan),
        ("degrees", &[f64::NAN], Nan),
        ("radians", &[f64::NAN], Nan),
        ("fabs", &[3.141592653589793], F(3.141592653589793)),
        ("degrees", &[3.141592653589793], F(180.0)),
        ("radians", &[3.141592653589793], F(0.05483113556160755)),
        ("ldexp", &[1.0, 1023.0], F(8.98846567431158e+307)),
        ("ldexp", &[1.0, 1024.0], E(OverflowError, "math range error")),
        ("ldexp", &[0.75, -1074.0], F(5e-324)),
        ("ldexp", &[0.75, -1075.0], F(0.0)),
        ("ldexp", &[1.0, -1076.0], F(0.0)),
        ("ldexp", &[3.0, 2.0], F(12.0)),
        ("ldexp", &[-2.5, -1070.0], F(-2e-322)),
        ("ldexp", &[0.0, 5000.0], F(0.0)),
        ("ldexp", &[f64::INFINITY, -5.0], F(f64::INFINITY)),
        ("ldexp", &[1.0, 9000.0], E(OverflowError, "math range error")),
        ("ldexp", &[-1.0, -9000.0], F(-0.0)),
        ("hypot", &[], F(0.0)),
        ("hypot", &[-3.0], F(3.0)),
        ("hypot", &[3.0, 4.0], F(5.0)),
        ("hypot", &[1e+308, 1e+308], F(1.4142135623730951e+308)),
        ("hypot", &[1e-320, 1e-321], F(1.005e-320)),
        ("hypot", &[f64::INFINITY, f64::NAN], F(f64::INFINITY)),
        ("hypot", &[f64::NAN, 1.0], Nan),
        ("hypot", &[1.0, 2.0, 3.0, 4.0, 5.0], F(7.416198487095663)),
        ("hypot", &[1e+200, 1e-200, 3.5], F(1e+200)),
        ("hypot", &[0.1, 0.2, 0.3], F(0.3741657386773941)),
        ("fsum", &[], F(0.0)),
        ("fsum", &[0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], F(1.0)),
        ("fsum", &[1e+308, 1e+308], E(OverflowError, "intermediate overflow in fsum")),
        ("fsum", &[1e+308, 1e+308, -1e+308], E(OverflowError, "intermediate overflow in fsum")),
        ("fsum", &[f64::INFINITY, f64::NEG_INFINITY], E(ValueError, "-inf + inf in fsum")),
        ("fsum", &[f64::INFINITY, f64::INFINITY, 1.0], F(f64::INFINITY)),
        ("fsum", &[f64::NAN, 1.0], Nan),
        ("fsum", &[f64::INFINITY, 1.0, f64::NAN], Nan),
        ("fsum", &[1e-16, 1.0, 1e+16], F(1.0000000000000002e+16)),
        ("fsum", &[1.0, 1e+100, 1.0, -1e+100], F(2.0)),
        ("fsum", &[-0.0, -0.0], F(0.0)),
        ("fsum", &[1e+308, -1e+308, f64::INFINITY], F(f64::INFINITY)),
        ("fsum", &[0.1, 0.2, 0.3, -0.6], F(2.7755575615628914e-17)),
        ("fsum", &[9007199254740992.0, 1.0, -9007199254740992.0], F(1.0)),
        ("fsum", &[1e+16, 1.0, 1e-16], F(1.0000000000000002e+16)),
    ]);
}

fn check_int(what: &str, got: MathResult<BigInt>, want: Result<&str, (MathErrorKind, &str)>) {
    let want = want.map(big).map_err(|(kind, message)| MathError { kind, message: message.to_string() });
    assert_eq!(got, want, "{what}");
}

#[test]
fn integer_functions_match_cpython() {
    check_int("factorial(0)", factorial(&big("0")), Ok("1"));
    check_int("factorial(1)", factorial(&big("1")), Ok("1"));
    check_int("factorial(5)", factorial(&big("5")), Ok("120"));
    check_int("factorial(20)", factorial(&big("20")), Ok("2432902008176640000"));
    check_int("factorial(21)", factorial(&big("21")), Ok("51090942171709440000"));
    check_int("factorial(25)", factorial(&big("25")), Ok("15511210043330985984000000"));
    check_int("factorial(100)", factorial(&big("100")), Ok("93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000"));
    check_int("factorial(-1)", factorial(&big("-1")), Err((ValueError, "factorial() not defined for negative values")));
    check_int(
        "factorial(-1000000000000000000000000000000)",
        factorial(&big("-1000000000000000000000000000000")),
        Err((ValueError, "factorial() not defined for negative values")),
    );
    check_int(
        "factorial(1000000000000000000000000000000)",
        factorial(&big("1000000000000000000000000000000")),
        Err((OverflowError, "factorial() argument should not exceed 9223372036854775807")),
    );
    check_int("comb(10, 3)", comb(&big("10"), &big("3")), Ok("120"));
    check_int("comb(10, 0)", comb(&big("10"), &big("0")), Ok("1"));
    check_int("comb(10, 10)", comb(&big("10"), &big("10")), Ok("1"));
    check_int("comb(10, 11)", comb(&big("10"), &big("11")), Ok("0"));
    check_int("comb(0, 0)", comb(&big("0"), &big("0")), Ok("1"));
    check_int("comb(60, 30)", comb(&big("60"), &big("30")), Ok("118264581564861424"));
    check_int("comb(100, 50)", comb(&big("100"), &big("50")), Ok("100891344545564193334812497256"));
    check_int("comb(-1, 2)", comb(&big("-1"), &big("2")), Err((ValueError, "n must be a non-negative integer")));
    check_int("comb(2, -1)", comb(&big("2"), &big("-1")), Err((ValueError, "k must be a non-negative integer")));
    check_int("comb(-1, -1)", comb(&big("-1"), &big("-1")), Err((ValueError, "n must be a non-negative integer")));
    check_int(
        "comb(5, 1000000000000000000000000000000)",
        comb(&big("5"), &big("1000000000000000000000000000000")),
        Ok("0"),
    );
    check_int(
        "comb(1000000000000000000000000000000, 3)",
        comb(&big("1000000000000000000000000000000"), &big("3")),
        Ok("166666666666666666666666666666166666666666666666666666666667000000000000000000000000000000"),
    );
    check_int(
        "comb(1000000000000000000000000000000, 999999999999999999999999999998)",
        comb(&big("1000000000000000000000000000000"), &big("999999999999999999999999999998")),
        Ok("499999999999999999999999999999500000000000000000000000000000"),
    );
    check_int(
        "comb(1000000000000000000000000000000, 100000000000000000000000000000)",
        comb(&big("1000000000000000000000000000000"), &big("100000000000000000000000000000")),
        Err((OverflowError, "min(n - k, k) must not exceed 9223372036854775807")),
    );
    check_int(
        "comb(10000000000000000000, 10000000000000000005)",
        comb(&big("10000000000000000000"), &big("10000000000000000005")),
        Ok("0"),
    );
    check_int(
        "comb(9223372036854775807, 9223372036854775808)",
        comb(&big("9223372036854775807"), &big("9223372036854775808")),
        Ok("0"),
    );
    check_int("perm(10, 3)", perm(&big("10"), Some(&big("3"))), Ok("720"));
    check_int("perm(10, 0)", perm(&big("10"), Some(&big("0"))), Ok("1"));
    check_int("perm(10, 10)", perm(&big("10"), Some(&big("10"))), Ok("3628800"));
    check_int("perm(10, 11)", perm(&big("10"), Some(&big("11"))), Ok("0"));
    check_int("perm(0, 0)", perm(&big("0"), Some(&big("0"))), Ok("1"));
    check_int("perm(30, 20)", perm(&big("30"), Some(&big("20"))), Ok("73096577329197271449600000"));
    check_int("perm(-1, 2)", perm(&big("-1"), Some(&big("2"))), Err((ValueError, "n must be a non-negative integer")));
    check_int("perm(2, -1)", perm(&big("2"), Some(&big("-1"))), Err((ValueError, "k must be a non-negative integer")));
    check_int(
        "perm(5, 1000000000000000000000000000000)",
        perm(&big("5"), Some(&big("1000000000000000000000000000000"))),
        Ok("0"),
    );
    check_int(
        "perm(1000000000000000000000000000000, 3)",
        perm(&big("1000000000000000000000000000000"), Some(&big("3"))),
        Ok("999999999999999999999999999997000000000000000000000000000002000000000000000000000000000000"),
    );
    check_int(
        "perm(1000000000000000000000000000000, 100000000000000000000)",
        perm(&big("1000000000000000000000000000000"), Some(&big("100000000000000000000"))),
        Err((OverflowError, "k must not exceed 9223372036854775807")),
    );
    check_int("perm(5)", perm(&big("5"), None), Ok("120"));
    check_int("perm(-1)", perm(&big("-1"), None), Err((ValueError, "factorial() not defined for negative values")));
    check_int("perm(0)", perm(&big("0"), None), Ok("1"));
    check_int("isqrt(0)", isqrt(&big("0")), Ok("0"));
    check_int("isqrt(1)", isqrt(&big("1")), Ok("1"));
    check_int("isqrt(2)", isqrt(&big("2")), Ok("1"));
    check_int("isqrt(3)", isqrt(&big("3")), Ok("1"));
    check_int("isqrt(4)", isqrt(&big("4")), Ok("2"));
    check_int("isqrt(15)", isqrt(&big("15")), Ok("3"));
    check_int("isqrt(16)", isqrt(&big("16")), Ok("4"));
    check_int("isqrt(17)", isqrt(&big("17")), Ok("4"));
    check_int("isqrt(18446744073709551615)", isqrt(&big("18446744073709551615")), Ok("4294967295"));
    check_int("isqrt(18446744073709551616)", isqrt(&big("18446744073709551616")), Ok("4294967296"));
    check_int(
        "isqrt(100000000000000000000000000000000000000000000000000)",
        isqrt(&big("100000000000000000000000000000000000000000000000000")),
        Ok("10000000000000000000000000"),
    );
    check_int(
        "isqrt(99999999999999999999999999999999999999999999999999)",
        isqrt(&big("99999999999999999999999999999999999999999999999999")),
        Ok("9999999999999999999999999"),
    );
    check_int("isqrt(-1)", isqrt(&big("-1")), Err((ValueError, "isqrt() argument must be nonnegative")));
    check_int("floor(2.5)", floor(2.5), Ok("2"));
    check_int("ceil(2.5)", ceil(2.5), Ok("3"));
    check_int("trunc(2.5)", trunc(2.5), Ok("2"));
    check_int("floor(-2.5)", floor(-2.5), Ok("-3"));
    check_int("ceil(-2.5)", ceil(-2.5), Ok("-2"));
    check_int("trunc(-2.5)", trunc(-2.5), Ok("-2"));
    check_int("floor(-0.0)", floor(-0.0), Ok("0"));
    check_int("ceil(-0.0)", ceil(-0.0), Ok("0"));
    check_int("trunc(-0.0)", trunc(-0.0), Ok("0"));
    check_int("floor(1e+20)", floor(1e+20), Ok("100000000000000000000"));
    check_int("ceil(1e+20)", ceil(1e+20), Ok("100000000000000000000"));
    check_int("trunc(1e+20)", trunc(1e+20), Ok("100000000000000000000"));
    check_int("floor(-1e+300)", floor(-1e+300), Ok("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"));
    check_int("ceil(-1e+300)", ceil(-1e+300), Ok("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"));
    check_int("trunc(-1e+300)", trunc(-1e+300), Ok("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"));
    check_int("floor(4503599627370495.5)", floor(4503599627370495.5), Ok("4503599627370495"));
    check_int("ceil(4503599627370495.5)", ceil(4503599627370495.5), Ok("4503599627370496"));
    check_int("trunc(4503599627370495.5)", trunc(4503599627370495.5), Ok("4503599627370495"));
    check_int("floor(inf)", floor(f64::INFINITY), Err((OverflowError, "cannot convert float infinity to integer")));
    check_int("ceil(inf)", ceil(f64::INFINITY), Err((OverflowError, "cannot convert float infinity to integer")));
    check_int("trunc(inf)", trunc(f64::INFINITY), Err((OverflowError, "cannot convert float infinity to integer")));
    check_int(
        "floor(-inf)",
        floor(f64::NEG_INFINITY),
        Err((OverflowError, "cannot convert float infinity to integer")),
    );
    check_int("ceil(-inf)", ceil(f64::NEG_INFINITY), Err((OverflowError, "cannot convert float infinity to integer")));
    check_int(
        "trunc(-inf)",
        trunc(f64::NEG_INFINITY),
        Err((OverflowError, "cannot convert float infinity to integer")),
    );
    check_int("floor(nan)", floor(f64::NAN), Err((ValueError, "cannot convert float NaN to integer")));
    check_int("ceil(nan)", ceil(f64::NAN), Err((ValueError, "cannot convert float NaN to integer")));
    check_int("trunc(nan)", trunc(f64::NAN), Err((ValueError, "cannot convert float NaN to integer")));
    check_int("floor(5e-324)", floor(5e-324), Ok("0"));
    check_int("ceil(5e-324)", ceil(5e-324), Ok("1"));
    check_int("trunc(5e-324)", trunc(5e-324), Ok("0"));
    check_int("floor(-5e-324)", floor(-5e-324), Ok("-1"));
    check_int("ceil(-5e-324)", ceil(-5e-324), Ok("0"));
    check_int("trunc(-5e-324)", trunc(-5e-324), Ok("0"));
    check_int("gcd()", Ok(gcd(&[])), Ok("0"));
    check_int("lcm()", Ok(lcm(&[])), Ok("1"));
    check_int("gcd(0,)", Ok(gcd(&[big("0")])), Ok("0"));
    check_int("lcm(0,)", Ok(lcm(&[big("0")])), Ok("0"));
    check_int("gcd(-12,)", Ok(gcd(&[big("-12")])), Ok("12"));
    check_int("lcm(-12,)", Ok(lcm(&[big("-12")])), Ok("12"));
    check_int("gcd(12, 18)", Ok(gcd(&[big("12"), big("18")])), Ok("6"));
    check_int("lcm(12, 18)", Ok(lcm(&[big("12"), big("18")])), Ok("36"));
    check_int("gcd(-12, 18)", Ok(gcd(&[big("-12"), big("18")])), Ok("6"));
    check_int("lcm(-12, 18)", Ok(lcm(&[big("-12"), big("18")])), Ok("36"));
    check_int("gcd(0, 0)", Ok(gcd(&[big("0"), big("0")])), Ok("0"));
    check_int("lcm(0, 0)", Ok(lcm(&[big("0"), big("0")])), Ok("0"));
    check_int(
        "gcd(1267650600228229401496703205376, 808281277464764060643139600456536293376)",
        Ok(gcd(&[big("1267650600228229401496703205376"), big("808281277464764060643139600456536293376")])),
        Ok("1125899906842624"),
    );
    check_int(
        "lcm(1267650600228229401496703205376, 808281277464764060643139600456536293376)",
        Ok(lcm(&[big("1267650600228229401496703205376"), big("808281277464764060643139600456536293376")])),
        Ok("910043815000214977332758527534256632492715260325658624"),
    );
    check_int("gcd(12, 18, 27)", Ok(gcd(&[big("12"), big("18"), big("27")])), Ok("3"));
    check_int("lcm(12, 18, 27)", Ok(lcm(&[big("12"), big("18"), big("27")])), Ok("108"));
    check_int("gcd(7, 0, -14)", Ok(gcd(&[big("7"), big("0"), big("-14")])), Ok("7"));
    check_int("lcm(7, 0, -14)", Ok(lcm(&[big("7"), big("0"), big("-14")])), Ok("0"));
}

#[test]
fn logs_of_ints_match_cpython() {
    let cases: Vec<(&str, MathResult<f64>, Want)> = vec![
        ("log(1)", log_bigint(&big("1"), None), F(0.0)),
        ("log2(1)", log2_of(LogArg::Int(&big("1"))), F(0.0)),
        ("log10(1)", log10_of(LogArg::Int(&big("1"))), F(0.0)),
        ("log(10)", log_bigint(&big("10"), None), F(2.302585092994046)),
        ("log2(10)", log2_of(LogArg::Int(&big("10"))), F(3.321928094887362)),
        ("log10(10)", log10_of(LogArg::Int(&big("10"))), F(1.0)),
        ("log(9007199254740993)", log_bigint(&big("9007199254740993"), None), F(36.7368005696771)),
        ("log2(9007199254740993)", log2_of(LogArg::Int(&big("9007199254740993"))), F(53.0)),
        ("log10(9007199254740993)", log10_of(LogArg::Int(&big("9007199254740993"))), F(15.954589770191003)),
        ("log(10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)", log_bigint(&big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), None), F(921.0340371976182)),
        ("log2(10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)", log2_of(LogArg::Int(&big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"))), F(1328.771237954945)),
        ("log10(10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)", log10_of(LogArg::Int(&big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"))), F(400.0)),
        ("log(179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216)", log_bigint(&big("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"), None), F(709.782712893384)),
        ("log2(179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216)", log2_of(LogArg::Int(&big("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"))), F(1024.0)),
        ("log10(179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216)", log10_of(LogArg::Int(&big("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"))), F(308.25471555991675)),
        ("log(179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137215)", log_bigint(&big("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137215"), None), F(709.782712893384)),
        ("log2(179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137215)", log2_of(LogArg::Int(&big("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137215"))), F(1024.0)),
        ("log10(179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137215)", log10_of(LogArg::Int(&big("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137215"))), F(308.25471555991675)),
        ("log(125325663996571831810755483238273420616498507508098617146349500752097059631738116432448839054351520763198615919551594076685828989467263022761790838270854579830015111246661203984624358929832571615718014704096305668097507613273663023226895250541385927158426088684494082416768617708189592286936039922311125683719215046689156738352590137241554510185855964549927575493247391132548534378497978806084951085874202011836362315727420109554782988791530088289711844550500230485638413189947132142243947334199259300735622492937419453650061490302105127920314430401636855677549136337481321811349678427076091437345045399337348611261168055929355402992823192491190360027036112283180935872775214517464013178274657100736321564606838252739601156414628445543663144696050650160812621814327062666195172701780200286645023823083185928061371310300829284071141207731280600001)", log_bigint(&big("125325663996571831810755483238273420616498507508098617146349500752097059631738116432448839054351520763198615919551594076685828989467263022761790838270854579830015111246661203984624358929832571615718014704096305668097507613273663023226895250541385927158426088684494082416768617708189592286936039922311125683719215046689156738352590137241554510185855964549927575493247391132548534378497978806084951085874202011836362315727420109554782988791530088289711844550500230485638413189947132142243947334199259300735622492937419453650061490302105127920314430401636855677549136337481321811349678427076091437345045399337348611261168055929355402992823192491190360027036112283180935872775214517464013178274657100736321564606838252739601156414628445543663144696050650160812621814327062666195172701780200286645023823083185928061371310300829284071141207731280600001"), None), F(1945.9101490553132)),
        ("log2(125325663996571831810755483238273420616498507508098617146349500752097059631738116432448839054351520763198615919551594076685828989467263022761790838270854579830015111246661203984624358929832571615718014704096305668097507613273663023226895250541385927158426088684494082416768617708189592286936039922311125683719215046689156738352590137241554510185855964549927575493247391132548534378497978806084951085874202011836362315727420109554782988791530088289711844550500230485638413189947132142243947334199259300735622492937419453650061490302105127920314430401636855677549136337481321811349678427076091437345045399337348611261168055929355402992823192491190360027036112283180935872775214517464013178274657100736321564606838252739601156414628445543663144696050650160812621814327062666195172701780200286645023823083185928061371310300829284071141207731280600001)", log2_of(LogArg::Int(&big("125325663996571831810755483238273420616498507508098617146349500752097059631738116432448839054351520763198615919551594076685828989467263022761790838270854579830015111246661203984624358929832571615718014704096305668097507613273663023226895250541385927158426088684494082416768617708189592286936039922311125683719215046689156738352590137241554510185855964549927575493247391132548534378497978806084951085874202011836362315727420109554782988791530088289711844550500230485638413189947132142243947334199259300735622492937419453650061490302105127920314430401636855677549136337481321811349678427076091437345045399337348611261168055929355402992823192491190360027036112283180935872775214517464013178274657100736321564606838252739601156414628445543663144696050650160812621814327062666195172701780200286645023823083185928061371310300829284071141207731280600001"))), F(2807.354922057604)),
        ("log10(125325663996571831810755483238273420616498507508098617146349500752097059631738116432448839054351520763198615919551594076685828989467263022761790838270854579830015111246661203984624358929832571615718014704096305668097507613273663023226895250541385927158426088684494082416768617708189592286936039922311125683719215046689156738352590137241554510185855964549927575493247391132548534378497978806084951085874202011836362315727420109554782988791530088289711844550500230485638413189947132142243947334199259300735622492937419453650061490302105127920314430401636855677549136337481321811349678427076091437345045399337348611261168055929355402992823192491190360027036112283180935872775214517464013178274657100736321564606838252739601156414628445543663144696050650160812621814327062666195172701780200286645023823083185928061371310300829284071141207731280600001)", log10_of(LogArg::Int(&big("125325663996571831810755483238273420616498507508098617146349500752097059631738116432448839054351520763198615919551594076685828989467263022761790838270854579830015111246661203984624358929832571615718014704096305668097507613273663023226895250541385927158426088684494082416768617708189592286936039922311125683719215046689156738352590137241554510185855964549927575493247391132548534378497978806084951085874202011836362315727420109554782988791530088289711844550500230485638413189947132142243947334199259300735622492937419453650061490302105127920314430401636855677549136337481321811349678427076091437345045399337348611261168055929355402992823192491190360027036112283180935872775214517464013178274657100736321564606838252739601156414628445543663144696050650160812621814327062666195172701780200286645023823083185928061371310300829284071141207731280600001"))), F(845.0980400142569)),
        ("log(0)", log_bigint(&big("0"), None), E(ValueError, "math domain error")),
        ("log2(0)", log2_of(LogArg::Int(&big("0"))), E(ValueError, "math domain error")),
        ("log10(0)", log10_of(LogArg::Int(&big("0"))), E(ValueError, "math domain error")),
        ("log(-5)", log_bigint(&big("-5"), None), E(ValueError, "math domain error")),
        ("log2(-5)", log2_of(LogArg::Int(&big("-5"))), E(ValueError, "math domain error")),
        ("log10(-5)", log10_of(LogArg::Int(&big("-5"))), E(ValueError, "math domain error")),
        ("log(-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)", log_bigint(&big("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), None), E(ValueError, "math domain error")),
        ("log2(-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)", log2_of(LogArg::Int(&big("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"))), E(ValueError, "math domain error")),
        ("log10(-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)", log10_of(LogArg::Int(&big("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"))), E(ValueError, "math domain error")),
        ("log(10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000, 10.0)", log_bigint(&big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), Some(10.0)), F(399.99999999999994)),
        ("log(114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376, 2.0)", log_bigint(&big("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376"), Some(2.0)), F(2000.0000000000002)),
        ("log(8, 1.0)", log_bigint(&big("8"), Some(1.0)), E(ZeroDivisionError, "float division by zero")),
        ("log(1000, 0.0)", log_bigint(&big("1000"), Some(0.0)), E(ValueError, "math domain error")),
        ("log(10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000, 100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)", log_of(LogArg::Int(&big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")), Some(LogArg::Int(&big("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")))), F(0.8)),
        ("log(10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000, 1)", log_of(LogArg::Int(&big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")), Some(LogArg::Int(&big("1")))), E(ZeroDivisionError, "float division by zero")),
        ("log(3, 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)", log_of(LogArg::Int(&big("3")), Some(LogArg::Int(&big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")))), F(0.0011928031367991563)),
    ];
    for (what, got, want) in cases {
        let ok = match (&got, &want) {
            (Ok(x), F(y)) => x.to_bits() == y.to_bits(),
            (Err(e), E(kind, message)) => e.kind == *kind && e.message == *message,
            _ => false,
        };
        assert!(ok, "{what}: got {got:?}, CPython gives {want:?}");
    }
    assert_eq!(int_to_float(&big("0")).map(f64::to_bits), Some((0.0_f64).to_bits()), "float(n) for n = 0");
    assert_eq!(
        int_to_float(&big("9007199254740993")).map(f64::to_bits),
        Some((9007199254740992.0_f64).to_bits()),
        "float(n) for n = 9007199254740993"
    );
    assert_eq!(
        int_to_float(&big("9007199254740995")).map(f64::to_bits),
        Some((9007199254740996.0_f64).to_bits()),
        "float(n) for n = 9007199254740995"
    );
    assert_eq!(int_to_float(&big("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792")).map(f64::to_bits), None, "float(n) for n = 179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792");
    assert_eq!(int_to_float(&big("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791")).map(f64::to_bits), Some((1.7976931348623157e+308_f64).to_bits()), "float(n) for n = 179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791");
    assert_eq!(int_to_float(&big("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")).map(f64::to_bits), None, "float(n) for n = 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216");
    assert_eq!(
        int_to_float(&big("-1152921504606846977")).map(f64::to_bits),
        Some((-1.152921504606847e+18_f64).to_bits()),
        "float(n) for n = -1152921504606846977"
    );
    assert_eq!(int_to_float(&big("1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")).map(f64::to_bits), Some((1e+300_f64).to_bits()), "float(n) for n = 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
}

#[test]
fn isclose_frexp_modf_dist_match_cpython() {
    assert_eq!(isclose(1.0, 1.0000000001, 1e-09, 0.0), Ok(true));
    assert_eq!(isclose(1.0, 1.1, 1e-09, 0.0), Ok(false));
    assert_eq!(isclose(1.0, 1.1, 0.2, 0.0), Ok(true));
    assert_eq!(isclose(0.0, 1e-10, 1e-09, 0.0), Ok(false));
    assert_eq!(isclose(0.0, 1e-10, 1e-09, 1e-09), Ok(true));
    assert_eq!(isclose(f64::INFINITY, f64::INFINITY, 1e-09, 0.0), Ok(true));
    assert_eq!(isclose(f64::INFINITY, f64::NEG_INFINITY, 1e-09, 0.0), Ok(false));
    assert_eq!(isclose(f64::NAN, f64::NAN, 1e-09, 0.0), Ok(false));
    assert_eq!(
        isclose(1.0, 2.0, -1.0, 0.0),
        Err(MathError { kind: ValueError, message: "tolerances must be non-negative".to_string() })
    );
    assert_eq!(
        isclose(1.0, 2.0, 0.0, -1.0),
        Err(MathError { kind: ValueError, message: "tolerances must be non-negative".to_string() })
    );
    let (m, e) = frexp(0.0);
    assert_eq!((m.to_bits(), e), ((0.0_f64).to_bits(), 0), "frexp(0.0)");
    let (m, e) = frexp(-0.0);
    assert_eq!((m.to_bits(), e), ((-0.0_f64).to_bits(), 0), "frexp(-0.0)");
    let (m, e) = frexp(1.0);
    assert_eq!((m.to_bits(), e), ((0.5_f64).to_bits(), 1), "frexp(1.0)");
    let (m, e) = frexp(-3.5);
    assert_eq!((m.to_bits(), e), ((-0.875_f64).to_bits(), 2), "frexp(-3.5)");
    let (m, e) = frexp(1e-310);
    assert_eq!((m.to_bits(), e), ((0.5752618031559393_f64).to_bits(), -1029), "frexp(1e-310)");
    let (m, e) = frexp(5e-324);
    assert_eq!((m.to_bits(), e), ((0.5_f64).to_bits(), -1073), "frexp(5e-324)");
    let (m, e) = frexp(1.7976931348623157e+308);
    assert_eq!((m.to_bits(), e), ((0.9999999999999999_f64).to_bits(), 1024), "frexp(1.7976931348623157e+308)");
    let (m, e) = frexp(f64::INFINITY);
    assert_eq!((m.to_bits(), e), ((f64::INFINITY).to_bits(), 0), "frexp(inf)");
    let (m, e) = frexp(f64::NAN);
    assert!(m.is_nan() && e == 0);
    let (a, b) = modf(3.5);
    assert_eq!((a.to_bits(), b.to_bits()), ((0.5_f64).to_bits(), (3.0_f64).to_bits()), "modf(3.5)");
    let (a, b) = modf(-3.5);
    assert_eq!((a.to_bits(), b.to_bits()), ((-0.5_f64).to_bits(), (-3.0_f64).to_bits()), "modf(-3.5)");
    let (a, b) = modf(-3.0);
    assert_eq!((a.to_bits(), b.to_bits()), ((-0.0_f64).to_bits(), (-3.0_f64).to_bits()), "modf(-3.0)");
    let (a, b) = modf(-0.0);
    assert_eq!((a.to_bits(), b.to_bits()), ((-0.0_f64).to_bits(), (-0.0_f64).to_bits()), "modf(-0.0)");
    let (a, b) = modf(f64::INFINITY);
    assert_eq!((a.to_bits(), b.to_bits()), ((0.0_f64).to_bits(), (f64::INFINITY).to_bits()), "modf(inf)");
    let (a, b) = modf(f64::NEG_INFINITY);
    assert_eq!((a.to_bits(), b.to_bits()), ((-0.0_f64).to_bits(), (f64::NEG_INFINITY).to_bits()), "modf(-inf)");
    let (a, b) = modf(1e+300);
    assert_eq!((a.to_bits(), b.to_bits()), ((0.0_f64).to_bits(), (1e+300_f64).to_bits()), "modf(1e+300)");
    assert_eq!(dist(&[0.0, 0.0], &[3.0, 4.0]).map(f64::to_bits), Ok(5.0_f64.to_bits()));
    assert_eq!(dist(&[1.0, 2.0, 3.0], &[4.0, 6.0, 8.0]).map(f64::to_bits), Ok(7.0710678118654755_f64.to_bits()));
    assert_eq!(dist(&[], &[]).map(f64::to_bits), Ok(0.0_f64.to_bits()));
    assert_eq!(dist(&[1e+308], &[-1e+308]).map(f64::to_bits), Ok(f64::INFINITY.to_bits()));
    assert_eq!(
        dist(&[1.0], &[1.0, 2.0]),
        Err(MathError { kind: ValueError, message: "both points must have the same number of dimensions".to_string() })
    );
}
