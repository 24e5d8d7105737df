# list methods
xs = [3, 1, 4]
xs.append(1); print(xs)
xs.extend([5, 9]); print(xs)
xs.extend("ab"); print(xs)
xs.insert(0, "first"); xs.insert(100, "last"); xs.insert(-1, "before-last"); print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1); print(xs)
print(xs.index(1), xs.index(4), xs.count(1), xs.count("zz"))
ys = [5, 2, 8, 1]
ys.sort(); print(ys)
ys.sort(reverse=True); print(ys)
ys.reverse(); print(ys)
zs = ys.copy(); zs.append(0); print(ys, zs)
zs.clear(); print(zs, len(zs))
print(xs.append(0), ys.sort())
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
print([1, 2, 3, 2].index(2, 2))
