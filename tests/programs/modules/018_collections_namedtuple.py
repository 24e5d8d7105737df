# collections.namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), isinstance(p, tuple))
q = p._replace(x=10)
print(q, p, dict(zip(["x", "y"], q)))
Person = namedtuple("Person", "name age city")
people = [Person("ann", 30, "Oslo"), Person("bob", 25, "Rome")]
print(sorted(people, key=lambda pp: pp.age))
print(Person(name="cy", city="Paris", age=3))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print({p: "hashable"}[Point(1, 2)], max(people).name)
