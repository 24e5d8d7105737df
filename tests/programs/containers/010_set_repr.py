# reprs of sets with one element (order-free), empty sets, frozensets
print({1}, {"a"}, set(), frozenset(), frozenset({5}))
print([{1}], ({2},), {3: {4}})
print(repr({(1, 2)}), str(frozenset(["x"])))
s = {10}
s.add(10)
print(s, len(s))
