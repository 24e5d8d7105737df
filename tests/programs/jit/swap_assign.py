# `a, b = b, a + b` style tuple assignments in compiled loops: every right-hand side is
# evaluated before any target is stored, also when an int overflows or a type changes in
# the middle of it; rotations of three names, swaps of list elements and of attributes, and
# an int and a float swapped every iteration (their types alternate).
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def fib_mod(n, m):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % m
    return a, b


print(fib_mod(10000, 1000000007))


def fib_over(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a % 1000000007, b % 1000000007, len(str(b))


print(fib_over(91), fib_over(92), fib_over(93), fib_over(3000))


def swaps(n):
    a, b = 1, 2
    for _ in range(n):
        a, b = b, a
    return a, b


print(swaps(10000), swaps(10001), swaps(0))


def rotate(n):
    a, b, c = 1, 2.5, 3
    for _ in range(n):
        a, b, c = c, a, b
    return a, b, c


print(rotate(9000), rotate(9001), rotate(9002))


def alternating(n):
    x, y = 1, 0.5
    s = 0.0
    for i in range(n):
        x, y = y, x
        s += x * 2
    return x, y, s


print(alternating(7001))


def products(n):
    a, b = 2, 3
    for i in range(n):
        a, b = b, a * b % 1000003 if i % 50 else a * b
    return a, b


print(products(3000))


def reverse_in_place(xs):
    i = 0
    j = len(xs) - 1
    while i < j:
        xs[i], xs[j] = xs[j], xs[i]
        i += 1
        j -= 1
    return xs[:3], xs[-3:]


print(reverse_in_place(list(range(10001))))
mixed = list(range(5000)) + [0.5] + list(range(5000))
print(reverse_in_place(mixed), mixed[5000 - 1 : 5000 + 2])


def attr_swap(ps, rounds):
    for r in range(rounds):
        for p in ps:
            p.x, p.y = p.y, p.x + p.y
    return [(p.x, p.y) for p in ps[:3]]


print(attr_swap([P(k, 1) for k in range(300)], 20))


def sequential_vs_tuple(n):
    a, b = 0, 1
    c, d = 0, 1
    for _ in range(n):
        a, b = b, a + b
        c = d
        d = c + d
    return a % 1000, b % 1000, c % 1000000007, d > 2**60


print(sequential_vs_tuple(60))
print(sequential_vs_tuple(4000))
