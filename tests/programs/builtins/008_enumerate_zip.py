# enumerate and zip
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*["abc", "def"])))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(range(3), range(10, 13), "xyz")))
names = ["a", "b"]
scores = [90, 80]
for n, s in zip(names, scores):
    print(f"{n}:{s}")
e = enumerate("hi")
print(next(e), next(e), next(e, None))
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)])
