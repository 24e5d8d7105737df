# itertools: count, cycle, repeat, islice
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([1, 2]), 5)))
print(list(repeat("x", 3)), list(islice(repeat(7), 4)), list(repeat(1, 0)))
print(list(map(pow, range(5), repeat(2))))
print(list(islice("abcdefgh", 2, 6)), list(islice(range(100), 0, 20, 7)), list(islice([1, 2, 3], None)))
c = count(3)
print(next(c), next(c), next(c))
for i, ch in zip(count(1), "xyz"):
    print(i, ch)
