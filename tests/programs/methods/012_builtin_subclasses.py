"""Slot wrappers of list/tuple/dict and subclasses of list, dict, tuple, str, int and float calling super()."""

l = [3, 1, 2]
print(l.__len__(), l.__getitem__(0), l.__getitem__(slice(1, None)), l.__contains__(2), l.__contains__(9))
l.__setitem__(0, 10); print(l)
l.__setitem__(slice(0, 2), [7, 8, 9]); print(l)
l.__delitem__(0); print(l)
l.__delitem__(slice(None, None, 2)); print(l)
print(list(l.__iter__()), list(l.__reversed__()))
print(l.__add__([1]), l.__mul__(2), l.__rmul__(2), l.__eq__([9]), l.__lt__([10]), l.__eq__((9,)))
m = [1]
r = m.__iadd__((2, 3)); print(r is m, m)
r = m.__imul__(2); print(r is m, m)
t = (1, 2, 3)
print(t.__len__(), t.__getitem__(-1), t.__getitem__(slice(0, 2)), t.__contains__(2), list(t.__iter__()))
print(t.__add__((4,)), t.__mul__(2), t.__eq__((1, 2, 3)), t.__lt__((1, 2, 4)), t.__eq__([1, 2, 3]))
d = {"a": 1, "b": 2}
print(d.__len__(), list(d.__iter__()), d.__getitem__("a"), d.__contains__("b"))
d.__setitem__("c", 3); d.__delitem__("a"); print(d)
print(d.__eq__({"b": 2, "c": 3}), d.__ne__({}), d.__or__({"z": 0}), d.__ror__({"z": 0}))
d2 = d.__ior__([("q", 5)]); print(d2 is d, d)
try:
    d.__delitem__("nope")
except KeyError as e:
    print("KeyError", e)
try:
    l.__getitem__(99)
except IndexError as e:
    print("IndexError", e)

class MyList(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)
    def __len__(self):
        return super().__len__() + 100
    def __contains__(self, x):
        return super().__contains__(x) or x == "magic"
ml = MyList([1, 2, 3])
print(ml[0], ml[1:], "magic" in ml, 2 in ml, len(ml))
ml[0] = 5
print(ml, list.__len__(ml), ml.__len__())
ml.append(4)
print(list(ml), sorted(ml), ml + [0], type(ml + [0]).__name__)
ml += [6]
print(type(ml).__name__, list(ml))
ml *= 2
print(type(ml).__name__, list(ml))
print(list(reversed(ml)))
print(ml == [50, 2, 3, 4, 6, 50, 2, 3, 4, 6])
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
st = Stack()
st.push(1); st.push(2)
print(st.peek(), len(st), bool(st), bool(Stack()), st)
for x in st:
    print("item", x)

class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __delitem__(self, k):
        super().__delitem__(k.lower())
md = MyDict()
md["A"] = 1
md["b"] = 2
print(md["a"], md["B"], len(md), list(md), "a" in md, md)
del md["A"]
print(md, list(md.keys()), list(md.items()))
class Default(dict):
    def __missing__(self, k):
        return k * 2
dd = Default(x=1)
print(dd["x"], dd["yy"], dd.get("yy"), "yy" in dd, len(dd))
class Counter2(dict):
    def __missing__(self, k):
        return 0
c = Counter2()
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()))
for k in Counter2(a=1, b=2):
    print("key", k)
class MyTuple(tuple):
    def first(self):
        return self[0]
mt = MyTuple([4, 5, 6])
print(mt.first(), mt[1:], len(mt), 5 in mt, list(mt), mt + (7,), mt == (4, 5, 6))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hey there")
print(s.shout(), s.split(), s.title(), s[0], len(s), s + "x", "he" in s, s.find("t"), s.startswith("hey"))
print("-".join([MyStr("a"), "b"]), MyStr("x") * 3, s == "hey there", sorted([MyStr("b"), "a"]))
class MyInt(int):
    pass
a = MyInt(5)
print(a + 1, 1 + a, a * a, -a, ~a, abs(MyInt(-3)), a < 7, a == 5, a // 2, a % 3, a ** 2, divmod(a, 2), a & 4, a << 1)
print(int(a), float(a), a.bit_length(), hash(a) == hash(5), [0, 1, 2, 3, 4, 5, 6][a], str(a), repr(a))
class MyFloat(float):
    pass
f = MyFloat(2.5)
print(f + 1, 2 * f, f < 3, -f, abs(MyFloat(-1.5)), round(f), int(f), f.is_integer(), f.hex(), f.as_integer_ratio())
