# math error messages
import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log2(0)", lambda: math.log2(0)),
    ("log10(-5)", lambda: math.log10(-5)),
    ("asin(2)", lambda: math.asin(2)),
    ("acos(-2)", lambda: math.acos(-2)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(10, 400.0)", lambda: math.pow(10, 400.0)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("floor(nan)", lambda: math.floor(math.nan)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("cos(inf)", lambda: math.cos(math.inf)),
]
for name, fn in cases:
    try:
        print(name, "=", fn())
    except (ValueError, OverflowError, TypeError) as e:
        print(name, "->", type(e).__name__ + ":", e)
