# The recursion limit counts the module's frame, as CPython's does: the deepest call that
# succeeds is limit - 2 levels below the module.
import sys
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
for lim in (50, 100, 1000):
    sys.setrecursionlimit(lim)
    ok = 0
    for n in range(lim - 5, lim + 2):
        try:
            f(n)
            ok = n
        except RecursionError:
            pass
    print(lim, ok)
