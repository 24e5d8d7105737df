# `s += t` appends in place when `s` holds the only reference; every other reference
# must keep seeing the old string.

a = "x"
b = a
a += "y"
print(a, b)

k = "ab"
d = {k: 1}
k += "c"
print(d, k, d.get("ab"), d.get("abc"))


def build(n):
    s = ""
    parts = []
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 100 == 0:
            parts.append(s)  # a second reference: the next `+=` copies
    s += s  # the right-hand side is the same string
    return s, parts


s, parts = build(1000)
print(len(s), s[:30], s[-5:], len(parts), [len(p) for p in parts[:4]], parts[1][-3:])

t = "é"
for _ in range(5):
    t += "ü"
print(t, len(t), t[3], hash(t) == hash("éüüüüü"), {t: 1}["éüüüüü"])

g = "0"
for i in range(1, 200):
    g += str(i % 10)
print(len(g), g[-10:])


class Box:
    pass


box = Box()
box.text = "a"
for _ in range(3):
    box.text += "b"
lst = ["p"]
lst[0] += "q"
print(box.text, lst)
