# `sqrt` reached through a name rather than `math.sqrt`: `from math import sqrt`, a local
# bound to `math.sqrt`, the name rebound to another builtin mid-loop, and a negative
# argument raising inside a hot loop.
from math import sqrt
import math


def by_global(n):
    s = 0.0
    for i in range(n):
        s += sqrt(i * 0.5)
    return s


def by_local(n):
    root = math.sqrt
    s = 0.0
    for i in range(n):
        s += root(i + 0.25)
    return s


def ints(n):
    s = 0.0
    for i in range(n):
        s += sqrt(i)
    return s


print(by_global(3000), by_local(3000), ints(3000))
t = 0.0
for i in range(3000):
    t += sqrt(float(i))
    if i == 2000:
        sqrt = abs
print(t)
try:
    for i in range(3000):
        t += sqrt(1000.0 - i)
except ValueError as e:
    print("ValueError", e, i)
from math import sqrt
try:
    for i in range(3000):
        t += sqrt(1000.0 - i)
except ValueError as e:
    print("ValueError", e, i)
print(t)
big = 0.0
for i in range(100):
    big += sqrt(10 ** 40 + i)
print(big)
