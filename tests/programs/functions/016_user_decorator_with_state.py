# a memoizing decorator written by the program
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    def size():
        return len(cache)
    return wrapper, size
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib, fib_size = memo(fib)
print(fib(80), fib_size())
def memo1(fn):
    return memo(fn)[0]
@memo1
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16))
def timed_label(label):
    def deco(fn):
        def wrapper(*a, **k):
            result = fn(*a, **k)
            print(f"[{label}] {fn.__name__}{a} -> {result}")
            return result
        return wrapper
    return deco
@timed_label("calc")
def mul(a, b):
    return a * b
mul(6, 7)
