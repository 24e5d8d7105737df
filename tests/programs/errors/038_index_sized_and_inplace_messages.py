# Error messages around big-int indexes and augmented assignment: an int beyond 64 bits as
# a sequence index is IndexError "cannot fit 'int' into an index-sized integer" (before any
# range check), list.pop/insert say OverflowError; `x op= y` without support names `op=`.
import collections


def show(f):
    try:
        print(f())
    except (IndexError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)


for big in (2**63, 2**64, -(2**63) - 1, -(2**100)):
    xs = [1, 2, 3]
    show(lambda: xs[big])
    show(lambda: xs.__setitem__(big, 0))
    show(lambda: xs.__delitem__(big))
    show(lambda: (1, 2)[big])
    show(lambda: "ab"[big])
    show(lambda: collections.deque([1])[big])
    show(lambda: xs.pop(big))
    show(lambda: xs.insert(big, 0))
    print(xs)
show(lambda: [1, 2, 3][2**63 - 1])
show(lambda: [1, 2, 3][-(2**63)])


def aug(op, a, b):
    x = a
    try:
        if op == "+":
            x += b
        elif op == "-":
            x -= b
        elif op == "*":
            x *= b
        elif op == "**":
            x **= b
        elif op == "//":
            x //= b
        elif op == "<<":
            x <<= b
        elif op == "|":
            x |= b
        elif op == "@":
            x @= b
        print(op, repr(x))
    except TypeError as e:
        print(op, "TypeError:", e)


for op in ("+", "-", "*", "**", "//", "<<", "|", "@"):
    for a, b in ((1, None), ("s", 1), ([1], 1), ((1,), 1), ({1}, 1), (1.5, "a"), (2**70, None)):
        aug(op, a, b)


class A:
    pass


a = A()
try:
    a += 1
except TypeError as e:
    print("TypeError:", e)
try:
    a ** None
except TypeError as e:
    print("TypeError:", e)
