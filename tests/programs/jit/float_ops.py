# Float `//`, `%`, `**`, `math.sqrt`, `abs`, `min`, `max` in hot loops, with the cases where
# Python raises or changes type (a zero divisor, a negative square root, an overflowing
# power) reached after the loop compiled.
import math


def mixed(n):
    acc = 0.0
    m = 0.0
    for i in range(1, n):
        x = i * 0.37 - 900.0
        acc += x // 3.5 + x % -2.25 + (x * 0.001) ** 2
        acc += abs(x) ** 0.5 + math.sqrt(abs(x) + 1.0)
        m = max(m, x % 7.0) + min(x, -x) * 0.0001
        acc += abs(i - 2000) + min(i, 5000) - max(i, 3000)
    return acc, m


print(mixed(5000))


def raising(n):
    acc = 0.0
    i = 0
    try:
        for i in range(n):
            acc += 10.0 % (3000.0 - i)
    except ZeroDivisionError as e:
        print("mod:", e, i, acc)
    try:
        for i in range(n):
            acc += 10.0 // (2500 - i)
    except ZeroDivisionError as e:
        print("floordiv:", e, i, acc)
    try:
        for i in range(n):
            acc += math.sqrt(2000.5 - i)
    except ValueError as e:
        print("sqrt:", e, i, acc)
    try:
        for i in range(n):
            acc += 1.5 ** (i * 0.5)
    except OverflowError as e:
        print("pow:", e, i)
    return acc


print(raising(5000))

z = 0.0
for k in range(3000):
    z += (-2.0) ** k if k < 100 else 0.5 ** 2
    z = z % 1000.0
print(z, math.sqrt(-0.0), min(0.0, -0.0), max(-0.0, 0.0))
