# `min` and `max` compiled as machine operations in a hot loop until a str (then None)
# reaches them: the TypeError must name the comparison CPython makes (`max(a, b)` asks
# `b > a`, `min(a, b)` asks `b < a`) with the operand types in that order.
def extremes(vals):
    lo = vals[0]
    hi = vals[0]
    k = 0
    try:
        for k in range(len(vals)):
            hi = max(hi, vals[k])
            lo = min(lo, vals[k])
    except TypeError as e:
        print("TypeError:", e, k, lo, hi)
    return lo, hi


vals = [(k * 37) % 1001 - 500 for k in range(9000)]
print(extremes(vals))
vals[7777] = "x"
print(extremes(vals))
vals[7777] = None
print(extremes(vals))


def swapped(vals):
    hi = 0.5
    k = 0
    try:
        for k in range(len(vals)):
            hi = max(vals[k], hi)
    except TypeError as e:
        print("TypeError:", e, k, hi)
    return hi


vals = [k * 0.25 for k in range(5000)]
vals[4444] = "y"
print(swapped(vals))
