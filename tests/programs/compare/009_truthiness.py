# truthiness of every kind of value, with __bool__ and __len__
values = [0, 1, -1, 0.0, 0.1, -0.0, "", " ", "0", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, frozenset(), None, True, False, range(0), range(1), 10 ** 30]
print([bool(v) for v in values])
class B:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class L:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(B(True)), bool(B(False)), bool(L()), bool(Both()), bool(Plain()))
if L():
    print("L truthy")
else:
    print("L falsy")
print(B(False) or "fallback", not B(True))
x = [B(False), B(True)]
print([i for i, o in enumerate(x) if o])
print(float("nan") and "nan is true")
