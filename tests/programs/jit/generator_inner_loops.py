# Generators whose own bodies run hot inner loops between yields (the loop around the
# `yield` is interpreted, the inner one compiles inside the generator's frame), resumed by
# a consumer that also runs a compiled loop; `yield from` chains; a generator that raises
# from its compiled inner loop after several yields.
def prime_blocks(limit, block):
    lo = 2
    while lo < limit:
        hi = min(lo + block, limit)
        found = 0
        n = lo
        while n < hi:
            d = 2
            is_p = True
            while d * d <= n:
                if n % d == 0:
                    is_p = False
                    break
                d += 1
            if is_p:
                found += 1
            n += 1
        yield lo, found
        lo = hi


total = 0
for lo, found in prime_blocks(6000, 1000):
    print(lo, found)
    total += found
print(total)


def running(xs):
    acc = 0.0
    for x in xs:
        k = 0
        while k < 300:
            acc += x * 0.001
            k += 1
        yield acc


def both(xs):
    out = []
    for v in running(xs):
        w = 0.0
        for i in range(200):
            w += v / (i + 1)
        out.append(round(w, 9))
    return out


print(both([1.0, 2.0, 3.0, 0.5, -4.0]))


def inner(n):
    s = 0
    for i in range(n):
        s += i
        if i % 1000 == 999:
            yield s


def outer():
    yield from inner(3000)
    yield -1
    yield from inner(2500)


print(list(outer()))


def fragile(n):
    acc = 0
    for r in range(n):
        i = 0
        while i < 2000:
            acc += 100 // (1500 * (n - r) - i - 500 * r) if r == n - 1 else i % 3
            i += 1
        yield acc


got = []
try:
    for v in fragile(4):
        got.append(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, got)
