# IndexError at iteration 9999 of compiled loops over a 9999-element list, each caught
# outside: a read, a write, a negative-index read walking down past -len, a negative write,
# a `for x in list` loop indexing a second, shorter list, and an index stored in an attribute;
# the list contents and counters are exactly what the interpreter leaves.
class Cursor:
    def __init__(self):
        self.pos = 0


N = 9999


def read(xs):
    s = 0
    i = 0
    try:
        while True:
            s += xs[i]
            i += 1
    except IndexError as e:
        print("read:", e, i, s)


def write(xs):
    i = 0
    try:
        for i in range(2 * N):
            xs[i] = xs[i - 1] + 1 if i else 0
    except IndexError as e:
        print("write:", e, i, xs[0], xs[-1], xs[N // 2])


def neg_read(xs):
    s = 0
    k = 1
    try:
        while k < 3 * N:
            s += xs[-k]
            k += 1
    except IndexError as e:
        print("neg read:", e, k, s)


def neg_write(xs):
    k = 1
    try:
        for k in range(1, 3 * N):
            xs[-k] = k * 2
    except IndexError as e:
        print("neg write:", e, k, xs[0], xs[-1], sum(xs))


def zip_short(long, short):
    t = 0.0
    j = 0
    try:
        for v in long:
            t += v * short[j]
            j += 1
    except IndexError as e:
        print("zip:", e, j, t)


def by_attr(xs, c):
    total = 0
    try:
        while True:
            total += xs[c.pos]
            c.pos += 1
    except IndexError as e:
        print("attr:", e, c.pos, total)


xs = list(range(N))
read(xs)
write(xs)
neg_read(xs)
neg_write(xs)
zip_short([1.5] * 20000, [2.0] * N)
by_attr(xs, Cursor())
print(len(xs), xs[:3], xs[-3:])
