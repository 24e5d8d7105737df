# callable, getattr/setattr/hasattr, vars
class A:
    x = 1
    def m(self):
        return "m"
a = A()
print(callable(a), callable(A), callable(a.m), callable(len), callable("s"), callable(None), callable(lambda: 1))
print(getattr(a, "x"), getattr(a, "m")(), getattr(a, "nope", 42), hasattr(a, "m"), hasattr(a, "nope"))
setattr(a, "y", [1])
print(a.y, vars(a), getattr("abc", "upper")(), hasattr([], "append"), hasattr(1, "nope"))
setattr(A, "z", "class-level")
print(a.z, A.z)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
