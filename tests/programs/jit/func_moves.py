# A compiled function's `return` moves an object local it reads once into what consumes
# it (a call, a tuple, the result) instead of taking a new reference; locals read twice,
# in both arms of a conditional, or by `is` keep theirs. Bails after the move (a division
# by zero, the recursion limit) must release everything once.


def size(t):
    if t is None:
        return 0
    a, b = t
    return 1 + size(a) + size(b)


def wrap(t, n):
    if n == 0:
        return t
    return wrap((t, None), n - 1)


def twice(t):
    return (t, t)


def pick(t, u, flag):
    return t if flag else u


def same(t, u):
    return (t is u, t)


def divide_after_move(t, n):
    return (t, 10 // n)


def deep(t, n):
    if n == 0:
        return t
    return deep((t, n), n - 1)


tree = None
for i in range(200):
    tree = wrap(tree, 3)
    tree = (tree, tree)
    if i % 8 == 0:
        tree = None
print(size(tree))
x = ("x", None)
for i in range(300):
    y = twice(x)
    z = pick(x, y, i % 2 == 0)
    s = same(x, x)
print(y[0] is x, y[1] is x, z is x or z is y, s[0], s[1] is x)
total = 0
for i in range(400):
    try:
        r = divide_after_move(("v", i), i % 7)
        total += r[1]
    except ZeroDivisionError:
        total -= 1
print(total)
try:
    print(deep(None, 100000))
except RecursionError:
    print("RecursionError")
print(len(deep(None, 50)))
