# arithmetic dunders and reflected versions
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return Vec(self.x + o, self.y + o)
    def __radd__(self, o):
        return Vec(o + self.x, o + self.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __rsub__(self, o):
        return Vec(o - self.x, o - self.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(10, 20)
print(a + b, a + 1, 1 + a, b - a, 5 - a)
print(a * 3, 3 * a, b / 4, b // 3, b % 3, -a)
print(sum([a, b, Vec(100, 100)]))
c = a
c += b
print(c, a, c is a)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
class NoAdd:
    pass
try:
    NoAdd() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + NoAdd()
except TypeError as e:
    print("TypeError:", e)
