# Objects reached through other objects in hot loops: `a[i][j]` (read, stored, augmented),
# `box.p.x`, `self.items[i]` in an inlined method, and what can go wrong with them: a row
# replaced or shortened mid-loop, an element turning into another type, an attribute
# turning into None, and characters of strings in a list.


def matmul(a, b, n):
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c


n = 30
a = [[float(i * n + j) for j in range(n)] for i in range(n)]
c = matmul(a, a, n)
print(sum(c[i][i] for i in range(n)), c[3][7])

grid = [[i + j for j in range(50)] for i in range(60)]
for i in range(60):
    for j in range(50):
        grid[i][j] += i * j
        if i == 40 and j == 10:
            grid[41] = [7] * 50
print(sum(sum(row) for row in grid))

ragged = [[1] * 100 for _ in range(100)]
ragged[99] = [1] * 50
total = 0
try:
    for i in range(100):
        for j in range(100):
            total += ragged[i][j]
except IndexError as e:
    print("IndexError", e, i, j, total)

mixed = [[1.5, 2.5] for _ in range(3000)]
mixed[2500] = (1.5, 2.5)
mixed[2700] = "ab"
total = 0.0
try:
    for i in range(3000):
        total += mixed[i][1]
except TypeError as e:
    print("TypeError", e, i, total)


class P:
    def __init__(self, x):
        self.x = x


class Q:
    def __init__(self, x):
        self.x = x * 10


class Box:
    def __init__(self, p):
        self.p = p

    def get(self):
        return self.p.x


boxes = [Box(P(i)) for i in range(3000)]
boxes[2000].p = Q(5)
total = 0
for bx in boxes:
    total += bx.p.x + bx.get()
print(total)
boxes[2900].p = None
try:
    total = 0
    for bx in boxes:
        total += bx.p.x
except AttributeError as e:
    print("AttributeError", e, total)


class Bag:
    def __init__(self, items):
        self.items = items

    def at(self, i):
        return self.items[i] * 2


bag = Bag(list(range(3000)))
total = 0
for i in range(3000):
    total += bag.at(i) + bag.items[i]
    if i == 1000:
        bag.items = [1] * 3000
print(total)

words = ["w%d" % i for i in range(3000)]
count = 0
for i in range(3000):
    if words[i][1] == "7":
        count += 1
print(count)
