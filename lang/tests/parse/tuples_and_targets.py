# Tuples without parentheses, trailing commas, star-unpacking in targets and displays.
a, b = b, a + b
x = 1,
first, *rest = xs
[p, *q] = r
(m, n), o = t
for k, v in d.items():
    pass
for (x, y, z) in points:
    pass
merged = [*a, *b]
both = {**d1, **d2, "k": 0}
s = {*a, *b}
a = b = c = 0
obj.attr, arr[0], arr[1:2] = 1, 2, [3]
del a, b[0], c.x
