# `for x, y in zip(a, b)` compiled: two and three lists, unequal lengths (and what the
# iterators consumed when the shorter one ended), one iterator zipped with itself, elements
# changing type, `break`, an exception inside, a list that grows, and zips the JIT leaves
# to the interpreter (a range, a tuple target, one name).


def dot(a, b):
    s = 0.0
    for x, y in zip(a, b):
        s += x * y
    return s


xs = [k * 0.5 for k in range(3000)]
ys = [k * 0.25 for k in range(3000)]
print(dot(xs, ys), dot(xs, ys[:1000]), dot(xs[:10], ys))

total = 0
for a, b, c in zip(list(range(3000)), list(range(3000, 6000)), list(range(2500))):
    total += a * b - c
print(total)

it1 = iter(list(range(3000)))
short = list(range(2000))
pairs = 0
for x, y in zip(it1, short):
    pairs += x - y
print(pairs, next(it1, None), next(it1, None))

it2 = iter(list(range(2000)))
long = list(range(3000))
for x, y in zip(it2, long):
    pairs += x + y
print(pairs, next(it2, None))

same = iter(list(range(4000)))
odd = 0
for x, y in zip(same, same):
    odd += y - x
print(odd)

mixed = list(range(3000))
mixed[2100] = 2.5
mixed[2800] = None
try:
    acc = 0
    for x, y in zip(mixed, mixed):
        acc += x * y
except TypeError as e:
    print("TypeError", e, x, acc)

acc = 0
for x, y in zip(list(range(5000)), list(range(5000))):
    if x == 3333:
        break
    acc += x ^ y + 1
print(acc, x, y)

grow = list(range(50))
other = list(range(5000))
n = 0
for x, y in zip(grow, other):
    if len(grow) < 4000:
        grow.append(x)
    n += 1
print(n, len(grow))

acc = 0
for x, y in zip(list(range(3000)), range(3000)):
    acc += x * y
for t in zip(list(range(3000)), list(range(3000))):
    acc += t[0]
for x, (y, z) in zip(list(range(3000)), [(k, k) for k in range(3000)]):
    acc += z
print(acc)
