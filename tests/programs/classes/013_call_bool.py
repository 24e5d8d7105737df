# __call__ and __bool__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + self.n + y
add5 = Adder(5)
print(add5(1), add5(1, y=10), callable(add5), callable(Adder), list(map(add5, [1, 2])))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print(bool(Flag(True)), bool(Flag(False)), [f.on for f in [Flag(True), Flag(False)] if f])
print("yes" if Flag(False) else "no", Flag(False) or "fallback", not Flag(True))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
