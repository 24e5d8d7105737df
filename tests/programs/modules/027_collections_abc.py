# collections.abc for isinstance checks
from collections.abc import Iterable, Sequence, Mapping, Callable, Iterator, Hashable, Sized, MutableMapping
import collections.abc
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance("s", Sequence), isinstance({}, Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Mapping), isinstance(len, Callable))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance((x for x in []), Iterator))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance(range(3), Sized))
class It:
    def __iter__(self):
        return iter([])
print(isinstance(It(), Iterable), isinstance(It(), collections.abc.Iterable))
def flatten(x):
    if isinstance(x, Iterable) and not isinstance(x, str):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, (2, [3, "abc"]), {4}])))
