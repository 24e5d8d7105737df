from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), "z" in c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
c.update("aaz")
c.update({"b": 10})
c.update(q=3)
print(c)
c.subtract("aaaa")
c.subtract({"q": 5})
print(c, c.total())
c2 = Counter(["x", "y", "x"])
print(c2 + Counter(x=1, z=2), c2 - Counter(x=5), c2 | Counter(y=3), c2 & Counter(x=1, y=1))
print(+Counter(a=1, b=0, c=-2), -Counter(a=1, b=0, c=-2))
print(Counter(), Counter({}), repr(Counter()))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
for w, n in wc.most_common(3):
    print(w, n)
print(wc.most_common()[-1])
d = Counter()
for ch in "mississippi":
    d[ch] += 1
print(d, dict(d), list(d), list(d.keys()), list(d.values()))
del d["m"]
del d["nope"]
print(d)
e = d.copy()
e["s"] = 100
print(d["s"], e["s"], isinstance(e, Counter), isinstance(e, dict))
x = Counter(a=3)
x += Counter(a=-5, b=2)
print(x)
x -= Counter(b=1)
print(x)
print(Counter({"b": 2, "a": 2, "c": 3}))
try:
    Counter.fromkeys("ab")
except NotImplementedError as err:
    print("NotImplementedError:", err)
print(sum(Counter(a=2, b=3).values()), sorted(Counter("cab").items()))
