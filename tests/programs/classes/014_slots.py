# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    __slots__ = ["a"]
q = Q()
try:
    print(q.a)
except AttributeError as e:
    print("AttributeError:", e)
q.a = "set"
print(q.a)
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z)
