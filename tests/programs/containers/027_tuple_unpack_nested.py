# nested unpacking targets
pairs = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in pairs:
    print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
[a, [b, [c]]] = [1, [2, [3]]]
print(a, b, c)
for (i, ch), n in zip(enumerate("ab"), [10, 20]):
    print(i, ch, n)
d = {"p": (1, 2), "q": (3, 4)}
for key, (lo, hi) in d.items():
    print(key, lo + hi)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
