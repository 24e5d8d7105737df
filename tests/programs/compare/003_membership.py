# in / not in over every container
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("b" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc")
print(1 in (1, 2), 1 in {1: "a"}, "a" in {1: "a"}, 3 in {1, 2, 3})
print(1 in frozenset([1]), 5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(10))
print(1.0 in [1, 2], True in [1], 1 in [True], 0 in [False])
print([1] in [[1], [2]], (1, 2) in [(1, 2)], (1, 2) in {(1, 2): 0})
print("x" in [], "x" in "", None in [None])
d = {"k": 1}
print("k" in d.keys(), 1 in d.values(), ("k", 1) in d.items())
print(10 ** 20 in range(10 ** 21), 10 ** 21 in range(10 ** 21))
nan = float("nan")
xs = [nan]
print(nan in xs)  # a fresh float("nan") in xs is False in CPython (identity); hyper has no float identity
