# One call site sees receivers of several types (the interpreter's method cache refills on
# a new type), subclasses that override a builtin method, and str() of many kinds.
class MyList(list):
    def append(self, x):
        super().append(x * 10)


def add_all(target, items):
    for x in items:
        target.append(x)
    return target


print(add_all([], range(5)))
print(add_all(MyList(), range(5)))
print(add_all([], "abc"))


def count_of(seq, x):
    return seq.count(x)


for seq in ([1, 2, 1], (1, 1, 1), "banana", [1.0, 1, True]):
    print(type(seq).__name__, count_of(seq, 1) if not isinstance(seq, str) else count_of(seq, "a"))


def upper_all(words):
    return [w.upper() for w in words]


print(upper_all(["ab", "Cd"]))
try:
    upper_all(["ok", 5])
except AttributeError as e:
    print("AttributeError:", e)


class Loud:
    def __str__(self):
        return "LOUD"


class Name(str):
    def __str__(self):
        return "name:" + self


for v in [7, -3, 2**70, 1.5, True, None, "s", Loud(), Name("x"), [1, "a"], (1,), {"k": 2}]:
    print(str(v), type(str(v)).__name__)

x = "a"
y = "ab"[0]
z = str(7)
print(x is y, len(z))
parts = []
for i in range(1000):
    parts.append(str(i % 10))
print("".join(parts[:25]), len(parts))
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
for args, kw in [((1, 2, 3, 4), {}), ((1, "ascii"), {}), ((5,), {"encoding": "utf-8"}), ((), {"x": 1}), (("a", "b", "c"), {}), ((), {"object": 5})]:
    try:
        print(repr(str(*args, **kw)))
    except TypeError as e:
        print("TypeError:", e)
for args, kw in [((), {"encoding": "utf-8"}), ((1,), {"object": 2}), (("x",), {"errors": "strict"})]:
    try:
        print(repr(str(*args, **kw)))
    except TypeError as e:
        print("TypeError:", e)
