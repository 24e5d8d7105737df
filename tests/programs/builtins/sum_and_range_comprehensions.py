# sum() of lists and tuples (read in place) and comprehensions over ranges (counted): mixed
# numbers, big ints, an __add__ that grows the list being summed, negative and empty steps,
# ranges ending near the int64 limit, nested clauses with tests.
class Grow:
    def __init__(self, target):
        self.target = target

    def __radd__(self, other):
        if len(self.target) < 6:
            self.target.append(1)
        return other + 100


print(sum([1, 2, 3]), sum((1.5, 2, True)), sum([2**62, 2**62, 2**62]), sum([], 7), sum((), 0.5))
xs = [1, 2]
xs.append(Grow(xs))
print(sum(xs), len(xs))
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
print([i for i in range(10, 0, -3)], [i for i in range(5, 5)], [i for i in range(3, 0)])
big = 2**63 - 1
print([i - big for i in range(big - 3, big)], [i - big for i in range(big - 5, big, 2)])
print(len([i for i in range(-2**63, -2**63 + 4)]))
print([(i, j) for i in range(4) if i % 2 == 0 for j in range(i, 6, 2) if j != 2])
print({i % 3 for i in range(10)}, {i: i * i for i in range(0, 10, 4)})
print([x for x in range(3)])
