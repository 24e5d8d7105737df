# Methods inlined into the loop: the receiver's class and shape are guarded (one
# attr_items check, shared with the attribute loads) and the class epoch once, hoisted.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm2(self):
        return self.dot(self)


def total(vs, origin):
    s = 0.0
    for v in vs:
        s += v.dot(origin) + v.norm2()
    return s


print(total([Vec(i * 0.5, 1.0) for i in range(100)], Vec(1.0, 2.0)))
