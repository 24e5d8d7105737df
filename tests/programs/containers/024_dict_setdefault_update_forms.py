# dict construction forms and update corner cases
print(dict(), dict([]), dict(a=1), dict([("a", 1), ["b", 2]]), dict(zip(range(3), "xyz")))
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
e = {"a": 1}
e.update({"a": 2}, b=3)
e.update([("c", 4)], c=5)
print(e)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print("ValueError:", ex)
try:
    dict([1])
except TypeError as ex:
    print("TypeError:", ex)
print({1: "a", 1: "b"}, {"k": v for v in range(3)})
