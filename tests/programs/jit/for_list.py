# `for x in a_list` loops compiled: numbers and objects, the list changing length while
# the loop runs (append, pop, clear: the iterator re-checks the length at every step),
# an element of another type or class, and exceptions after the target's store.


class P:
    def __init__(self, x, v):
        self.x = x
        self.v = v


class Q:
    def __init__(self, x):
        self.v = 0.5
        self.x = x


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


print(total(list(range(1000))))
print(total([1] * 300 + [2.5] + [1] * 10))


def step(ps, dt):
    for p in ps:
        p.x += p.v * dt


ps = [P(float(k), 0.5 * k) for k in range(50)]
for _ in range(20):
    step(ps, 0.1)
print(sum(p.x for p in ps))
mixed = [P(1.0, 1.0) for _ in range(40)] + [Q(2.0)] + [P(3.0, 1.0) for _ in range(40)]
for _ in range(5):
    step(mixed, 1.0)
print([p.x for p in mixed[38:43]])


def grow(xs):
    n = 0
    for x in xs:
        n += 1
        if x == 5:
            xs.append(100)
            xs.append(200)
    return n, xs[-3:]


print(grow(list(range(300))))


def shrink(xs):
    n = 0
    s = 0
    for x in xs:
        n += 1
        s += x
        if n == 150:
            xs.pop()
            xs.pop()
        if n == 200:
            xs.clear()
    return n, s, len(xs)


print(shrink(list(range(400))))
print(shrink(list(range(160))))


def last_of(rows):
    last = None
    k = 0
    for row in rows:
        last = row
        k += row[0]
    return k, last


print(last_of([[j, j + 1] for j in range(300)]))
try:
    print(last_of([[j] for j in range(100)] + [[1.5]] + [[j] for j in range(100)]))
except TypeError as e:
    print("TypeError", e)
print(last_of([[j] for j in range(100)] + [[]] + [[j] for j in range(100)]))
