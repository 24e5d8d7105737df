# print writes each separator and argument as soon as it is converted, as CPython: a
# `__str__` that prints comes after the earlier arguments, one that fails leaves them
# written, and a `file=` object's write() is called once per piece.
import io


class Loud:
    def __str__(self):
        print("(in __str__)")
        return "loud"


class Bad:
    def __str__(self):
        raise ValueError("no str")


class Parts:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


print("a", Loud(), "c")
w = Parts()
print(1, "x", 2.5, sep="--", end="!", file=w)
print(w.parts)
w = Parts()
try:
    print(1, Bad(), 3, file=w)
except ValueError as e:
    print("ValueError:", e, w.parts)
s = io.StringIO()
print(1, 2, file=s)
print(repr(s.getvalue()))
try:
    print(1, 2, Bad(), 4)
except ValueError as e:
    print("ValueError:", e)
print("x", file=None)
try:
    print("big", 10**5000)
except ValueError as e:
    print("ValueError:", str(e)[:40])
print(1, 2, sep="")
