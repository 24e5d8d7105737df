# `x is None` and `x is not None` in compiled loops: a linked list walked to its end, a
# variable alternating between an int and None, None tests on list elements and attributes,
# and a None that turns up where an object was.


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


head = None
for k in range(3000):
    head = Node(k, head)


def walk(h):
    s = 0
    while h is not None:
        s += h.v
        h = h.nxt
    return s


print(walk(head), walk(None), walk(Node(5, None)))


def alternate(n):
    s = 0
    flag = None
    for i in range(n):
        if flag is not None:
            s += flag
        if None is flag:
            s -= 1
        flag = i if i % 3 else None
    return s


print(alternate(3000))

items = [Node(k, None if k % 5 else head) for k in range(3000)]
count = 0
for it in items:
    if it.nxt is None:
        count += 1
    else:
        count += 2
print(count)

vals = [k for k in range(3000)]
vals[2500] = None
total = 0
for v in vals:
    if v is not None:
        total += v
print(total)

maybe = Node(1, None)
total = 0
for i in range(3000):
    if maybe is None:
        total -= 1
    else:
        total += maybe.v
    if i == 2000:
        maybe = None
print(total)

# A short list walked many times: every walk ends at a None (a loop-end exit at the
# header, and a side trace for the last `h = h.nxt`).
short = None
for k in range(40):
    short = Node(k, short)
grand = 0
for r in range(3000):
    grand += walk(short)
print(grand)

# None elements mixed into a list all along (a side trace for the None elements).
mostly = [None if k % 4 == 0 else k for k in range(6000)]
nones = 0
acc = 0
for v in mostly:
    if v is None:
        nones += 1
    else:
        acc += v
print(nones, acc)
