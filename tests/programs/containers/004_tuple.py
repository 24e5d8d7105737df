# tuples: packing, indexing, methods, immutability, concatenation
t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((1,), (), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t.count(1), t.index(3.0), (1, 2) + (3,), (0,) * 3, 2 * (1, 2))
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
a, b = (1, 2)
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
u = 1, 
print(u, type(u).__name__)
print(tuple(x * x for x in range(4)))
