# collections.defaultdict
from collections import defaultdict
d = defaultdict(int)
for w in "the cat the dog the end".split():
    d[w] += 1
print(d["the"], d["missing"], dict(d))
g = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    g[k].append(v)
print(dict(g), g["a"], len(g))
s = defaultdict(set)
s["x"].add(1); s["x"].add(1); s["y"].add(2)
print(sorted(s["x"]), sorted(s))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 5
print(nested["a"]["b"], dict(nested["a"]))
print(isinstance(d, dict), d.get("nope"), "nope" in d)
print(g)
