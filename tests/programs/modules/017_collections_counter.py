# collections.Counter
from collections import Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], c.most_common(2), c.most_common()[-1])
words = Counter("the quick the lazy the dog".split())
print(words.most_common(1), sorted(words.items()), len(words))
c.update("aaz")
print(c["a"], c["z"])
c2 = Counter(a=3, b=1)
print(c2 + Counter(a=1, c=2), c2 - Counter(a=1, b=5))
print(sum(c2.values()), list(c2.elements()), dict(c2))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(), Counter())
c3 = Counter({"x": 2})
c3["y"] += 1
print(c3, c3 == Counter(x=2, y=1))
