# Float accumulators around 2**53, where adding 1.0 stops changing the value, next to int
# counters that keep counting; comparisons of the two in the loop condition are exact in
# CPython (the int is not rounded to a float), so the loop ends where CPython's does.
def stall(n):
    f = 2.0**53 - 2000.0
    k = 2**53 - 2000
    same = 0
    differ = 0
    for i in range(n):
        f += 1.0
        k += 1
        if f == k:
            same += 1
        else:
            differ += 1
    return f, k, same, differ


print(stall(5000))


def until_equal(start):
    f = float(start)
    k = start
    steps = 0
    while k <= f and steps < 10000:
        k += 1
        f += 1.0
        steps += 1
    return steps, k, f


print(until_equal(2**53 - 3000))
print(until_equal(2**53 - 1))
print(until_equal(2**53 + 1))


def halves(n):
    f = 2.0**52
    k = 2**52
    c = 0
    for i in range(n):
        f += 0.5
        if f > k + i // 2:
            c += 1
    return f, c


print(halves(6000))


def mixed_sum(n):
    total = 0
    ftotal = 0.0
    base = 2**53 - 1000
    for i in range(n):
        total = base + i
        ftotal = total + 0.0
    return total, ftotal, total == ftotal, total - int(ftotal)


print(mixed_sum(999), mixed_sum(1001), mixed_sum(3000))
