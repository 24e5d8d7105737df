# Properties: `del obj.attr` runs the deleter; a missing getter, setter or deleter is an
# AttributeError that names the property only once `__set_name__` named it (a class body,
# `type(name, bases, dict)`, an explicit call, or a copy made by `.setter` of a named one;
# `.setter(None)` keeps the old setter),
# and the class by its qualified name. functools.cached_property and namedtuple fields too.
from collections import namedtuple
from functools import cached_property


def get(self):
    return 1


def put(self, v):
    print("put", v)


def drop(self):
    print("drop")


class P:
    full = property(get, put, drop)
    ro = property(get)
    wo = property(None, put)
    alias = ro

    @property
    def dec(self):
        return 2

    @dec.deleter
    def dec(self):
        print("dec deleter")


def attempt(obj, name):
    for what in ("get", "set", "del"):
        try:
            if what == "get":
                print(name, "get", getattr(obj, name))
            elif what == "set":
                setattr(obj, name, 5)
            else:
                delattr(obj, name)
        except AttributeError as e:
            print(name, what, "AttributeError:", e)


p = P()
for name in ("full", "ro", "wo", "alias", "dec"):
    attempt(p, name)

P.late = property(get)
P.copied = P.full.setter(None)
P.copied_ro = P.ro.deleter(drop)
P.blank = property()
for name in ("late", "copied", "copied_ro", "blank"):
    attempt(p, name)

named = property(get)
named.__set_name__(P, "given")
P.named = named
attempt(p, "named")

T = type("T", (), {"t": property(get)})
attempt(T(), "t")


class Sub(P):
    pass


attempt(Sub(), "ro")


class Outer:
    class Inner:
        x = property(get)


attempt(Outer.Inner(), "x")


class C:
    @cached_property
    def v(self):
        print("compute")
        return 3


c = C()
print(c.v, c.v)
del c.v
print(c.v)
del c.v
try:
    del c.v
except AttributeError as e:
    print("AttributeError:", e)

Pt = namedtuple("Pt", "x y")
attempt(Pt(1, 2), "x")
