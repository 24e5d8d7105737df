# iter and next
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
s = iter("ab")
print(next(s), list(s))
d = iter({"x": 1, "y": 2})
print(list(d))
r = iter(range(3))
print(iter(r) is r, list(r))
class Gen:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(iter(Gen())), [x for x in Gen()])
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
