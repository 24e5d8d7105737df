# argument-count and keyword errors, caught
def f(x):
    return x
def g(a, b, c=1):
    return a
zero = lambda: 0
def h(*, k):
    return k
tests = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: g(1),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, 2, d=5),
    lambda: h(),
    lambda: h(1),
    lambda: f(1, x=2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: zero(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
