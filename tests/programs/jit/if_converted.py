# Small pure `if`s whose direction changes every few iterations are compiled as selects
# (both branches computed). Cases: parity counts, a running max, `and`/`or` conditions,
# an int overflow in the branch not taken (must not change the result), a variable whose
# type depends on the branch (falls back to a guard), and globals assigned in a branch.
def parity(n):
    even = odd = 0
    for i in range(n):
        if i % 2 == 0:
            even += i
        else:
            odd += 1
    return even, odd


def running_max(xs):
    best = -1.0
    where = -1
    for i in range(len(xs)):
        x = xs[i]
        if x > best:
            best = x
            where = i
    return best, where


def conditions(n):
    a = b = c = 0
    for i in range(n):
        if i % 3 == 0 and i % 5 != 0:
            a += 1
        if i % 7 == 0 or i % 11 == 0:
            b += 2
        if not (i & 4):
            c -= 1
    return a, b, c


def untaken_overflow(n):
    big = 2 ** 62
    s = 0
    for i in range(n):
        t = 1
        if i < 0:
            t = big * big
        s += t
    return s


def typed_by_branch(n):
    v = 0
    for i in range(n):
        if i % 1000 == 999:
            v = v + 0.5
        else:
            v = v + 1
    return v


G = 0


def bump_global(n):
    global G
    for i in range(n):
        if i % 4 == 1:
            G = G + 3
    return G


print(parity(10001))
print(running_max([((i * 7919) % 1009) * 0.5 for i in range(3000)]))
print(conditions(5000))
print(untaken_overflow(4000))
print(typed_by_branch(5000))
print(bump_global(4000))
