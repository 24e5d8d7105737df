# Instance attributes through shapes: in the middle of a hot loop some instances get a new
# attribute (another shape), another one's `__dict__` is used (dict mode). Compiled code
# checks the shape on every access; the interpreter takes over when it changed.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def run(n):
    p = Point(0.0, 1.0)
    q = Point(2.0, 3.0)
    total = 0.0
    for i in range(n):
        p.x += 0.25
        q.y -= 0.5
        total += p.x * q.y
        if i == 3000:
            p.tag = "moved"
        if i == 6000:
            q.__dict__["y"] = 100.0
        if i == 9000:
            del p.tag
    return p, q, total


p, q, total = run(12000)
print(p.x, p.y, q.x, q.y, total)
print(sorted(vars(p)), sorted(vars(q)))


class Slotted:
    __slots__ = ("v",)

    def __init__(self):
        self.v = 1


s = Slotted()
k = 0
for j in range(5000):
    s.v += j
print(s.v)
