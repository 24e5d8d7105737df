# Attribute loads in hot loops while the class changes under them: a property added,
# then removed, a `__setattr__` added, an instance's `__dict__` used, and instances of two
# classes with the same attribute names mixed in one list.


class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2


class Q:
    def __init__(self, x):
        self.x = x
        self.y = -x


def total(items):
    s = 0
    for p in items:
        s += p.x + p.y
    return s


ps = [P(i) for i in range(300)]
print(total(ps), total(ps))

# A property on the class now decides `.y`.
P.y = property(lambda self: 1000)
print(total(ps))
del P.y
print(total(ps))

# Same attribute names, another class, mixed in.
mixed = [P(i) if i % 3 else Q(i) for i in range(300)]
print(total(mixed), total(mixed))

# An unrelated class changes: the epoch moves, the answer for P stays.
class R:
    pass


for k in range(5):
    R.counter = k
    print(k, total(ps))


# `__setattr__` on the class: loads still read the instance's attributes.
def setattr_hook(self, name, value):
    object.__setattr__(self, name, value * 10)


P.__setattr__ = setattr_hook
for p in ps[:5]:
    p.x = 1
print(total(ps))
del P.__setattr__

# One instance's `__dict__` is used; the loop keeps going.
ps[150].__dict__["x"] = 5000
print(total(ps))

# A class attribute shadows nothing while the instance attribute is there.
P.x = 12345
print(total(ps))
