# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("z", "default"), d)
d.update({"c": 3, "b": 20}); print(d)
d.update(x=1, y=2); print(d)
d.update([("p", 0)]); print(d)
print(d.setdefault("b", 99), d.setdefault("n", []), d)
d["n"].append(1)
print(d.popitem(), d)
e = d.copy(); e["b"] = -1
print(d["b"], e["b"])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
e.clear(); print(e)
try:
    d.pop("missing")
except KeyError as ex:
    print("KeyError:", ex)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
print(len(d), "b" in d, "zz" not in d)
