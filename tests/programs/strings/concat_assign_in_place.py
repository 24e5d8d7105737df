# `s = s + t` (and big-int `x = x + y`, `x = x - y`) grow the variable's own buffer when
# nothing else holds it, as `s += t` does: aliases keep their values, errors leave the
# variable as it was, and the right operand may be anything that does not read `s`.


def build(n):
    s = ""
    for i in range(n):
        s = s + "ab"[i % 2]
    return s


print(len(build(20000)), build(7))

a = "x"
b = a
a = a + "y"
print(a, b)
c = a
a = a + a
print(a, c)

words = ["p", "q", "r"]
t = ""
for i in range(9):
    t = t + words[i % 3] + "-"
print(t)

try:
    t = t + 5
except TypeError as e:
    print("TypeError:", e)
print(t)


def big(n):
    x = 2 ** 80
    keep = x
    for i in range(n):
        x = x + i
        x = x - 1
    return x, keep, x - keep


print(big(1000))
y = 10 ** 25
z = y
y = y - 10 ** 25 + 3
print(y, z, type(y).__name__)

# Module globals: the same, with a call on the right left to the general path.
g = ""
for i in range(3000):
    g = g + "xyz"[i % 3]
h = g
g = g + "!"
print(len(g), len(h), g[-4:], h[-3:])


def rebind():
    global g
    g = "rebound"
    return "+"


g = g + rebind()
print(len(g), g[-2:])
n = 2 ** 90
m = n
n = n + 1
n = n - 2 ** 90
print(n, m)
