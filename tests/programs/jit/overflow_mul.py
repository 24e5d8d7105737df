# Int multiplication crossing 64 bits inside compiled loops: squares around
# sqrt(2**63) (3037000499**2 fits, 3037000500**2 does not), products that land exactly on
# -2**63 (fits) and 2**63 (does not), repeated `x *= 3` growing into a big int, and a loop
# entered again with a big int already in its variable.
def squares(start, n):
    total = 0
    big = 0
    i = start
    while i < start + n:
        s = i * i
        if s > 9223372036854775000:
            big += 1
        total += s % 1000
        i += 1
    return total, big, s


print(squares(3037000499 - 2500, 5000))
print(squares(-3037000499 - 2500, 5000))


def boundary_products(n):
    hits = []
    lo = -(2**62)
    hi = 2**62
    for i in range(n):
        a = hi if i % 1000 == 500 else lo
        p = a * 2
        if i % 500 == 0:
            hits.append(p)
    return hits


print(boundary_products(4000))


def grow(n):
    x = 1
    fits = 0
    for i in range(n):
        x *= 3
        if x < 9223372036854775807:
            fits += 1
    return fits, len(str(x)), x % 1000000007


print(grow(3000))


def mul_acc(x, n):
    for i in range(n):
        x = x * 2 + 1
        x = x // 2
    return x


print(mul_acc(7, 5000))
print(mul_acc(2**70, 5000))
print(mul_acc(-(2**70), 5000))
print(mul_acc(4611686018427387904, 3000))


def poly(n):
    acc = 0
    for i in range(n):
        acc = acc * 31 + i
        if i % 500 == 499:
            print(i, acc % 999983, acc > 2**63)
            acc = i
    return acc


print(poly(3000))
