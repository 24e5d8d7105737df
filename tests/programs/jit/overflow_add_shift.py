# Int addition and shifts crossing 64 bits inside compiled loops: a running sum passing
# 2**63 - 1 at iteration 5000, shifts by counts of 62, 63, 64 and more (a machine shift
# masks the count; Python never does), right shifts by 64+ of negative numbers, and a
# negative shift count raising ValueError after thousands of good iterations.
def cross(n):
    total = 2**63 - 5001
    crossed_at = -1
    for i in range(n):
        total += 1
        if total > 9223372036854775807 and crossed_at < 0:
            crossed_at = i
    return total, crossed_at


print(cross(10000))


def shifts(n):
    s = 0
    zeros = 0
    for i in range(n):
        k = i % 130
        v = 1 << k
        s += v % 1000003
        if (v >> k) != 1:
            zeros += 1
    return s, zeros


print(shifts(6000))


def right_shifts(n):
    neg = 0
    pos = 0
    for i in range(n):
        k = i % 140
        neg += -12345 >> k
        pos += 12345 >> k
    return neg, pos


print(right_shifts(7000))


def neg_left(n):
    out = []
    for i in range(n):
        k = 60 + i % 6
        v = -1 << k
        if i % 997 == 0:
            out.append(v)
    return out


print(neg_left(6000))


def doubling(n):
    x = 3
    steps = 0
    while steps < n:
        x = x << 1
        x = x - (x >> 2)
        steps += 1
    return len(str(x)), x % 65521


print(doubling(4000))


def bad_count(n):
    s = 0
    i = 0
    try:
        while i < n:
            s += 8 >> (7777 - i)
            i += 1
    except ValueError as e:
        print("ValueError:", e, i, s)
    return s


print(bad_count(9000))


def add_big(n):
    a = 2**62
    b = 2**62
    c = 0
    for i in range(n):
        c = a + b - i
        a -= 1
    return c, a


print(add_big(3000))
