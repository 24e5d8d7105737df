"""set mutation methods (add, remove, pop, update, *_update), copies, set subclasses and in-place operators."""

s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s))
s.discard(10); s.discard(4)
print(sorted(s))
s.remove(3)
print(sorted(s))
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    s.remove((1, 2))
except KeyError as e:
    print("KeyError", e)
t = set()
try:
    t.pop()
except KeyError as e:
    print("KeyError", e)
x = {5}
print(x.pop(), x)
s = {1, 2, 3}
s.update([4], (5, 6), {7}, "ab")
print(sorted(map(str, s)))
s = {1, 2, 3, 4}
s.intersection_update([1, 2, 3], {2, 3, 9})
print(sorted(s))
s = {1, 2, 3, 4}
s.difference_update([1], {2})
print(sorted(s))
s = {1, 2, 3}
s.symmetric_difference_update([3, 4, 4])
print(sorted(s))
s.symmetric_difference_update(s)
print(s)
s = {1, 2}
s.update(s)
print(sorted(s))
s.clear()
print(s, len(s))
c = {1, 2}
d = c.copy()
d.add(3)
print(sorted(c), sorted(d))
f = frozenset([1, 2])
print(f.copy() is f)
class S(set):
    pass
ss = S([1, 2])
ss.add(3)
print(sorted(ss), type(ss.union([9])).__name__, type(ss | {9}).__name__, len(ss), 2 in ss)
ss |= {10}
print(type(ss).__name__, sorted(ss))
ss -= {1}
print(sorted(ss))
ss &= {2, 3, 10, 11}
print(sorted(ss))
ss ^= {2, 99}
print(sorted(ss))
print(ss == {3, 10, 99}, ss <= {3, 10, 99, 100})
for name in ["add", "discard", "remove", "pop", "clear", "update", "intersection_update", "difference_update", "symmetric_difference_update"]:
    print(name, hasattr(frozenset(), name), hasattr(set(), name))
try:
    {1}.add([])
except TypeError as e:
    print(e)
print(sorted({1, 2} | {3}), sorted({1, 2} & {2}), sorted({1, 2} - {2}), sorted({1, 2} ^ {2, 3}))
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
ks = {Key(1), Key(2)}
ks.discard(Key(1))
print([k.v for k in ks], Key(2) in ks, ks.issuperset([Key(2)]))
