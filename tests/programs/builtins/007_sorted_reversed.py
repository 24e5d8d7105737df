# sorted and reversed builtins
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({2: "a", 1: "b"}), sorted({3, 1}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), "".join(reversed("hello")))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
