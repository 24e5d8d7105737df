# Generator expressions run without a coroutine (runtime/src/generator/clauses.rs): nested
# clauses and tests, laziness, errors inside (caught and after), send/close, re-entry.
def squares(xs):
    for x in xs:
        if x % 2:
            yield x * x

print(list(squares(range(10))))
print(sum(x * y for x in range(5) for y in range(x) if (x + y) % 2))
print([(a, b) for a, b in zip((c for c in "abc"), (d for d in range(3)))])
g = (x for x in range(3))
print(next(g), list(g), list(g))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)))
def boom(x):
    if x == 3:
        raise ValueError("three")
    return x
try:
    print(sum(boom(x) for x in range(5)))
except ValueError as e:
    print("caught", e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("zde", e)
print(list(g))
def stop():
    raise StopIteration
try:
    list(stop() for x in [1])
except RuntimeError as e:
    print("RuntimeError", e)
g = (x for x in range(3))
print(g.send(None), next(g))
g.close()
print(list(g))
gen = (x for x in range(3))
def again(v):
    return next(gen)
gen2 = (again(x) for x in range(2))
print(list(gen2))
h = None
h = (next(h) for x in range(2))
try:
    next(h)
except ValueError as e:
    print("ValueError", e)
print(type((x for x in [])).__name__, max((len(w) for w in ["a", "bbb"]), default=0))
print(sorted((y for y in [3, 1, 2]), reverse=True), "".join(c.upper() for c in "hi"))
nested = ((i, j) for i in range(3) if i for j in range(i) if j < 2)
print(list(nested))
print(sum(1 for _ in range(100000)))
