# Heap values stored into variables inside compiled loops (`p = ps[i]`, `b = a`):
# counted slot stores, then exits of every kind after them.


class P:
    def __init__(self, x, v):
        self.x = x
        self.v = v


class Q:
    def __init__(self, x):
        self.v = 0.5
        self.x = x


def advance(ps, n):
    total = 0.0
    i = 0
    while i < n:
        p = ps[i % len(ps)]
        p.x += p.v
        total += p.x
        i += 1
    return total, p.x


ps = [P(float(k), 0.25 * k) for k in range(10)]
print(advance(ps, 1000))

# One element of another class: the shape check after the store exits.
ps2 = [P(1.0, 2.0) for _ in range(20)] + [Q(3.0)] + [P(1.0, 1.0)]
print(advance(ps2, 500))


def weights(ps, w):
    # The store of `p` comes first; then `w[i]` turns from int to float.
    t = 0
    last = None
    for i in range(len(w)):
        p = ps[i]
        t = t + w[i]
        last = p
    return t, last.x


ws = [1] * 50 + [0.5] + [2] * 10
print(weights([P(float(k), 1.0) for k in range(61)], ws))


def copies(ps, n):
    # A heap value copied between variables, and an object that stops being an object.
    a = ps[0]
    b = a
    s = 0.0
    i = 0
    while i < n:
        b = a
        a = ps[i]
        s += a.x - b.x
        i += 1
    return s, a.x, b.x


objs = [P(float(k * k), 0.0) for k in range(300)]
print(copies(objs, 300))
objs[200] = 7
try:
    print(copies(objs, 300))
except AttributeError as e:
    print("AttributeError", e)

# Module level: globals hold the objects.
rows = [[float(k), float(k + 1)] for k in range(100)]
acc = 0.0
k = 0
while k < 100:
    row = rows[k]
    acc += row[0] * row[1]
    k += 1
print(acc, row)

# Out of range after stores: IndexError at the same line in every mode.
k = 0
while k < 200:
    row = rows[k]
    acc += row[1]
    k += 1
