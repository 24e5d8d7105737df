# type(), type(x).__name__, isinstance, issubclass for builtin values
values = [1, 1.0, "s", True, None, [1], (1,), {1: 1}, {1}, frozenset(), range(1), slice(1), len, print, lambda: 0, iter([]), (x for x in []), type]
for v in values:
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(type(1)) is type, type("") == str, type(None).__name__)
print(isinstance(1, (float, int)), isinstance("x", (list, tuple)), isinstance([], object))
print(issubclass(int, object), issubclass(list, (tuple, list)), issubclass(float, int))
def f():
    yield
print(type(f).__name__, type(f()).__name__, type(int).__name__)
