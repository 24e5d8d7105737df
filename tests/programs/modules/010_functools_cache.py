# functools.cache and lru_cache with cache_info
import functools
from functools import lru_cache, cache
calls = 0
@cache
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), calls)
print(fib(50), calls)
@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    print(square(v))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
@functools.lru_cache(maxsize=None)
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(18, 18), paths.cache_info())
@lru_cache
def plain(x):
    return -x
print(plain(3), plain(3), plain.cache_info())
