# `math` functions of one float, and `int`/`float` of numbers, in compiled loops: by
# attribute and by imported name, then fed what makes them raise or leave 64-bit ints
# (OverflowError, ValueError, big ints, NaN, infinities), and a rebound name.
import math
from math import sin, floor, log

xs = [k * 0.37 - 300.0 for k in range(3000)]


def run(f, values):
    s = 0.0
    for x in values:
        s += f(x)
    return s


def trig(values):
    s = 0.0
    for x in values:
        s += math.sin(x) * math.cos(x) + math.atan(x) - math.tanh(x / 100) + sin(x / 3)
    return s


def logs(values):
    s = 0.0
    for x in values:
        ax = math.fabs(x) + 1.0
        s += math.log(ax) + math.log10(ax) + math.log2(ax) + log(ax) + math.sqrt(ax) + math.exp(x / 1000)
    return s


def rounding(values):
    s = 0
    for x in values:
        s += math.floor(x) - math.ceil(x) + floor(x * 3) + int(x) + int(x * 7.5)
    return s


def convert(n):
    s = 0.0
    for i in range(n):
        s += float(i) / 3 + float(i * 0.5) + int(i)
    return s


print(trig(xs), logs(xs), rounding(xs), convert(3000))


def guarded(label, f, values):
    try:
        print(label, f(values))
    except (OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)


warm = [1.5] * 2000
guarded("exp", lambda v: sum(math.exp(x) for x in v), [1.0, 700.0, 710.0])


def exps(values):
    s = 0.0
    for x in values:
        s += math.exp(x)
    return s


def log_all(values):
    s = 0.0
    for x in values:
        s += math.log(x)
    return s


def sines(values):
    s = 0.0
    for x in values:
        s += math.sin(x)
    return s


def floors(values):
    s = 0
    for x in values:
        s += math.floor(x)
    return s


def ceils(values):
    s = 0
    for x in values:
        s += math.ceil(x)
    return s


def ints(values):
    s = 0
    for x in values:
        s += int(x)
    return s


def floats(values):
    s = 0.0
    for x in values:
        s += float(x)
    return s


for special in [710.0, -1e308, float("nan"), float("inf"), float("-inf")]:
    guarded("exp", exps, warm + [special])
for special in [0.0, -1.0, 1e-320, float("inf"), float("nan")]:
    guarded("log", log_all, warm + [special])
for special in [float("inf"), 1e300, -0.0, 5e-324]:
    guarded("sin", sines, warm + [special])
for special in [1e300, -1e19, 9.2e18, -0.5, float("nan"), float("inf")]:
    guarded("floor", floors, warm + [special])
    guarded("ceil", ceils, warm + [special])
    guarded("int", ints, warm + [special])
guarded("floor of ints", floors, [3] * 2000 + [10 ** 30, -7])
guarded("float", floats, [3] * 2000 + [2 ** 60 + 1, 10 ** 30, 7.5])
guarded("float big", floats, [3] * 2000 + [10 ** 400])

total = 0.0
for k in range(3000):
    total += sin(k)
    if k == 2000:
        sin = math.cos
print(total)
