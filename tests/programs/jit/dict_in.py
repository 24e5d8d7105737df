# `key in d` and `key not in d` compiled for a dict or set and a str or int key (a helper
# lookup), and `s.add(key)`; keys of other types, a dict rebound to one of str keys
# mid-loop, a frozenset, and a key class with __hash__/__eq__ go through the interpreter.
def hits(d, n):
    c = 0
    for i in range(n):
        if i % 200 in d:
            c += 1
        if i % 7 not in d:
            c += 1000
    return c

def words(ws, stop):
    kept = 0
    for w in ws:
        if w not in stop:
            kept += 1
    return kept

d = {i: i for i in range(100)}
print(hits(d, 30000))
print(words("the cat sat on the mat and the dog".split() * 1000, {"the": 1, "on": 1, "and": 1}))
e = {1: "a", "x": 2}
print(hits(e, 3000))
class K:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return o == 3
mixed = {K(): 1}
t = 0
for v in [1, 2, 3, 4] * 1000:
    if v in mixed:
        t += 1
print(t)
d2 = {i: 0 for i in range(10)}
t = 0
for i in range(5000):
    if i in d2:
        t += 1
    if i == 2500:
        d2 = {"a": 1}
print(t)
t = 0
for x in [1, 2.0, "s", (1,), None] * 600:
    if x in d2:
        t += 1
print(t)
seen = set()
dups = 0
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] * 300 + ["a", "b", "a"] * 100:
    if x in seen:
        dups += 1
    seen.add(x)
print(dups, len(seen), sorted(seen, key=str)[:5])
fs = frozenset([1, 2])
try:
    for i in range(3000):
        if i in fs:
            dups += 1
        if i == 2999:
            fs.add(i)
except AttributeError as e:
    print("AttributeError:", e, dups)
odd = set()
for v in [1, 2.5, (1, 2), "k"] * 500:
    odd.add(v)
print(len(odd))
