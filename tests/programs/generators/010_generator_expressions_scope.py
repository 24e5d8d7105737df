# generator expressions capture late; the first iterable is evaluated at once
xs = [1, 2, 3]
g = (x * 10 for x in xs)
xs = [100]
print(list(g))
k = 1
h = (x * k for x in range(3))
k = 5
print(list(h))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
