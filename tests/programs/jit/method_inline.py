# Methods called in hot loops, inlined by the JIT: the method replaced on the class, shadowed
# by an instance attribute, overridden in a subclass mixed into the list, defaults, a method
# calling a function, returning an object, raising, mutating `self` (left to the interpreter),
# static and class methods, and a missing method at iteration 2500.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k=2):
        return self.x * k

    def norm2(self):
        return square(self.x) + square(self.y)

    def me(self):
        return self

    def ratio(self):
        return self.x / self.y

    def bump(self):
        self.x += 1
        return self.x

    @staticmethod
    def twice(v):
        return 2 * v

    @classmethod
    def tag(cls):
        return len(cls.__name__)


class Vec3(Vec):
    def scaled(self, k=3):
        return self.x * k + 1


def square(v):
    return v * v


vs = [Vec(i, i + 1) for i in range(3000)]
origin = Vec(1, 2)
total = 0
for v in vs:
    total += v.dot(origin) + v.scaled() + v.scaled(5) + v.norm2()
print(total)

total = 0
for i, v in enumerate(vs):
    if i == 2000:
        Vec.scaled = lambda self, k=10: -self.x
    total += v.scaled()
print(total)
del Vec.scaled
Vec.scaled = lambda self, k=2: self.x * k

total = 0
for i in range(3000):
    v = vs[i]
    if i == 1500:
        v.scaled = lambda k=0: 1000000
    total += v.scaled()
print(total)

mixed = [Vec(i, 1) if i % 7 else Vec3(i, 1) for i in range(3000)]
total = 0
for v in mixed:
    total += v.scaled()
print(total)

total = 0.0
for v in vs:
    total += v.me().x + v.ratio()
print(total)

try:
    total = 0.0
    for i in range(3000):
        w = Vec(i, 1000 - i)
        total += w.ratio()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, i, total)

counter = Vec(0, 0)
total = 0
for i in range(3000):
    total += counter.bump()
print(total, counter.x)

total = 0
for v in vs:
    total += v.twice(v.x) + v.tag()
print(total)

odd = [Vec(i, 1) for i in range(3000)]
odd[2500] = 7
try:
    total = 0
    for v in odd:
        total += v.dot(origin)
except AttributeError as e:
    print("AttributeError", e, total)


class Chain:
    def __init__(self, n):
        self.n = n

    def down(self, k):
        if k == 0:
            return self.n
        return self.down(k - 1) + 1


c = Chain(5)
total = 0
for i in range(2000):
    total += c.down(i % 12)
print(total)


def deep(n):
    return deep(n - 1) if n else 0


class Recurse:
    def go(self, n):
        return self.go(n - 1) if n else 0


r = Recurse()
try:
    for i in range(3000):
        r.go(i)
except RecursionError as e:
    print("RecursionError", i)


class P:
    def __init__(self, x):
        self.x = x

    def sq(self):
        return self.x * self.x

    def quad(self):
        return self.sq() * self.sq() + square(self.x) + self.half()

    def half(self):
        return self.x / 2


class Q(P):
    def sq(self):
        return -self.x


ps = [P(i) if i % 5 else Q(i) for i in range(3000)]
total = 0.0
for p in ps:
    total += p.quad()
print(total)
P.half = lambda self: 0.5
total = 0.0
for p in ps:
    total += p.quad()
print(total)
