# Range guards: a loop compiled while its ints were small (and so without overflow checks
# on `(i + j) * (i + j + 1)`) must still compute exact big ints when it is entered with
# large ones, fail over to the interpreter, and be recompiled without the guards.


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def row(i, n):
    s = 0.0
    for j in range(n):
        s += eval_a(i, j)
    return s


def exact_row(i, n):
    t = 0
    for j in range(n):
        t += (i + j) * (i + j + 1) // 2 + i + 1
    return t


for i in range(30):
    row(i, 300)
print(row(5, 300))
print(row(2**31, 300), row(2**40, 300), row(-(2**40), 300))
print(exact_row(3, 300), exact_row(2**31, 300), exact_row(2**40, 300), exact_row(-(2**40), 300))
# Small and large entries, alternating.
total = 0
for k in range(60):
    total += exact_row(k if k % 2 else 2**33 + k, 200)
print(total)


def scaled(k, n):
    t = 0
    for j in range(n):
        t += k * j
    return t


for k in range(50):
    scaled(k - 25, 400)
print(scaled(-5, 400), scaled(2**40, 400), scaled(-(2**55), 400), scaled(7, 400))


def tripled(x):
    # Loop-carried: guarded on entry only; the last product overflows 64 bits.
    n = 0
    limit = 2**62
    while x < limit:
        x = x * 3
        n += 1
    return x, n


for start in range(1, 40):
    tripled(start)
print(tripled(1), tripled(5), tripled(-1 + 2**61))


def big_range(start, n):
    s = 0
    for j in range(start, start + n):
        s += j * j
    return s


print(big_range(0, 3000), big_range(2**40, 3000), big_range(-(2**40), 3000), big_range(2**31 - 1500, 3000))


def reciprocal_sum(n, zero_at):
    s = 0.0
    for j in range(n):
        s += 1.0 / (j - zero_at)
    return s


print(reciprocal_sum(3000, -1))
try:
    reciprocal_sum(5000, 4000)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def countdown(i, stop):
    # Starts small and positive (guarded to [0, 2**30] on entry), goes negative.
    s = 0
    while i > stop:
        s += i * i
        i -= 1
    return s


print(countdown(2000, -3000), countdown(2**35, 2**35 - 5000), countdown(-(2**32), -(2**32) - 5000))


def nested(ks, n):
    # The inner loop's trace runs from the outer one's; its entry guard on `k` fails there.
    total = 0
    for k in ks:
        for j in range(n):
            total += (k + j) * (k + j + 1)
    return total


print(nested(list(range(200)) + [2**40, 3, 2**62, 5] + list(range(100)), 50))


def nested_while(limit):
    # The accumulator passes 2**30 and `i` jumps by 2**33: both entry guards fail.
    out = 0
    i = 0
    while i < limit:
        j = 0
        while j < 30:
            out += i * j * j
            j += 1
        i += 1 if i < 150 else 2**33
    return out


print(nested_while(2**36))
