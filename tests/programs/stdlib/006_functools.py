import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 3), p(2, d=7))
print(p.args, p.keywords, p.func is f)
p2 = partial(p, 9)
print(p2(), p2.args, p2.func is f)
print(repr(partial(max, 1, key=abs))[:30])

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=3)
def sq(x):
    print("computing", x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    sq(x)
print(sq.cache_info())

@lru_cache
def g(x, y=1):
    return x + y
print(g(1), g(1), g(1, y=1), g(1, 1), g.cache_info())
print(g.__name__, g.__wrapped__.__name__)

@cache
def h(n):
    return n * 2
print(h(3), h(3), h.cache_info())

class A:
    def __init__(self, v):
        self.v = v
    @lru_cache(maxsize=None)
    def double(self, k):
        return self.v * k
a = A(4)
print(a.double(3), a.double(3), A.double.cache_info())

def deco(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs) + 1
    return inner
@deco
def add(x, y):
    "Adds."
    return x + y
print(add(1, 2), add.__name__, add.__qualname__, add.__wrapped__ is not None)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), sorted([V(3), V(1), V(2)]))

@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(3) >= W(2))
try:
    @total_ordering
    class X:
        pass
except ValueError as e:
    print("ValueError:", e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(["b", "a"], key=cmp_to_key(lambda a, b: -cmp(a, b))))
print(max([1, 5, 3], key=cmp_to_key(cmp)))
class C:
    @functools.cached_property
    def val(self):
        print("computing val")
        return 42
c = C()
print(c.val, c.val)
print(sq.cache_parameters())
@lru_cache(maxsize=2, typed=True)
def t(x): return x
t(1); t(1.0); t(True)
print(t.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)
print(fib.__qualname__)
