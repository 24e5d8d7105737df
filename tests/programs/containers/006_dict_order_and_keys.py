# dict keeps insertion order; equal numbers are the same key
d = {}
d["z"] = 1; d["a"] = 2; d["m"] = 3
print(d)
d["z"] = 10
print(d)
del d["a"]; d["a"] = 4
print(d)
k = {1: "int"}
k[1.0] = "float"
k[True] = "bool"
print(k, len(k))
k2 = {True: "bool", 1: "int", 1.0: "float"}
print(k2)
print({0: "a", False: "b", 0.0: "c"})
t = {(1, 2): "tuple", "s": "str", None: "none", 2.5: "float", frozenset([1]): "fs"}
print(t[(1, 2)], t[None], t[frozenset({1})], len(t))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {}[{}] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}[3]
except KeyError as e:
    print("KeyError:", e, repr(e))
