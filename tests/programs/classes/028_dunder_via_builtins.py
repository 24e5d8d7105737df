# builtins that dispatch to dunders: len, str, repr, abs-free, bool, iter, in, hash
class Box:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        print("contains called")
        return x in self.items
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return isinstance(o, Box) and self.items == o.items
b = Box(3, 1, 2)
print(len(b), sorted(b), list(b), max(b), 2 in b, bool(Box()), bool(b))
print(hash(b) == 7, {b: "v"}[Box(3, 1, 2)], list(enumerate(b)), dict(zip(b, "abc")))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(NoLen())
except TypeError as e:
    print("TypeError:", e)
