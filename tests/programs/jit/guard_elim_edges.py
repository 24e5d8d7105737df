# Loop conditions that bound a counter (`i < n`, `i <= n`, `i > n`) next to increments
# that the bound does not make safe: `i += 2` under `i < MAX`, `i += 1` under `i <= MAX`,
# `i -= 2` under `i > MIN`; the last step must still overflow into a big int exactly as
# CPython does (an optimizer that drops the overflow check there would wrap around).
MAX = 2**63 - 1
MIN = -(2**63)


def up_by_two(start, limit):
    i = start
    n = 0
    while i < limit:
        i += 2
        n += 1
    return i, n


print(up_by_two(MAX - 5001, MAX))
print(up_by_two(MAX - 5000, MAX))


def up_inclusive(start, limit):
    i = start
    n = 0
    while i <= limit:
        i += 1
        n += 1
    return i, n


print(up_inclusive(MAX - 4000, MAX))


def down_by_two(start, limit):
    i = start
    n = 0
    while i > limit:
        i -= 2
        n += 1
    return i, n


print(down_by_two(MIN + 5001, MIN))
print(down_by_two(MIN + 5000, MIN))


def offset_read(xs, k):
    i = 0
    s = 0
    while i < len(xs):
        s += i + k
        i += 1
    return s


print(offset_read([0] * 5000, MAX - 4000))


def squares(start, n):
    s = 0
    last = 0
    for k in range(n):
        x = start + k
        last = x ** 2
        s += last % 1009
    return s, last


print(squares(3037000499 - 3000, 3000))
print(squares(3037000499 - 2999, 3000))
print(squares(-3037000500, 3000))


def mul_bound(n):
    i = 1
    steps = 0
    while i < MAX // 3:
        i = i * 3 + 1
        steps += 1
    j = i * 3
    return i, steps, j


print(mul_bound(0))


def neg_bound(n):
    i = 0
    total = 0
    for k in range(n):
        i = -k
        if i > MIN:
            total += i - 1
    return total


print(neg_bound(6000))
