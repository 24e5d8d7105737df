# __repr__ and __str__
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only str"
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
r, b = OnlyRepr(), Both()
print(r, str(r), repr(r), [r])
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(str(OnlyStr()), [str(OnlyStr())])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
print(Point(1, "a"), [Point(0.5, None)])
