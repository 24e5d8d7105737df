# list, tuple, dict, set, frozenset constructors
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"a": 1}), list({3}))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(x for x in range(3)))
print(dict(), dict(a=1), dict([("k", "v")]), dict({"x": 1}), dict(zip("ab", "cd")))
print(sorted(set("mississippi")), set(), sorted(set([3, 1, 3])), sorted(frozenset("aab")))
print(set(range(3)) == {0, 1, 2}, frozenset([1, 2]) == {1, 2}, len(set([1, 1.0, True])))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    dict(5)
except TypeError as e:
    print("TypeError:", e)
l = [1, 2]
print(list(l) is l, tuple((1, 2)) == (1, 2))
