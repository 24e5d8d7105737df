# any and all
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("") , all(""), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(any([None, False, 0.0, "", ()]), all(["a", 1, [0]]), any({0: "a"}), all({1: 0}))
seen = []
def check(x):
    seen.append(x)
    return x
print(any(check(x) for x in [0, 0, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [1, 0, 3]), seen)
