# Values that are ints for thousands of iterations of a compiled loop and then become strs
# (a local, a list element, an attribute): the type guard exits, the interpreter does the
# str work, and the loop carries on with nothing repeated or lost.
class Tag:
    def __init__(self):
        self.v = 0


def local_switch(n, at):
    x = 0
    steps = 0
    for i in range(n):
        if i == at:
            x = str(x)
        x = x + x[:1] if i >= at else x + 1
        steps += 1
    return len(x) if isinstance(x, str) else x, steps


print(local_switch(3000, 2500))
print(local_switch(5000, 4999))
print(local_switch(2000, 5000))


def doubled(vals):
    out = []
    n = 0
    for v in vals:
        n += 1
        out.append(v * 2)
    return n, len(out), out[2998:3003], out[-1]


vals = list(range(3000)) + ["ab", "c"] + list(range(3000, 6000))
print(doubled(vals))


def scale(cells):
    i = 0
    while i < len(cells):
        cells[i] = cells[i] * 3
        i += 1
    return i


cells = [1] * 4000
cells[3500] = "xy"
cells[3700] = 2.5
print(scale(cells), cells[3499:3502], cells[3700], sum(c for c in cells if type(c) is int))


def attr_switch(t, n):
    eq = 0
    for i in range(n):
        if t.v == 7:
            eq += 1
        if i == 6000:
            t.v = "seven"
        elif i > 6000:
            t.v = t.v + "."
        elif i % 1000 == 0:
            t.v = 7
        else:
            t.v = t.v + 1
    return eq, len(t.v)


print(attr_switch(Tag(), 9000))
