# iterating dicts and views; views are live
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
keys = d.keys()
vals = d.values()
d["four"] = 4
print(list(keys), list(vals), len(keys))
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: -kv[1]))
print(max(d, key=lambda k: len(k)), sum(d.values()))
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed(list(d)))[:2])
print(dict(zip("abc", range(3))), dict([(1, 2), (3, 4)]), dict(a=1, b=2), dict({"x": 1}, y=2))
