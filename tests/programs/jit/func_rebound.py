# A constant global a compiled function reads keeps changing: each change drops the
# compiled code (its entry check fails), which is compiled again a few times, then no more.

K = 0


def f(n, d):
    return n + K if d == 0 else f(n, d - 1)


total = 0
for i in range(20000):
    total += f(i, 2)
    if i % 1500 == 0:
        K += 1
print(total, K)
