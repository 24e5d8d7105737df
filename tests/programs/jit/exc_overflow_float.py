# OverflowError from float math after thousands of good iterations of a compiled loop:
# a float power past the largest double, an int grown beyond what a float can hold and
# then mixed with a float or divided, and int() of an infinity; floats that overflow
# silently to inf (multiplication) on the way.
import math


def power_grows(n):
    x = 1.5
    k = 0
    last = 0.0
    try:
        for k in range(n):
            last = x ** (k * 0.25)
    except OverflowError as e:
        print("pow:", e, k, last)
    return k


print(power_grows(20000))


def silent_inf(n):
    x = 1.0
    steps = 0
    while steps < n:
        x = x * 1.5
        steps += 1
    return x, steps, -x, x - x


print(silent_inf(3000))


def int_to_float(n):
    big = 1
    y = 0.0
    i = 0
    try:
        for i in range(n):
            big = big * 3
            y = big * 0.5
    except OverflowError as e:
        print("mix:", e, i, y)
    return i


print(int_to_float(5000))


def true_div(n):
    big = 7
    q = 0.0
    i = 0
    try:
        while i < n:
            big = big * 5
            q = big / 3
            i += 1
    except OverflowError as e:
        print("div:", e, i, q)
    return i


print(true_div(5000))


def sqrt_big(n):
    v = 2
    r = 0.0
    i = 0
    try:
        for i in range(n):
            v = v * 7
            r = math.sqrt(v)
    except OverflowError as e:
        print("sqrt:", e, i, r)
    return i


print(sqrt_big(5000))


def to_int(n):
    x = 1.0
    total = 0
    i = 0
    try:
        for i in range(n):
            x = x * 2.0
            if i % 100 == 99:
                total += int(x) % 1000
    except OverflowError as e:
        print("int():", e, i, total)
    return total


print(to_int(5000))
