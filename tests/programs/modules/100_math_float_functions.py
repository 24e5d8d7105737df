# math's float functions on ints, bools, big ints, floats and objects with __float__/__index__
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
xs = [0.0, -0.0, 0.5, 1, 2, True, 3.75, -1.25, 1e-300, 1e300, 10 ** 20]
for name in ["sqrt", "cbrt", "exp", "exp2", "expm1", "log1p", "sin", "cos", "tan", "atan", "sinh",
             "tanh", "asinh", "fabs", "degrees", "radians", "isnan", "isinf", "isfinite"]:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(f(x))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, out)
print([math.asin(x) for x in (-1, -0.5, 0, 0.5, 1)])
print([math.acos(x) for x in (-1, -0.5, 0, 0.5, 1)])
print([math.acosh(x) for x in (1, 1.5, 10, 1e300)])
print([math.atanh(x) for x in (-0.5, 0, 0.25, 0.999)])
print([math.cosh(x) for x in (-2, 0, 1, 700)])
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(1), math.log(0.5), math.log(2, 0.5))
print(math.log(10 ** 400), math.log(10 ** 400, 10), math.log(2 ** 2000, 2 ** 1000), math.log(7, 10 ** 300))
print(math.log2(1024), math.log2(3), math.log2(2 ** 5000), math.log2(True))
print(math.log10(1000), math.log10(2), math.log10(10 ** 500), math.log10(0.001))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(math.inf, -1),
      math.pow(-math.inf, 3), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-1, math.inf))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1),
      math.atan2(math.inf, math.inf), math.atan2(1, math.inf), math.atan2(math.inf, 3))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 3, 4), math.hypot(1e200, 1e200),
      math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan), math.hypot(3, True))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()), math.dist(range(3), (1.5, 2, 0)))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(math.inf, -1), math.copysign(1, math.nan))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, math.inf))
print(math.modf(3.75), math.modf(-2.5), math.modf(5), math.modf(math.inf), math.modf(-math.inf))
print(math.frexp(8), math.frexp(0.1), math.frexp(-3), math.frexp(0.0), math.frexp(5e-324), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(3, -2), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(1.5, True),
      math.ldexp(1.0, -10 ** 30), math.ldexp(0.0, 10 ** 30), math.ldexp(-math.inf, 5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1),
      math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(a=2, b=2.0), math.isclose(math.inf, math.inf),
      math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(1, 2, abs_tol=1))


class Celsius:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v * 1.0


class Index:
    def __index__(self):
        return 4


class MyFloat(float):
    pass


class MyInt(int):
    pass


print(math.sqrt(Celsius(16)), math.sqrt(Index()), math.sqrt(MyFloat(6.25)), math.sqrt(MyInt(9)))
print(math.exp(Celsius(0)), math.pow(Index(), Celsius(0.5)), math.hypot(Celsius(3), Index()))
print(math.log(Index(), 2), math.log(MyInt(8), 2), math.log2(Celsius(32)), math.fabs(MyInt(-3)))
print(math.sqrt(10 ** 300), math.sqrt(2 ** 1023 + 2 ** 970), math.exp(-1000), math.sqrt(-0.0))
print(math.isinf(1e308 * 10), math.isnan(math.inf - math.inf), math.isfinite(2 ** 1000))
