# Objects of different classes reaching a loop compiled for one: a subclass, a class with
# the same attributes assigned in another order (another shape), a class with `__slots__`,
# one where the attribute is a property, and one whose `v` is a class attribute only.
class A:
    def __init__(self, x):
        self.x = x
        self.v = 1


class B(A):
    pass


class C:
    def __init__(self, x):
        self.v = 2
        self.x = x


class S:
    __slots__ = ("x", "v")

    def __init__(self, x):
        self.x = x
        self.v = 3


class P:
    def __init__(self, x):
        self.x = x

    @property
    def v(self):
        return self.x * 10


class K:
    v = 5

    def __init__(self, x):
        self.x = x


def total(objs):
    t = 0
    for o in objs:
        t += o.x * o.v
    return t


def bump(objs, n):
    for k in range(n):
        o = objs[k % len(objs)]
        o.x = o.x + o.v
    return [o.x for o in objs]


base = [A(k) for k in range(3000)]
print(total(base))
for extra in (B(7), C(7), S(7), P(7), K(7)):
    mixed = base + [extra] + base[:100]
    print(type(extra).__name__, total(mixed))
print(bump([A(0), A(1), A(2)], 9000))
print(bump([A(0), C(1), S(2), K(3)], 9000))
many = bump([A(0), A(1), A(2)] * 1000 + [P(0)], 9000)
print(len(many), sum(many), many[:4], many[-2:])
try:
    print(bump([A(0)] * 500 + [object()], 5000))
except AttributeError as e:
    print("AttributeError:", e)
