# itertools: chain, takewhile, dropwhile, accumulate
from itertools import chain, takewhile, dropwhile, accumulate
print(list(chain([1, 2], "ab", range(2))), list(chain()), list(chain.from_iterable([[1], [2, 3], []])))
print(list(takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(takewhile(str.isalpha, "abc123def")), "".join(dropwhile(str.isspace, "   text  ")))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate("abc")))
