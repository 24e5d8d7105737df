# Inlined calls are not frames, but the recursion limit must still hold: a hot loop whose
# inlined callees would pass the limit at this depth raises RecursionError as in the
# interpreter, while the same loop higher up the stack runs (compiled).
import sys

sys.setrecursionlimit(50)


def f(x):
    return x + 1


def g(x):
    return f(x) * 2


def deep(n):
    if n > 0:
        return deep(n - 1)
    t = 0
    for i in range(3000):
        t += g(i)
    return t


print(deep(5))
for n in (30, 48, 60):
    try:
        print(n, deep(n))
    except RecursionError as e:
        print(n, type(e).__name__)
print(deep(10))
