# for loops with unpacking targets of many shapes
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for (a, b) in [(5, 6)]:
    print(a * b)
for (x, y, z) in [(1, 2, 3), (4, 5, 6)]:
    print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for first, *rest in [[1, 2, 3], [4], "xyz"]:
    print(first, rest)
for [p, q] in ["ab", "cd"]:
    print(p, q)
d = {}
for d["key"] in range(3):
    pass
print(d)
class O:
    pass
o = O()
for o.attr in "xy":
    pass
print(o.attr)
xs = [0, 0]
for xs[0], xs[1] in [(1, 2)]:
    pass
print(xs)
