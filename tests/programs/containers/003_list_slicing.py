# list slicing, slice assignment, del
xs = list(range(10))
print(xs[2:5], xs[::3], xs[::-1], xs[-2:], xs[8:2:-2])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[1:1] = [100, 200]
print(ys)
ys[:] = [7, 8, 9]
print(ys)
zs = list(range(10))
zs[::2] = [0] * 5
print(zs)
zs[::-3] = "wxyz"
print(zs)
try:
    zs[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
ws = list(range(10))
del ws[1]
print(ws)
del ws[::2]
print(ws)
del ws[1:3]
print(ws)
del ws[:]
print(ws)
p = [1, 2, 3, 4, 5]
k = 2
p[:k + 1] = p[k::-1]
print(p)
q = [1, 2, 3]
q[5:] = [9]
q[-100:0] = [0]
print(q)
