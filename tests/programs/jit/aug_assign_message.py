# None appearing in a hot loop: as a list element (skipped with `is None` + continue), as
# a variable's value after thousands of ints, as an attribute, and finally in arithmetic
# (TypeError caught outside the loop, with the state before the failing statement kept).
class Node:
    def __init__(self, v):
        self.v = v
        self.w = 1


def scan(vals):
    total = 0
    nones = 0
    last = -1
    for v in vals:
        if v is None:
            nones += 1
            continue
        total += v
        last = v
    return total, nones, last


print(scan(list(range(5000)) + [None] + list(range(100))))
print(scan([None] * 3000 + [1, 2, 3]))
print(scan([None if k % 997 == 0 else k for k in range(9000)]))


def last_seen(n):
    prev = 0
    count = 0
    for i in range(n):
        if i == 4000:
            prev = None
        if prev is not None:
            prev = prev + i
            count += 1
        elif i > 6000:
            prev = i
    return prev, count


print(last_seen(8000))


def attr_none(nodes):
    s = 0
    for nd in nodes:
        if nd.v is None:
            s -= 1
        else:
            s += nd.v * nd.w
    return s


nodes = [Node(k) for k in range(4000)]
nodes[3333].v = None
nodes[1234].w = None
try:
    print(attr_none(nodes))
except TypeError as e:
    print("TypeError:", e)
nodes[1234].w = 2
print(attr_none(nodes))


def add_all(vals):
    total = 0
    i = 0
    try:
        for v in vals:
            total += v
            i += 1
    except TypeError as e:
        print("caught", e, i, total)
    return total


vals = list(range(7000))
vals[6543] = None
print(add_all(vals))
