# math's exceptions: domain and range errors, conversions, argument counts and keywords
import math


class NoFloat:
    pass


class BadFloat:
    def __float__(self):
        return "1.5"


class BadIndex:
    def __index__(self):
        return 2.5


cases = [
    ('math.sqrt(-1)', lambda: math.sqrt(-1)),
    ('math.sqrt(-math.inf)', lambda: math.sqrt(-math.inf)),
    ('math.log(0)', lambda: math.log(0)),
    ('math.log(-1)', lambda: math.log(-1)),
    ('math.log(0.0)', lambda: math.log(0.0)),
    ('math.log(-(10 ** 400))', lambda: math.log(-(10 ** 400))),
    ('math.log(10, 1)', lambda: math.log(10, 1)),
    ('math.log(10, 0)', lambda: math.log(10, 0)),
    ('math.log(1, 1.0)', lambda: math.log(1, 1.0)),
    ('math.log2(0)', lambda: math.log2(0)),
    ('math.log10(-5)', lambda: math.log10(-5)),
    ('math.log1p(-1)', lambda: math.log1p(-1)),
    ('math.asin(2)', lambda: math.asin(2)),
    ('math.acos(-2)', lambda: math.acos(-2)),
    ('math.acosh(0.5)', lambda: math.acosh(0.5)),
    ('math.atanh(1)', lambda: math.atanh(1)),
    ('math.atanh(-1.5)', lambda: math.atanh(-1.5)),
    ('math.exp(1000)', lambda: math.exp(1000)),
    ('math.expm1(710)', lambda: math.expm1(710)),
    ('math.exp2(1025)', lambda: math.exp2(1025)),
    ('math.cosh(1000)', lambda: math.cosh(1000)),
    ('math.sinh(-1000)', lambda: math.sinh(-1000)),
    ('math.pow(10, 400.0)', lambda: math.pow(10, 400.0)),
    ('math.pow(0, -1)', lambda: math.pow(0, -1)),
    ('math.pow(-8, 1 / 3)', lambda: math.pow(-8, 1 / 3)),
    ('math.pow(0.0, -math.inf)', lambda: math.pow(0.0, -math.inf)),
    ('math.cos(math.inf)', lambda: math.cos(math.inf)),
    ('math.sin(-math.inf)', lambda: math.sin(-math.inf)),
    ('math.tan(math.inf)', lambda: math.tan(math.inf)),
    ('math.fmod(5, 0)', lambda: math.fmod(5, 0)),
    ('math.fmod(math.inf, 2)', lambda: math.fmod(math.inf, 2)),
    ('math.remainder(5, 0)', lambda: math.remainder(5, 0)),
    ('math.remainder(math.inf, 1)', lambda: math.remainder(math.inf, 1)),
    ('math.ldexp(1.0, 10 ** 30)', lambda: math.ldexp(1.0, 10 ** 30)),
    ('math.ldexp(1.0, 1025)', lambda: math.ldexp(1.0, 1025)),
    ('math.ldexp(1.0, 2.0)', lambda: math.ldexp(1.0, 2.0)),
    ('math.ldexp(1.0, Index())', lambda: math.ldexp(1.0, Index())),
    ('math.sqrt(10 ** 400)', lambda: math.sqrt(10 ** 400)),
    ('math.exp(10 ** 400)', lambda: math.exp(10 ** 400)),
    ('math.isinf(10 ** 400)', lambda: math.isinf(10 ** 400)),
    ('math.fsum([math.inf, -math.inf])', lambda: math.fsum([math.inf, -math.inf])),
    ('math.fsum([1e308, 1e308])', lambda: math.fsum([1e308, 1e308])),
    ("math.fsum([1, 'a'])", lambda: math.fsum([1, 'a'])),
    ('math.fsum(5)', lambda: math.fsum(5)),
    ("math.hypot(1, 'x')", lambda: math.hypot(1, 'x')),
    ('math.dist([1], [1, 2])', lambda: math.dist([1], [1, 2])),
    ('math.dist(1, 2)', lambda: math.dist(1, 2)),
    ("math.dist((1, 'a'), (2, 3))", lambda: math.dist((1, 'a'), (2, 3))),
    ('math.isclose(1, 2, rel_tol=-1)', lambda: math.isclose(1, 2, rel_tol=-1)),
    ('math.isclose(1, 2, abs_tol=-0.5)', lambda: math.isclose(1, 2, abs_tol=-0.5)),
    ('math.factorial(-1)', lambda: math.factorial(-1)),
    ('math.factorial(2.5)', lambda: math.factorial(2.5)),
    ('math.factorial(2.0)', lambda: math.factorial(2.0)),
    ('math.factorial(10 ** 30)', lambda: math.factorial(10 ** 30)),
    ("math.factorial('5')", lambda: math.factorial('5')),
    ('math.comb(-1, 2)', lambda: math.comb(-1, 2)),
    ('math.comb(5, -2)', lambda: math.comb(5, -2)),
    ('math.comb(5.0, 2)', lambda: math.comb(5.0, 2)),
    ('math.comb(2 ** 70, 2 ** 68)', lambda: math.comb(2 ** 70, 2 ** 68)),
    ('math.perm(-3)', lambda: math.perm(-3)),
    ('math.perm(5, -1)', lambda: math.perm(5, -1)),
    ('math.perm(5, 2.0)', lambda: math.perm(5, 2.0)),
    ('math.perm(10, 2 ** 64)', lambda: math.perm(10, 2 ** 64)),
    ('math.isqrt(-1)', lambda: math.isqrt(-1)),
    ('math.isqrt(2.0)', lambda: math.isqrt(2.0)),
    ('math.isqrt(BadIndex())', lambda: math.isqrt(BadIndex())),
    ('math.gcd(1.5, 2)', lambda: math.gcd(1.5, 2)),
    ("math.gcd('a')", lambda: math.gcd('a')),
    ('math.lcm(2, 3.0)', lambda: math.lcm(2, 3.0)),
    ('math.floor(math.inf)', lambda: math.floor(math.inf)),
    ('math.floor(math.nan)', lambda: math.floor(math.nan)),
    ('math.ceil(-math.inf)', lambda: math.ceil(-math.inf)),
    ('math.trunc(math.nan)', lambda: math.trunc(math.nan)),
    ("math.floor('x')", lambda: math.floor('x')),
    ('math.ceil(None)', lambda: math.ceil(None)),
    ("math.trunc('a')", lambda: math.trunc('a')),
    ('math.trunc(OnlyFloat())', lambda: math.trunc(OnlyFloat())),
    ("math.sqrt('x')", lambda: math.sqrt('x')),
    ('math.sqrt(None)', lambda: math.sqrt(None)),
    ('math.exp([1])', lambda: math.exp([1])),
    ('math.sqrt(NoFloat())', lambda: math.sqrt(NoFloat())),
    ('math.sqrt(BadFloat())', lambda: math.sqrt(BadFloat())),
    ('math.sqrt(BadIndex())', lambda: math.sqrt(BadIndex())),
    ("math.log('a')", lambda: math.log('a')),
    ("math.log(10, 'a')", lambda: math.log(10, 'a')),
    ('math.log2(None)', lambda: math.log2(None)),
    ("math.pow('2', 2)", lambda: math.pow('2', 2)),
    ('math.atan2(1, None)', lambda: math.atan2(1, None)),
    ("math.modf('1')", lambda: math.modf('1')),
    ('math.frexp(None)', lambda: math.frexp(None)),
    ('math.degrees({})', lambda: math.degrees({})),
    ("math.isnan('nan')", lambda: math.isnan('nan')),
    ('math.prod(1)', lambda: math.prod(1)),
    ('math.prod([1, 2], [3])', lambda: math.prod([1, 2], [3])),
    ("math.prod(['a', 'b'])", lambda: math.prod(['a', 'b'])),
    ('math.sqrt()', lambda: math.sqrt()),
    ('math.sqrt(1, 2)', lambda: math.sqrt(1, 2)),
    ('math.sqrt(x=4)', lambda: math.sqrt(x=4)),
    ('math.floor()', lambda: math.floor()),
    ('math.fabs(1, 2)', lambda: math.fabs(1, 2)),
    ('math.pow(1)', lambda: math.pow(1)),
    ('math.pow(1, 2, 3)', lambda: math.pow(1, 2, 3)),
    ('math.pow(x=1, y=2)', lambda: math.pow(x=1, y=2)),
    ('math.atan2(1)', lambda: math.atan2(1)),
    ('math.copysign()', lambda: math.copysign()),
    ('math.fmod(1)', lambda: math.fmod(1)),
    ('math.remainder(1, 2, 3)', lambda: math.remainder(1, 2, 3)),
    ('math.ldexp(1.0)', lambda: math.ldexp(1.0)),
    ('math.log()', lambda: math.log()),
    ('math.log(1, 2, 3)', lambda: math.log(1, 2, 3)),
    ('math.log(8, base=2)', lambda: math.log(8, base=2)),
    ('math.hypot(x=1)', lambda: math.hypot(x=1)),
    ('math.dist([1])', lambda: math.dist([1])),
    ('math.dist(p=[1], q=[1])', lambda: math.dist(p=[1], q=[1])),
    ('math.isclose(1)', lambda: math.isclose(1)),
    ('math.isclose()', lambda: math.isclose()),
    ('math.isclose(1, 2, 3)', lambda: math.isclose(1, 2, 3)),
    ('math.isclose(1, 2, foo=1)', lambda: math.isclose(1, 2, foo=1)),
    ('math.isclose(1, a=1)', lambda: math.isclose(1, a=1)),
    ('math.gcd(a=1)', lambda: math.gcd(a=1)),
    ('math.lcm(1, b=2)', lambda: math.lcm(1, b=2)),
    ('math.comb(1)', lambda: math.comb(1)),
    ('math.comb(1, 2, 3)', lambda: math.comb(1, 2, 3)),
    ('math.perm()', lambda: math.perm()),
    ('math.perm(1, 2, 3)', lambda: math.perm(1, 2, 3)),
    ('math.perm(5, k=2)', lambda: math.perm(5, k=2)),
    ('math.factorial()', lambda: math.factorial()),
    ('math.isqrt(n=4)', lambda: math.isqrt(n=4)),
    ('math.fsum()', lambda: math.fsum()),
    ('math.fsum([], [])', lambda: math.fsum([], [])),
    ('math.prod()', lambda: math.prod()),
    ('math.prod(iterable=[1])', lambda: math.prod(iterable=[1])),
    ('math.prod([], foo=2)', lambda: math.prod([], foo=2)),
    ('math.modf()', lambda: math.modf()),
    ('math.frexp(1, 2)', lambda: math.frexp(1, 2)),
    ('math.isnan()', lambda: math.isnan()),
    ('math.trunc(1, 2)', lambda: math.trunc(1, 2)),
]


class OnlyFloat:
    def __float__(self):
        return 1.5


class Index:
    def __index__(self):
        return 3


for src, fn in cases:
    try:
        print(src, "=", fn())
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
