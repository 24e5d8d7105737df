# set operators | & - ^ and comparisons, frozenset
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
c = set(a)
c |= {10}; print(sorted(c))
c &= {1, 10, 20}; print(sorted(c))
c -= {1}; print(sorted(c))
c ^= {10, 11}; print(sorted(c))
print(a < {1, 2, 3, 4}, a <= a, a < a, a > {1}, a == {3, 2, 1}, a != b)
f = frozenset([1, 2, 2, 3])
print(sorted(f), len(f), type(f).__name__, 2 in f)
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__)
d = {f: "frozen key"}
print(d[frozenset({3, 2, 1})])
print(frozenset(), set([]) == frozenset())
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
