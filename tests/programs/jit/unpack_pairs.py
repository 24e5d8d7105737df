# `for x, y in pairs` over a list of 2-tuples compiled (also inside enumerate and zip):
# items of changing types, a tuple of the wrong length at iteration 2500 (ValueError), an
# element that is not a tuple, objects in the tuples, and single-item tuples.


class P:
    def __init__(self, v):
        self.v = v


def cross(pairs):
    s = 0.0
    for x, y in pairs:
        s += x * y
    return s


pts = [(k * 0.5, 2.0) for k in range(3000)]
print(cross(pts), cross([(k, k + 1) for k in range(3000)]))

mixed = [(k, 1) for k in range(3000)]
mixed[1500] = (1.5, 1)
mixed[2000] = ("a", 2)
try:
    print(cross(mixed))
except TypeError as e:
    print("TypeError", e)

bad = [(k, k) for k in range(3000)]
bad[2500] = (1, 2, 3)
try:
    cross(bad)
except ValueError as e:
    print("ValueError", e)
bad[2500] = [4, 5]
print(cross(bad))
bad[2500] = 7
try:
    cross(bad)
except TypeError as e:
    print("TypeError", e)

objs = [(P(k), k) for k in range(3000)]
t = 0
for p, k in objs:
    t += p.v - k
print(t)

total = 0
for i, (a, b) in enumerate(pts):
    total += i * a - b
print(total)

for x, (y, z) in zip(list(range(3000)), [(k, -k) for k in range(3000)]):
    total += x + y * z
print(total)

singles = [(k,) for k in range(3000)]
s = 0
for (v,) in singles:
    s += v
print(s, v)

x = y = None
for x, y in []:
    pass
print(x, y)
