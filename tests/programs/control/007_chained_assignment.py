# chained assignment, swaps, augmented assignment on attributes and subscripts
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
xs = [1, 2, 3]
i = 0
i, xs[i] = 1, 99
print(i, xs)
class O:
    pass
o = O()
o.n = 1
o.n += 5
o.n *= 2
print(o.n)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] -= 10
print(d)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
