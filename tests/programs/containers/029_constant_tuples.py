# Tuple displays of constants are one shared constant, as CPython's compiler folds them;
# displays with any non-constant item build a new tuple each time.


def leaf():
    return (None, None)


def nested():
    return (1, "a", (2.5, None, ()), -0.0, True)


def built(x):
    return (x, None)


print(leaf() is leaf(), nested() is nested(), built(1) is built(1))
print(nested(), nested()[2] is nested()[2])
print(len(()), leaf() == (None, None), hash(leaf()) == hash((None, None)))

# Unpacking a display still assigns item by item.
a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = "x", (1, 2)
print(c, d)
e, (f, g) = 0, (1, 2)
print(e, f, g)

# Iterating, indexing and comparing constant tuples.
total = 0
for k in (1, 2, 3):
    total += k
print(total, (1, 2, 3)[1], (1, 2) < (1, 3), (1, 2) + (3,))

# A constant tuple in a hot loop and in a compiled function.
leaves = 0
for i in range(3000):
    t = (None, None)
    if t[0] is None:
        leaves += 1
print(leaves)


def count(t, n):
    if n == 0:
        return 1
    return count(t, n - 1) + count((None, None), n - 1)


print(count((None, None), 12))
