# list operators: + * += *= in, ==, indexing
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([0] * 3, [[0] * 2] * 2, [1, 2] * 0, 2 * ["x"])
m = [[0] * 2] * 2
m[0][0] = 9
print(m)
c = [1]
c *= 3
print(c, c[-1], c[len(c) - 1], len([[], []]))
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, 2, 3][3])
except IndexError as e:
    print("IndexError:", e)
try:
    [1][1] = 0
except IndexError as e:
    print("IndexError:", e)
key = "a"
try:
    [1][key]
except TypeError as e:
    print("TypeError:", e)
d = [1, 2]
d += (3, 4)
d += "ab"
print(d)
