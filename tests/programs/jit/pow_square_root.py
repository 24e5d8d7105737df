# `x ** 2` and `x ** 0.5` in hot loops give the C library's `pow` result, which is not
# always `x * x` or `math.sqrt(x)`: the inputs where they differ are printed.
import math


def lcg(s):
    return (s * 1103515245 + 12345) % 2147483648


def squares(n, seed):
    differ = []
    total = 0.0
    for i in range(n):
        seed = lcg(seed)
        x = (seed / 2147483648.0 - 0.5) * 20000.0
        sq = x ** 2
        total += sq
        if sq != x * x:
            differ.append((x, sq, x * x))
    return total, differ, seed


def roots(n, seed):
    differ = []
    total = 0.0
    for i in range(n):
        seed = lcg(seed)
        x = seed / 2147483648.0 * 1e6 + 1e-3
        r = x ** 0.5
        total += r
        if r != math.sqrt(x):
            differ.append((x, r, math.sqrt(x)))
    return total, differ


total, differ, seed = squares(60000, 7)
print(repr(total), len(differ))
for x, sq, prod in differ[:12]:
    print(repr(x), repr(sq), repr(prod))
total, differ = roots(60000, seed)
print(repr(total), len(differ))
for x, r, s in differ[:12]:
    print(repr(x), repr(r), repr(s))

# The input that showed the difference, and special values through the same loops.
print(4820.524451282704 ** 2, 4820.524451282704 * 4820.524451282704)
vals = [0.0, -0.0, 1e-170, 1e-160, 3e-300, 1.3e154, 1e154, -1e154, float("inf"), -2.5, 7.0]
out = []
for v in vals:
    out.append(v ** 2)
print(out)
roots_out = []
for v in [0.0, 1e-310, 5e-324, 2.0, 1e308, float("inf"), 0.25]:
    roots_out.append(v ** 0.5)
print(roots_out)
try:
    for v in [1.0, 1e200, 2.0]:
        print(v ** 2)
except OverflowError as e:
    print("OverflowError", e)
