# Int/float comparisons and arithmetic near 2**53, where not every int is a float: CPython
# compares an int and a float exactly (2**53 + 1 > 2.0**53 is True, == is False), while
# arithmetic converts the int with rounding (2**53 + 1 + 0.0 == 2.0**53). A loop stepping
# across 2**53 must give the exact answers in compiled code too, and `int / int` stays exact.
def compare_walk(n):
    f = 2.0**53
    i = 2**53 - n // 2
    gt = eq = lt = 0
    for k in range(n):
        if i > f:
            gt += 1
        elif i == f:
            eq += 1
        else:
            lt += 1
        i += 1
    return gt, eq, lt


print(compare_walk(6000))


def float_side(n):
    base = 2**53
    f = float(base) - 4000.0
    hits = 0
    misses = 0
    for k in range(n):
        m = base + (k % 7) - 3
        if m == f:
            hits += 1
        if m < f or m > f:
            misses += 1
        f += 1.0
    return hits, misses, f


print(float_side(8000))


def rounding(n):
    out = []
    base = 2**53
    for k in range(n):
        m = base + k
        x = m + 0.0
        if k < 6:
            out.append((x, x == m, int(x) - m))
    return out


print(rounding(4000))


def exact_div(n):
    total = 0.0
    odd = 0
    base = 2**53
    for k in range(n):
        m = base + 2 * k + 1
        q = m / 1
        if q != m:
            odd += 1
        total += m / 3 - 3002399751580330.0
    return odd, total


print(exact_div(5000))


def big_ints(n):
    c = 0
    f = 1e20
    base = 10**20
    step = 2**20
    for k in range(n):
        m = base + k * step
        if m > f:
            c += 1
        if m == f:
            c += 1000
    return c


print(big_ints(3000))


def mixed_minmax(n):
    lo = 2.0**53
    hi = 0
    base = 2**53 - 2
    for k in range(n):
        m = base + k
        lo = min(lo, m)
        hi = max(hi, m + 0.5)
    return lo, type(lo).__name__, hi


print(mixed_minmax(5))
print(mixed_minmax(3000))
