# array.array with typecodes b B i l d
from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], list(a[1:3]), sum(a))
a[0] = 100
print(a.tolist(), a.typecode)
d = array("d", [0.5] * 3)
d[1] = 2.25
print(d, list(d))
b = array("b", [-128, 0, 127])
print(b)
try:
    b.append(128)
except OverflowError as e:
    print("OverflowError:", e)
u = array("B", range(5))
print(u, list(reversed(u)))
l = array("l", [2 ** 40, -5])
print(l, l.itemsize >= 4)
z = array("d")
print(z, len(z))
print(array("i", [3, 1, 2]) == array("i", [3, 1, 2]), 2 in array("i", [1, 2]))
