# containers use repr() of their elements
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __str__(self):
        return f"point {self.x}"
ps = [P(1), P("a")]
print(ps)
print(ps[0], str(ps[1]))
print((P(2),), {"k": P(None)}, {P(3): 1})
print(f"{ps[0]} {ps[0]!r} {ps}")
print([1.0, "s", None, True, "b"])
print(str(["a"]), repr(["a"]), str("a"))
