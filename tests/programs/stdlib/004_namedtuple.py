from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
print(Point._fields, p._asdict(), p._replace(y=5), Point._make([3, 4]))
print(isinstance(p, tuple), type(p).__name__, Point)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3(a=5), P3._field_defaults)
Emp = namedtuple("Emp", "name, age")
e = Emp(name="bob", age=30)
print(e, sorted([Emp("z", 1), Emp("a", 2)]), max(Point(1, 5), Point(2, 0)))
print(Point(1, 2) < Point(1, 3), list(p), p + (3,), p * 2, p.count(1), p.index(2))
d = {p: "point"}
print(d[Point(1, 2)], d.get(Point(1, 2)))
R = namedtuple("R", "a _b def", rename=True)
print(R._fields)

class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y

v = Vec(3, 4)
print(v.norm2(), v, v.x)

def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

tr(lambda: Point(1))
tr(lambda: Point(1, 2, 3))
tr(lambda: Point(1, z=2))
tr(lambda: Point(1, x=2))
tr(lambda: Point._make([1]))
tr(lambda: p._replace(z=3))
tr(lambda: namedtuple("P", "x def"))
tr(lambda: namedtuple("P", "x x"))
tr(lambda: namedtuple("P", "x _y"))
tr(lambda: namedtuple("1P", "x"))
tr(lambda: namedtuple("P", "x", defaults=[1, 2]))
tr(lambda: setattr(p, "x", 3))
tr(lambda: P3())
for name, value in zip(Point._fields, p):
    print(name, "=", value)
