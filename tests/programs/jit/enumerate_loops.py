# `for i, x in enumerate(a_list)` compiled: a start, a list that grows while it is walked,
# elements changing type, `break` and `continue` (and the loop variables after them), an
# exception at iteration 2500, objects, nested loops, the iterator advanced by the body
# itself, and targets the JIT leaves to the interpreter.


class P:
    def __init__(self, v):
        self.v = v


def weighted(a):
    s = 0
    for i, x in enumerate(a):
        s += i * x
    return s


def from_start(a, start):
    s = 0
    for i, x in enumerate(a, start):
        s += i - x
    return s


print(weighted(list(range(3000))), from_start(list(range(3000)), 7), from_start([1] * 3000, -5000))

grow = list(range(100))
seen = 0
for i, x in enumerate(grow):
    if len(grow) < 3000:
        grow.append(i)
    seen += x
print(seen, len(grow), i, x)

mixed = list(range(3000))
mixed[1000] = 0.5
mixed[2000] = "s"
total = 0
try:
    for i, x in enumerate(mixed):
        total += x * i
except TypeError as e:
    print("TypeError", e, i, total)

total = 0
for i, x in enumerate(range(10) and list(range(5000))):
    if x % 3 == 0:
        continue
    if i == 4321:
        break
    total += x
print(total, i, x)

data = list(range(3000))
try:
    for i, x in enumerate(data):
        total += data[i + 500]
except IndexError as e:
    print("IndexError", e, i, x, total)

ps = [P(k * 0.5) for k in range(3000)]
acc = 0.0
for i, p in enumerate(ps):
    acc += p.v * i
print(acc)

grid = 0
for r in range(40):
    row = list(range(r, r + 100))
    for c, v in enumerate(row):
        grid += c * v - r
print(grid)

it = enumerate(list(range(3000)))
skipped = 0
for i, x in it:
    if i % 100 == 0:
        skipped += next(it)[1]
print(skipped, i, x)

pairs = [(k, -k) for k in range(3000)]
total = 0
for i, (a, b) in enumerate(pairs):
    total += i * a + b
print(total)

count = 0
for t in enumerate(list(range(3000))):
    count += t[0]
print(count)

e = enumerate([])
for i, x in e:
    print("never")
print(list(e))
