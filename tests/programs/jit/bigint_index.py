# List indexes of the wrong kind reaching a compiled loop after thousands of int ones: a
# bool (valid: False and True are 0 and 1), a big int beyond 64 bits (IndexError "cannot fit
# 'int' into an index-sized integer"), a float (TypeError), and a negative index past -len;
# for reads and for stores, each caught outside with the state kept.
def reads(xs, idx):
    s = 0
    k = 0
    try:
        for k in range(len(idx)):
            s += xs[idx[k]]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e, k, s)
    return s


def writes(xs, idx):
    k = 0
    try:
        for k in range(len(idx)):
            xs[idx[k]] = k
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e, k, xs[:3], xs[-2:])
    return k


xs = list(range(100))
base = [k % 100 for k in range(6000)]
for bad in (True, False, 2**64, -(2**64), 1.0, -101, -100, 99, 100):
    idx = base + [bad] + base[:10]
    print("read", repr(bad), reads(xs, idx))
    ys = list(range(100))
    print("write", repr(bad), writes(ys, idx))


def index_overflow(n):
    xs = [1] * 10
    i = 2**62
    step = 2**61
    k = 0
    try:
        for k in range(n):
            i += step
            if k > 5:
                xs[i % 10] += xs[i]
    except IndexError as e:
        print("IndexError", e, k, i)


index_overflow(100)


def counter_index(n):
    xs = [0.5] * 50
    off = 2**63 - 3000
    i = off
    s = 0.0
    try:
        while True:
            s += xs[i - off]
            i += 1
    except IndexError as e:
        print("IndexError", e, i, s)


counter_index(0)
