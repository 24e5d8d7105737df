# Range guards on small ints read on entry let guard_elim drop overflow checks.
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def row(i, n):
    s = 0.0
    for j in range(n):
        s += eval_a(i, j)
    return s


def negative(k, n):
    # `k` is negative: guarded to [-2**30, 2**30]; `k * j` cannot overflow.
    t = 0
    for j in range(n):
        t += k * j
    return t


def large(big, n):
    # `big` is too large for a range guard: the overflow checks stay.
    t = 0
    for j in range(n):
        t += big + j
    return t


def growing(x):
    # A loop-carried int: its guard is kept on entry, the loop body's copy is dropped.
    while x < 1000:
        x = x * 2 + 1
    return x


print(row(3, 10), negative(-5, 10), large(2**40, 10), growing(1))
