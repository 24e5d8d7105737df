# next() with defaults, iter() on containers
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "again"))
e = iter("")
print(next(e, "empty"))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
g = (x * 2 for x in range(2))
print(next(g), next(g), next(g, -1))
try:
    next(iter([]))
except StopIteration as ex:
    print("StopIteration", repr(ex))
try:
    next([1, 2])
except TypeError as ex:
    print("TypeError:", ex)
it2 = iter(range(3))
print(list(it2), list(it2))
