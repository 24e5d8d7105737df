# len, abs, sum
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(5)), len(""), len(frozenset([1])))
print(abs(-3), abs(3), abs(-3.5), abs(0), abs(-0.0), abs(True), abs(-10 ** 20))
print(sum([1, 2, 3]), sum([]), sum([1.5, 2.5]), sum(range(10), 100), sum([[1], [2]], []))
print(sum([0.1] * 10), sum((1, 2, 3.0)), sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
