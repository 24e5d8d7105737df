# Floats that turn into ints mid-loop (a local reassigned from an int, list elements that
# change type part way through, an attribute), and ints that turn back: every result must be
# the type CPython gives (`2.0` vs `2`), so a trace that keeps a float register too long shows.
class Acc:
    def __init__(self):
        self.total = 0.0


def halve(n, at):
    x = 1e6
    for i in range(n):
        if i == at:
            x = int(x)
        x = x // 2 + i
    return x, type(x).__name__


print(halve(4000, 2500))
print(halve(4000, 0))
print(halve(4000, 9999))


def running_max(vals):
    m = vals[0]
    lo = vals[0]
    for v in vals:
        m = max(m, v)
        lo = min(lo, v)
    return m, lo


a = [k * 0.5 for k in range(3000)] + list(range(3000))
print(running_max(a))
b = [float(k) for k in range(3000)] + [2999, 3000] + [1.5] * 100
print(running_max(b))


def mix_sum(vals, acc):
    last = 0
    for v in vals:
        acc.total = acc.total + v
        last = v
    return acc.total, last


acc = Acc()
print(mix_sum([0.25] * 4000 + [1] * 4000, acc))
acc.total = 0
print(mix_sum([3] * 5000 + [0.5] * 3 + [3] * 5000, acc))


def to_int_when_whole(n):
    y = 0.0
    ints = 0
    for i in range(n):
        y = y + 0.5
        if i % 2000 == 1999:
            y = int(y)
            ints += 1
    return y, ints


print(to_int_when_whole(10001))
