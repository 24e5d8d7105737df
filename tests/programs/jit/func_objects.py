# Compiled functions passing objects: tuples built and unpacked, None tested with `is`,
# strings and lists passed through untouched, and bails (a wrong length, a zero divisor,
# the recursion limit) in the middle of building tuples: each reruns in the interpreter.


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def tagged(n, label):
    # A tuple of an int, a float, a bool and an object.
    return (n, n / 2, n % 2 == 0, label)


def first(pair):
    a, b = pair
    return a


def swap(pair):
    a, b = pair
    return (b, a)


def same(a, b):
    return a is b


def differ(a, b):
    return a is not b


def pick(flag, a, b):
    return a if flag else b


def split_at(t, k, d):
    # `x` is held while `k // d` runs: a zero divisor bails, releasing it.
    x, y = t
    return (x, (y, k // d))


total = 0
for i in range(300):
    total += check_tree(make_tree(i % 7))
print("trees", total)

labels = ["zero", "one", "two"]
rows = []
for i in range(200):
    rows.append(tagged(i, labels[i % 3]))
print(rows[0], rows[1], rows[199])

pairs = [("a", "b"), (None, "c"), ([1, 2], (3,))]
for i in range(100):
    p = pairs[i % 3]
    s = swap(p)
    if i >= 97:
        print(s, first(s), same(first(p), p[0]), differ(p[0], None))

shared = "x"
hits = 0
for i in range(100):
    if same(shared, pick(i % 2 == 0, shared, "y")):
        hits += 1
print("hits", hits)

# A list is not a tuple: the compiled unpack bails and the interpreter unpacks it.
print(first([7, 8]), first(("p", "q")))

# Wrong lengths: the interpreter's ValueError, caught.
for t in [("a", "b", "c"), ("a",)]:
    try:
        first(t)
    except ValueError as e:
        print("ValueError:", e)

# A zero divisor after a tuple was unpacked: the bail releases it, the interpreter raises.
for i in range(50):
    r = split_at(("k", "v"), 100, i % 5 + 1)
print(r)
try:
    split_at(("k", "v"), 100, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def deep(n):
    if n == 0:
        return (None, "bottom")
    return (deep(n - 1), n)


def depth(t):
    inner, n = t
    if inner is None:
        return 0
    return 1 + depth(inner)


print(depth(deep(50)), depth(deep(400)))
try:
    deep(100000)
except RecursionError:
    print("RecursionError")
print(depth(deep(30)))


# Unpacking a local into itself: the tuple dies at the store, its items live on.
def last_of(node):
    node, rest = node
    if rest is None:
        return node
    return last_of(rest)


chain = None
for word in ["alpha", "beta", "gamma", "delta"] * 50:
    chain = (word + str(len(word)), chain)
print([last_of(chain) for _ in range(300)][-1], last_of(("solo", None)))
