# Arithmetic on nan, inf and -0.0 in compiled loops: sign of zero through `+`, `-`, `*`,
# unary minus, `//`, `%` and `math.sqrt`; inf - inf and 0 * inf giving nan; comparisons
# with nan all false; and ZeroDivisionError for a -0.0 divisor after thousands of good ones.
import math

nan = float("nan")
inf = float("inf")


def show(x):
    if x != x:
        return "nan"
    if x == 0.0:
        return "-0.0" if math.copysign(1.0, x) < 0 else "0.0"
    return repr(x)


def zeros(rounds):
    out = [0.5] * 15
    for r in range(rounds):
        a = -0.0
        b = 0.0
        out[0] = a + b
        out[1] = a + a
        out[2] = b - b
        out[3] = a - b
        out[4] = -b
        out[5] = a * 5.0
        out[6] = b * -5.0
        out[7] = -a
        out[8] = a / 3.0
        out[9] = math.sqrt(a)
        out[10] = a // 2.0
        out[11] = a % 2.0
        out[12] = b % -2.0
        out[13] = -7.0 % 7.0
        out[14] = 7.0 % -7.0
    return " ".join(show(x) for x in out)


print(zeros(3000))


def infinities(rounds):
    out = [0.5] * 16
    for r in range(rounds):
        out[0] = inf - inf
        out[1] = inf * 0.0
        out[2] = inf + 1.0
        out[3] = -inf * -2.0
        out[4] = 5.0 % inf
        out[5] = -5.0 % inf
        out[6] = 5.0 // inf
        out[7] = -5.0 // inf
        out[8] = 5.0 % -inf
        out[9] = 1.0 / inf
        out[10] = -1.0 / inf
        out[11] = math.sqrt(inf)
        out[12] = inf ** 0.0
        out[13] = nan * 0.0
        out[14] = nan ** 0.0
        out[15] = 1.0 ** nan
    return " ".join(show(x) for x in out)


print(infinities(3000))


def nan_compares(n, x):
    counts = [0, 0, 0, 0, 0, 0]
    for i in range(n):
        v = i * 0.5
        if v < x:
            counts[0] += 1
        if v > x:
            counts[1] += 1
        if v == x:
            counts[2] += 1
        if v != x:
            counts[3] += 1
        if not (v <= x):
            counts[4] += 1
        if x == x:
            counts[5] += 1
    return counts


print(nan_compares(6000, nan))
print(nan_compares(6000, 1000.0))
print(nan_compares(6000, inf))


def neg_zero_divisor(n):
    s = 0.0
    d = 1.0
    i = 0
    try:
        for i in range(n):
            d = 1.0 if i < 7777 else -0.0
            s += 1.0 / d
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, i, s, show(d))


neg_zero_divisor(10000)


def accumulate_to_inf(n):
    x = 1e300
    steps = 0
    while x < inf and steps < n:
        x = x * 10.0
        steps += 1
    y = x - x
    return show(x), steps, show(y), show(-x)


print(accumulate_to_inf(10000))
