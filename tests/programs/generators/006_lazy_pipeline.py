# lazy pipelines: each stage pulls one item at a time
log = []
def source(n):
    for i in range(n):
        log.append(f"src{i}")
        yield i
def double(it):
    for x in it:
        log.append(f"dbl{x}")
        yield x * 2
def take(it, k):
    for i, x in enumerate(it):
        if i >= k:
            return
        yield x
result = list(take(double(source(100)), 3))
print(result)
print(log)
evens = (n for n in range(10 ** 12) if n % 2 == 0)
first = [next(evens) for _ in range(5)]
print(first)
