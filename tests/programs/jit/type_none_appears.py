# None appearing in a hot loop: as a list element (skipped through truthiness + continue),
# as a variable's value after thousands of ints, as an attribute, and finally in arithmetic
# (TypeError caught outside the loop, with the state before the failing statement kept).
class Node:
    def __init__(self, v):
        self.v = v
        self.w = 1


def scan(vals):
    total = 0
    falsy = 0
    last = -1
    for v in vals:
        if not v:
            falsy += 1
            continue
        total += v
        last = v
    return total, falsy, last


print(scan(list(range(1, 5000)) + [None] + list(range(1, 100))))
print(scan([None] * 3000 + [1, 2, 3]))
print(scan([None if k % 997 == 0 else k for k in range(9000)]))


def is_none_scan(vals):
    n = 0
    for v in vals:
        if v is None:
            n += 1
    return n


print(is_none_scan([None if k % 3 == 0 else k for k in range(3000)]))


def last_seen(src):
    prev = 0
    count = 0
    for i in range(len(src)):
        prev = src[i]
        if prev:
            count += prev
        else:
            count -= 1
    return prev, count


src = list(range(1, 8000))
print(last_seen(src))
src[4000] = None
src[4001] = None
print(last_seen(src))
src[-1] = None
print(last_seen(src))


def attr_none(nodes):
    s = 0
    for nd in nodes:
        if nd.v:
            s += nd.v * nd.w
        else:
            s -= 1
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
            total = total + v
            i += 1
    except TypeError as e:
        print("caught", e, i, total)
    return total


vals = list(range(7000))
vals[6543] = None
print(add_all(vals))
