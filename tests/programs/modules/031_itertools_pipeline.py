# itertools pipelines: running totals, grouping-free windows, pairwise via zip
from itertools import accumulate, islice, count, chain, takewhile
squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 200, squares)))
print(list(accumulate(range(1, 11))))
print(list(islice(accumulate(count(1)), 10)))
data = [3, 8, 2, 9, 4]
print(list(zip(data, data[1:])), [b - a for a, b in zip(data, data[1:])])
flat = list(chain.from_iterable([[i] * i for i in range(4)]))
print(flat)
