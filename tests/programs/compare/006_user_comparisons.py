# rich comparison methods and their reflection
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, V) and self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return f"V({self.v})"
a, b = V(1), V(2)
print(a < b)
print(b > a)
print(a == V(1))
print(a != V(1))
print(a == 5)
print(sorted([V(3), V(1), V(2)]))
class NoCmp:
    pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print("TypeError:", e)
n = NoCmp()
print(n == n, n != n, n == NoCmp())
