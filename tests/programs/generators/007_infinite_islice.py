# infinite generators with itertools.islice
from itertools import islice, count
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(naturals(), 5)))
print(list(islice(fib(), 15)))
print(list(islice(fib(), 100, 102)))
print(list(islice(naturals(), 2, 20, 5)))
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(islice(primes(), 20)))
squares = (x * x for x in naturals())
print(next(squares), next(squares), list(islice(squares, 3)))
