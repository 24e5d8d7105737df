import sys
def deco(f):
    def wrapper(*args, **kwargs):
        print("calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper

@deco
def add(a, b=2, *, c=3):
    return a + b + c

print(add(1), add(1, 5, c=10))

class Temp:
    count = 0
    __slots__ = ("_c",)
    def __init__(self, c):
        self._c = c
        Temp.count += 1
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    @classmethod
    def make(cls, c):
        return cls(c)
    @staticmethod
    def helper(x):
        return x * 2

t = Temp.make(100)
print(t.f, Temp.count, Temp.helper(4), t.helper(5))
t.f = 212
print(t._c)

class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"V({self.x!r}, {self.y!r})"
    def __len__(self): return 2
    def __iter__(self): return iter((self.x, self.y))
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)

print(V(1, 2) + V(3, 4), 3 * V(1, 1), V(1, 2) == V(1, 2), list(V(5, 6)), V(1, 2)[1], len(V(0, 0)))
print(sorted([V(3, 1), V(1, 2), V(2, 0)]), {V(1, 1): "a"}[V(1, 1)])

def g():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
    return "done"
it = g()
print(next(it), it.send("a"))
try:
    it.send("b")
except StopIteration as e:
    print("stop", e.value if hasattr(e, "value") else e.args)

class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    try:
        raise MyErr(5)
    except MyErr as e:
        print(e, e.code, repr(e), e.args)
        raise ValueError("wrapped") from e
except ValueError as e:
    print("outer", e, type(e.__cause__).__name__)

def fin():
    try:
        return "try"
    finally:
        print("finally runs")
print(fin())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
else:
    print("else")
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
print(first, rest, init, last)
a = [1, 2, 3, 4, 5]
a[1:3] = [9, 9, 9]
del a[::2]
print(a, a[::-1], "hello"[1:4], "hello"[::-2])
print({1, 2} | {3}, {1: 2, **{3: 4}}, [*range(3), *"ab"])
print(f"{3.14159:.2f} {42:>6} {'x':*^7} {1234567:,} {255:#x} {0.5:%}")
print("%5.2f|%-4d|%s|%r" % (3.14159, 42, "s", "r"))
print(int("ff", 16), float("1e3"), str(1.0), bool([]), divmod(-7, 2), round(2.5), round(3.5), round(2.675, 2))
print(isinstance(True, int), issubclass(bool, int), type(3).__name__, type(t).__name__)
x = 10
def outer():
    global x
    x = 20
outer()
print(x)
print(max([1, 5, 3], key=lambda v: -v), min("bca"), sum([1.5, 2.5]), any([]), all([]))
print(list(zip([1, 2], "ab")), list(enumerate("xy", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
