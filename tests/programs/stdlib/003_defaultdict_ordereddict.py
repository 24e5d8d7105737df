from collections import defaultdict, OrderedDict

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], len(dd))
print(dd["new"], dd)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, dict(counts), sorted(counts.items()))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(lambda: 7, a=1)["zz"])
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], "x" in nested, "q" in nested, nested.get("q"))
dd2 = dd.copy()
dd2["c"].append(9)
print(sorted(dd2), sorted(dd), dd2.default_factory)
dd.default_factory = None
try:
    dd["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(dd, dict), type(dd).__name__)
s = defaultdict(set)
s[1].add(2)
s[1].add(3)
print(s)
for k in counts:
    print(k, counts[k])

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
od3 = OrderedDict([("y", 2), ("x", 1)])
print(od2 == od3, od2 == dict(od3), dict(od2) == dict(od3))
print(OrderedDict(), list(reversed(OrderedDict(a=1, b=2))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od2.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
print(od2.copy(), isinstance(od2, dict))
