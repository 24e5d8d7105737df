# Bools in compiled loops: `&`, `|`, `^` of two bools stay bools (printed True/False), mixed
# with ints they become ints; `+`, `-`, `*`, unary `-` and `~`, `<<`, `/` and `//` of bools
# give ints or floats; `max(False, 0)` is False (the first of equals); a bool variable that
# turns into an int after thousands of iterations; bools stored into a list and flipped; and
# bools arriving in a loop compiled for ints (the results must turn back into bools).
def logic(n):
    a = False
    o = False
    x = True
    mixed = 0
    for i in range(n):
        p = i % 3 == 0
        q = i % 5 == 0
        a = p & q
        o = p | q
        x = x ^ p
        mixed += p & 1
    return a, o, x, mixed


print(logic(10000), logic(1), logic(0))


def arith(n):
    s = 0
    f = 0.0
    neg = 0
    inv = 0
    sh = 0
    fl = 0
    for i in range(n):
        b = i % 4 == 1
        s += b + b * 3 - (not b)
        f += b / 2 + b * 0.25
        neg += -b
        inv += ~b
        sh += b << 4
        fl += b // 1 + True % 2
    return s, f, neg, inv, sh, fl


print(arith(8000))


def minmax(n):
    lo = True
    hi = False
    ab = 0
    for i in range(n):
        lo = min(lo, True)
        hi = max(hi, 0)
        ab += abs(i % 2 == 0)
    return lo, hi, ab


print(minmax(5000))


def turns_int(n):
    b = True
    count = 0
    for i in range(n):
        if i == 5000:
            b = b + 0
        b = b & True if i < 5000 else b & 7
        count += b
    return b, count


print(turns_int(9000))


def flags(n):
    fs = [False] * 64
    for i in range(n):
        k = (i * 7) % 64
        fs[k] = not fs[k]
    t = 0
    for v in fs:
        t += v
    return t, fs[:8]


print(flags(10000))


def compare_bools(n):
    eq = 0
    lt = 0
    for i in range(n):
        b = i % 2 == 0
        if b == 1:
            eq += 1
        if b < 1:
            lt += 1
        if (b is True) == b:
            eq += 1
    return eq, lt


print(compare_bools(6000))


def late_bools(xs, ys):
    last = 0
    acc = 0
    t = 0
    for k in range(len(xs)):
        v = xs[k]
        w = ys[k]
        last = v & w
        acc = acc ^ v
        t += v + w
    return last, acc, t, v | w, v ^ w


ints = [k % 2 for k in range(4000)]
print(late_bools(ints, ints[1:] + [1]))
print(late_bools(ints + [True, False, True], ints + [True, True, True]))
print(late_bools(ints + [True, False], ints + [True, False]))
