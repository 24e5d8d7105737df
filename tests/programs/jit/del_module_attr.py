# Builtins compiled as machine operations (`abs`, `min`, `max`, `len`, `math.sqrt`) are
# shadowed by module globals in the middle of a hot loop, by the loop itself or by a
# function it calls, and later un-shadowed with `del`: every call after the change must
# reach the new function, every call after the `del` the builtin again.
import math


def shadow_abs():
    global abs
    abs = lambda x: 1000


total = 0
for i in range(-5000, 5000):
    total += abs(i)
    if i == 0:
        shadow_abs()
print(total)
del abs
total = 0
for i in range(-3000, 3000):
    total += abs(i)
print(total)

lo = 10**6
hi = -(10**6)
for i in range(6000):
    v = (i * 7919) % 10007 - 5000
    lo = min(lo, v)
    hi = max(hi, v)
    if i == 3000:
        min = lambda a, b: a
        max = lambda a, b: b
print(lo, hi)
del min, max
print(min(3, 4), max(3, 4))

data = [1.0] * 50
n = 0
for i in range(8000):
    n += len(data)
    if i == 6000:
        len = lambda xs: 1
print(n)
del len

r = 0.0
for i in range(1, 7000):
    r += math.sqrt(i)
    if i == 3500:
        math.sqrt = lambda x: 0.5
print(round(r, 6))
sqrt = math.sqrt
del math.sqrt
try:
    for i in range(10):
        r += math.sqrt(i)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = sqrt
