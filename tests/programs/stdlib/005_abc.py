import collections.abc
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Sized, Callable, Hashable, Container, Generator, Set, MutableSet, MutableSequence
from collections import abc, Counter, OrderedDict, deque

def gen():
    yield 1

print(isinstance([], Iterable), isinstance(5, Iterable), isinstance("s", Sequence), isinstance({}, Mapping))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(gen(), Generator), isinstance(gen(), Iterator))
print(isinstance(len, Callable), isinstance(3, Callable), isinstance([], Hashable), isinstance(3, Hashable))
print(isinstance({1}, Set), isinstance({1}, MutableSet), isinstance(frozenset(), MutableSet), isinstance([], MutableSequence))
print(isinstance((), MutableSequence), isinstance((), Sized), isinstance(range(3), Container), isinstance({}, MutableMapping))
print(collections.abc.Iterable is Iterable, abc.Mapping is Mapping, Iterable)

class Bag(Mapping):
    def __init__(self, data):
        self._d = dict(data)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

b = Bag({"x": 1, "y": 2})
print(isinstance(b, Mapping), "x" in b, "z" in b, b.get("y"), b.get("z", 0), sorted(b.keys()), sorted(b.items()), sorted(b.values()))
print(b == {"x": 1, "y": 2}, b == {"x": 1}, len(b), list(b))

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

s = Store()
s["a"] = 1
s.update({"b": 2}, c=3)
print(s.setdefault("a", 9), s.setdefault("d", 4), s.pop("b"), s.pop("zz", None), sorted(s.items()))
print(s.popitem(), len(s))
s.clear()
print(len(s))

class Seq(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n

q = Seq(5)
print(list(q), 9 in q, 10 in q, q.index(16), q.count(4), list(reversed(q)), isinstance(q, Iterable))

class It(Iterator):
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

print(list(It()), isinstance(It(), Iterable))
print(isinstance(Counter(), Mapping), isinstance(OrderedDict(), MutableMapping), isinstance(deque(), Iterable))
