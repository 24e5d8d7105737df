# math's int-valued functions: floor/ceil/trunc and their dunders, gcd, lcm, isqrt, factorial,
# comb, perm, fsum over any iterable, prod with start=
import math


class Temperature:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return "floor of %s" % self.v

    def __ceil__(self):
        return ["ceil", self.v]

    def __trunc__(self):
        return self.v // 1


class OnlyFloat:
    def __float__(self):
        return 2.5


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class MyInt(int):
    pass


class MyFloat(float):
    pass


for x in [2.5, -2.5, 0.0, -0.0, 7, -7, True, False, 10 ** 30, -(10 ** 30), 1e20, -1e-300, 2.0 ** 80]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
t = Temperature(7.5)
print(math.floor(t), math.ceil(t), math.trunc(t))
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()), math.floor(Index(5)), math.ceil(Index(-5)))
print(math.floor(MyInt(4)), math.ceil(MyFloat(4.2)), math.trunc(MyFloat(-4.7)), math.trunc(MyInt(-3)))
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6),
      math.gcd(12, 18, 27), math.gcd(2 ** 100, 2 ** 60 * 3), math.gcd(True, 10), math.gcd(Index(21), 14))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(3, 0, 5),
      math.lcm(-3, 4), math.lcm(2 ** 64, 3 ** 40))
print([math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100)], math.isqrt(10 ** 40 + 5),
      math.isqrt(True), math.isqrt(Index(50)), math.isqrt(2 ** 127))
print([math.factorial(n) for n in range(8)], math.factorial(30), math.factorial(Index(6)), math.factorial(True))
print(math.comb(5, 2), math.comb(50, 25), math.comb(3, 5), math.comb(10, 0), math.comb(10, 10),
      math.comb(100, 3), math.comb(10 ** 20, 2), math.comb(2 ** 70, 2 ** 70 - 1))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(5, None), math.perm(20, 10), math.perm(0, 0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.fsum(range(10)), math.fsum(x / 10 for x in range(10)), math.fsum((1, 2.5, True)),
      math.fsum([1e-16, 1, 1e16]), math.fsum([math.inf, 1]), math.fsum([-math.inf, 5, -math.inf]),
      math.fsum([math.nan, 1]), math.fsum(iter([OnlyFloat(), Index(3)])), math.fsum({1.5: 0, 2.25: 1}))
print(math.fsum([2 ** 53, 1, 1]), math.fsum([1e308, -1e308, 1e308]), math.fsum([-1e308, 1e308, 5e-324]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 6), start=2),
      math.prod([2, 3.5, 4]), math.prod(["ab", 3]), math.prod([2, "x"]), math.prod([3], start=[0]),
      math.prod(x for x in range(1, 30)), math.prod([True, True]), math.prod([0.5] * 3))
