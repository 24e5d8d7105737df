# Memoized Fibonacci: a dict cache by hand, then functools.cache and lru_cache.
# Shows: dicts as caches, decorators from the standard library, cache statistics.
import functools

cache = {}


def fib_dict(n):
    if n in cache:
        return cache[n]
    result = n if n < 2 else fib_dict(n - 1) + fib_dict(n - 2)
    cache[n] = result
    return result


@functools.cache
def fib_cached(n):
    return n if n < 2 else fib_cached(n - 1) + fib_cached(n - 2)


@functools.lru_cache(maxsize=64)
def fib_lru(n):
    return n if n < 2 else fib_lru(n - 1) + fib_lru(n - 2)


print("fib_dict(300)   =", fib_dict(300))
print("cache entries   =", len(cache))
print("fib_cached(300) =", fib_cached(300))
print("same result     =", fib_dict(300) == fib_cached(300))
for n in range(0, 400, 50):
    fib_lru(n)
print("fib_lru(399)    =", fib_lru(399))
print(fib_lru.cache_info())
