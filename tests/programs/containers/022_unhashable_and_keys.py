# what can be a key and a set element
good = [1, -1, 2.5, "s", (1, 2), (1, (2, 3)), None, True, frozenset({1}), range(3)]
d = {}
for k in good:
    d[k] = str(k)
print(len(d), d[True], d[(1, (2, 3))], d[range(3)])
bad = [[1], {1: 2}, {1}, (1, [2])]
for k in bad:
    try:
        {k}
    except TypeError as e:
        print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
