# List indexes of the wrong kind reaching a compiled loop after thousands of int ones: a
# bool (valid: False and True are 0 and 1), a float (TypeError), and indexes just inside and
# just outside both ends, for reads and for stores, each caught outside with the state kept;
# and an index computed from a counter that grows past 2**63 (a big int minus a big int).
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
for bad in (True, False, 1.0, -101, -100, 99, 100):
    idx = base + [bad] + base[:10]
    print("read", repr(bad), reads(xs, idx))
    ys = list(range(100))
    print("write", repr(bad), writes(ys, idx))


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
