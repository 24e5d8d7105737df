# nan, inf and -0.0 through `min`, `max` and `abs` in compiled loops. Python's `min(a, b)`
# is `b if b < a else a` (so `min(nan, 1.0)` is nan but `min(1.0, nan)` is 1.0, and of 0.0
# and -0.0 the first wins); a machine min/max instruction answers differently for these.
import math

nan = float("nan")
inf = float("inf")
specials = [0.0, -0.0, 1.0, -1.0, inf, -inf, nan, 2.5, -2.5, 1e-310, -1e-310]


def show(x):
    if x != x:
        return "nan"
    if x == 0.0:
        return "-0.0" if math.copysign(1.0, x) < 0 else "0.0"
    return repr(x)


def table(vals, rounds):
    mins = []
    maxs = []
    for r in range(rounds):
        mins.clear()
        maxs.clear()
        for a in vals:
            for b in vals:
                mins.append(min(a, b))
                maxs.append(max(a, b))
    return mins, maxs


mins, maxs = table(specials, 60)
n = len(specials)
for i in range(n):
    print(show(specials[i]), " ".join(show(mins[i * n + j]) for j in range(n)))
for i in range(n):
    print(show(specials[i]), " ".join(show(maxs[i * n + j]) for j in range(n)))


def running(vals, rounds):
    lo = inf
    hi = -inf
    a_sum = 0.0
    for k in range(rounds):
        for v in vals:
            lo = min(lo, v)
            hi = max(hi, v)
            a_sum += abs(v) if v == v and abs(v) != inf else 0.0
    return show(lo), show(hi), a_sum


print(running([3.0, -0.0, 0.0, 7.5], 3000))
print(running([3.0, nan, 0.0, 7.5], 3000))
print(running([nan, 3.0, 0.0], 3000))
print(running([-0.0, 0.0], 3000))
print(running([0.0, -0.0], 3000))


def abs_loop(vals, rounds):
    out = []
    for r in range(rounds):
        for v in vals:
            a = abs(v)
            if r == rounds - 1:
                out.append(a)
    return [show(x) for x in out]


print(abs_loop(specials, 500))


def ints_and_specials(n):
    c = 0
    m = -inf
    for i in range(n):
        if i < inf:
            c += 1
        if i > nan or i < nan or i == nan:
            c += 1000
        m = max(m, i)
        m = min(m, inf)
    return c, m, type(m).__name__


print(ints_and_specials(5000))
