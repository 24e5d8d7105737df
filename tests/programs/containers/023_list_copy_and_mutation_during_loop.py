# mutating lists while iterating over a copy; list equality after edits
xs = [1, 2, 3, 4, 5, 6]
for x in xs[:]:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
ys = [1, 2, 3]
for y in ys:
    if y < 3:
        ys.append(y + 10)
print(ys)
zs = list(range(10))
zs = [z for z in zs if z % 3]
print(zs)
i = 0
w = [3, 0, 0, 1, 0, 2]
while i < len(w):
    if w[i] == 0:
        del w[i]
    else:
        i += 1
print(w)
