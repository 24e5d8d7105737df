# Big-int `+=`/`-=` and `a, b = b, a + b` reuse the left operand's digits when nothing else
# holds it; every alias must keep its own value, and results that shrink into 64 bits are
# ordinary ints again.

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(300))
print(fib(1000) % 1000000007)

# Aliases keep their values.
x = 10 ** 30
y = x
x += 1
print(x, y, x - y)
z = x
x -= 10 ** 30
print(x, z, type(x).__name__)

# `x += x`, `x -= x`, a bool, a negative int, a big right operand.
big = 3 ** 80
big += big
print(big)
big -= big
print(big, type(big).__name__)
w = 2 ** 70
w += True
w -= -5
w += 2 ** 71
print(w)


def swap_sub(n):
    a, b = 2 ** 65, 7
    for _ in range(n):
        a, b = b, a - b
    return a, b


print(swap_sub(5))
print(swap_sub(40))

# The first value reads the consumed variable: its copy shares the digits.
p, q = 2 ** 64, 3
for _ in range(3):
    q, p = p, p + q
print(p, q)

# A pair whose sum shrinks back into 64 bits.
m, k = 2 ** 63, -(2 ** 63)
m, k = k, m + k
print(m, k, type(k).__name__)


def in_loop():
    total = 2 ** 100
    keep = []
    for i in range(50):
        keep.append(total)
        total += i
    return total, keep[0], keep[-1]


print(in_loop())
