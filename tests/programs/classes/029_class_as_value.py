# classes are values: passed, stored, called
class A:
    kind = "a"
class B:
    kind = "b"
factories = {"a": A, "b": B}
objs = [factories[k]() for k in "abba"]
print([type(o).__name__ for o in objs], [o.kind for o in objs])
def make(cls, n):
    return [cls() for _ in range(n)]
print(len(make(A, 3)), type(make(B, 1)[0]).__name__)
print(A.__name__, type(A).__name__, type(A()) is A, callable(A))
def make_class(base_kind):
    class Dyn:
        kind = base_kind
        def show(self):
            return "dyn " + self.kind
    return Dyn
D1, D2 = make_class("x"), make_class("y")
print(D1().show(), D2().show(), D1 is D2)
