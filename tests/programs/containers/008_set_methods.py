# set methods (printed sorted)
s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s), len(s))
s.discard(10); s.discard(4)
print(sorted(s))
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))))
print({1, 2}.issubset(a), a.issuperset({1, 2}), a.issubset(b), {1}.issubset([1, 2]))
c = set()
c.update([1, 2], {3}); print(sorted(c))
x = c.pop()
print(x in {1, 2, 3}, len(c))
print(set(), type(set()).__name__, {1} == {1.0}, set("hello") == set("ohel"))
e = {5}
print(e.pop(), e)
try:
    e.pop()
except KeyError as ex:
    print("KeyError:", ex)
