# Tuple items and lengths in compiled loops: `t[i]` with positive and negative indices, on
# tuples of 1, 2, 5 and 30 items (the long ones keep their items on the heap), `len(t)`
# of tuples of varying length, `t[i][j]`, objects in tuples, an index out of range at
# iteration 2500, a tuple replaced by a list or a str mid-loop, and a float index.


class P:
    def __init__(self, v):
        self.v = v


def cycle(t, n):
    s = 0
    for i in range(n):
        s += t[i % len(t)] * i - t[-1 - i % len(t)]
    return s


print(cycle((7,), 3000), cycle((1, 2), 3000), cycle((1, 2, 3, 4, 5), 3000), cycle(tuple(range(30)), 3000))

lengths = [(1, 2), (3, 4, 5), (6,), tuple(range(40))] * 800
total = 0
for v in lengths:
    total += len(v) + v[0]
print(total)

grid = tuple(tuple(r * 10 + c for c in range(10)) for r in range(10))
acc = 0
for i in range(3000):
    acc += grid[i % 10][(i * 7) % 10]
print(acc)

objs = tuple(P(k * 0.5) for k in range(50))
acc = 0.0
for i in range(3000):
    acc += objs[i % 50].v
print(acc)

t = tuple(range(2500))
try:
    acc = 0
    for i in range(3000):
        acc += t[i]
except IndexError as e:
    print("IndexError", e, i, acc)

seq = (1, 2, 3)
acc = 0
for i in range(3000):
    acc += seq[i % 3]
    if i == 1000:
        seq = [10, 20, 30]
    if i == 2000:
        seq = "abc"
        break
print(acc, seq)

try:
    for i in range(3000):
        acc += t[i / 2] if i > 2400 else t[i]
except TypeError as e:
    print("TypeError", e, i)
