# None as a value in compiled loops: appended to a list, stored into a variable and tested
# in the same iteration, stored into list elements and attributes, and a variable that is
# None on some iterations and a number on others.


class Slot:
    def __init__(self):
        self.v = 0


out = []
for i in range(3000):
    out.append(None)
    out.append(i)
print(len(out), out.count(None), out[-3:])

s = 0
for i in range(3000):
    x = None
    if x is None:
        s += 1
    y = out[i]
    if y is not None:
        s += y
print(s)

cells = [0] * 3000
for i in range(3000):
    if i % 2:
        cells[i] = None
print(cells.count(None), cells[:4])

slots = [Slot() for _ in range(3000)]
for i, sl in enumerate(slots):
    if i % 3 == 0:
        sl.v = None
print(sum(1 for sl in slots if sl.v is None))

s = 0
for i in range(3000):
    x = None
    if i % 3 == 0:
        x = i
    if x is None:
        s += 1
    else:
        s += x
print(s)
