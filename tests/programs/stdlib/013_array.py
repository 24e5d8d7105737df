from array import array
import array as arraymod

a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, len(a), a[0], a[-1], a[2:5], a[::-2], a.tolist())
a[1] = 10
del a[0]
print(a, a.pop(), a.pop(0), a, a.index(3), a.count(3), 3 in a, 99 in a)
a.remove(3)
a.reverse()
print(a, list(a), sum(a), max(a), sorted(a))
d = array("d", [1, 2.5, True])
print(d, d[1], d.typecode, d.itemsize, a.typecode, a.itemsize)
f = array("f", [0.1, 0.5])
print(f, f[0])
print(array("b", range(-3, 3)), array("B", [0, 255]), array("h"), array("H", [65535]))
print(array("l", [2**62]), array("q", [-2**63]), array("L", [2**64 - 1]), array("I", [2**32 - 1]))
print(a + array("i", [7]), a * 2, array("i", [1, 2]) == array("d", [1.0, 2.0]), array("i", [1]) < array("i", [2]))
a += array("i", [100])
print(a)
a[1:3] = array("i", [7, 8, 9])
print(a)
del a[::2]
print(a)
b = array("d", a)
print(b, array("i", a))
print(arraymod.typecodes, arraymod.ArrayType is array)
for i, v in enumerate(array("i", [5, 6])):
    print(i, v)
g = array("d", [0.0] * 5)
for i in range(5):
    g[i] = i * 1.5
print(g)

def tr(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

tr(lambda: array("b", [128]))
tr(lambda: array("b", [-129]))
tr(lambda: array("B", [-1]))
tr(lambda: array("B", [256]))
tr(lambda: array("h", [2**15]))
tr(lambda: array("H", [-1]))
tr(lambda: array("i", [2**31]))
tr(lambda: array("i", [-2**31 - 1]))
tr(lambda: array("I", [-1]))
tr(lambda: array("I", [2**32]))
tr(lambda: array("l", [2**63]))
tr(lambda: array("L", [-1]))
tr(lambda: array("q", [2**63]))
tr(lambda: array("Q", [-1]))
tr(lambda: array("i", [1.5]))
tr(lambda: array("d", ["x"]))
tr(lambda: array("z"))
tr(lambda: array("i", "ab"))
tr(lambda: array("i", [1])[3])
tr(lambda: array("i", [1]) + array("d", [1]))
tr(lambda: array("i").pop())
tr(lambda: array("i", [1]).index(5))
tr(lambda: array("i", [1]).remove(5))
tr(lambda: hash(array("i")))
tr(lambda: array("i", [1]).__setitem__(slice(0, 1), [1]))
tr(lambda: array("i", [1]).extend(array("d", [1])))
