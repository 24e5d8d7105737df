# The loop variable of `for p in objects` (and `b = rows[j]`) is written to the frame only
# when compiled code leaves the loop. After the loop it must still name the last object,
# owned by the variable: the list is cleared before it is read.


class P:
    def __init__(self, x):
        self.x = x


def last_of(ps):
    total = 0.0
    for p in ps:
        total += p.x
    ps.clear()
    return total, p.x


print(last_of([P(float(i)) for i in range(5000)]))


def rows_by_index(rows, n):
    acc = 0.0
    for k in range(n):
        for j in range(len(rows)):
            row = rows[j]
            acc += row[0] * row[1]
    rows.clear()
    return acc, row


print(rows_by_index([[float(i), 0.5] for i in range(40)], 200))


def branchy(ps):
    # A branch that goes both ways gets a side trace; the variable stays right through it.
    big = 0
    for p in ps:
        if p.x > 2500.0:
            big += 1
        else:
            big -= 1
    ps.reverse()
    ps.clear()
    return big, p.x


print(branchy([P(float(i % 5000)) for i in range(20000)]))


def error_inside(ps):
    # The exit at the failing statement writes `p`; the traceback's error comes from it.
    total = 0.0
    try:
        for p in ps:
            total += p.x
    except TypeError as e:
        print("TypeError:", e, p.x)
    return total


print(error_inside([P(1.5)] * 3000 + [P("s")] + [P(2.0)] * 10))

items = [[float(i)] for i in range(3000)]
s = 0.0
for q in items:
    s += q[0]
items = None
print(s, q)
