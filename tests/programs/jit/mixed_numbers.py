# Mixed int/float arithmetic and comparisons, true division, unary ops.
def mix(n):
    s = 0.0
    for i in range(1, n):
        s += i / 3
        s -= i * 0.25
        if i > 2.5:
            s += -i / 7
    return s


def exact_compare(n):
    big = 2 ** 53
    hits = 0
    for i in range(n):
        if big + i > 9007199254740992.0:
            hits += 1
    return hits


def unary(n):
    a = 0
    b = 0.0
    for i in range(n):
        a += -i + (~i) + (+i)
        b += -(i * 0.5)
        if not (i % 5):
            a += 1
    return a, b


print(mix(20000))
print(exact_compare(5000))
print(unary(10000))
y = 0
for i in range(1000):
    y += i ** 2
print(y)
