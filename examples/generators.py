# Generators versus lists: laziness, infinite streams, and pipelines.
# Shows: yield, generator expressions, itertools.islice/count, sum over a generator.
import itertools


def squares_list(n):
    return [i * i for i in range(n)]


def squares_gen(n):
    for i in range(n):
        yield i * i


# the same values, but the generator never builds the whole list
print(sum(squares_list(1000)) == sum(squares_gen(1000)))

# range is lazy too: a huge range costs nothing until you iterate
huge = range(10**15)
print(huge[123456789], len(range(0, 10**15, 7)), 10**14 in huge)


def naturals():
    n = 1
    while True:
        yield n
        n += 1


def primes():
    for n in naturals():
        if n > 1 and all(n % d for d in range(2, int(n**0.5) + 1)):
            yield n


print("first 15 primes:", list(itertools.islice(primes(), 15)))

# a pipeline: each stage pulls one value at a time from the previous one
numbers = naturals()
odds = (n for n in numbers if n % 2)
cubes = (n**3 for n in odds)
small = itertools.takewhile(lambda c: c < 10_000, cubes)
print("odd cubes below 10000:", list(small))

# sum of a generator expression over a million numbers, without a list
print("sum of i*i for i < 10**6 =", sum(i * i for i in range(10**6)))


def running_mean(values):
    total = 0
    for count, v in enumerate(values, 1):
        total += v
        yield total / count


print([round(m, 3) for m in running_mean(itertools.islice(itertools.count(1, 3), 8))])
