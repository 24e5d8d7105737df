# `for … in range(…)` at the edges of 64 bits: ranges ending at or just below 2**63 - 1 with
# steps that would overflow a machine counter on the last increment, negative steps down to
# -2**63, stops beyond 64 bits (big ints), huge steps, and empty ranges. The loop variable
# after the loop and the iteration counts must be CPython's.
MAX = 2**63 - 1
MIN = -(2**63)


def count(r):
    n = 0
    last = None
    for i in r:
        n += 1
        last = i
    return n, last


print(count(range(MAX - 5000, MAX)))
print(count(range(MAX - 5000, MAX, 2)))
print(count(range(MAX - 5001, MAX, 2)))
print(count(range(MAX - 9000, MAX, 3)))
print(count(range(MIN + 5000, MIN, -1)))
print(count(range(MIN + 5000, MIN - 1, -7)))
print(count(range(MIN + 4000, MIN + 1, -2)))
print(count(range(MAX - 3000, MAX + 3000)))
print(count(range(MIN - 10, MIN + 4000)))
print(count(range(0, 2**62, 2**50)))
print(count(range(0, MAX, MAX // 5000)))
print(count(range(MAX, MIN, -(2**52))))
print(count(range(5, 5)), count(range(5, 0)), count(range(0, 5, -1)))


def sum_near_max(step):
    s = 0
    i = 0
    for i in range(MAX - 6000, MAX, step):
        s += i & 0xFFFF
    return s, i


print(sum_near_max(1), sum_near_max(7), sum_near_max(6000), sum_near_max(MAX))


def while_to_max(k):
    i = MAX - k
    n = 0
    while i < MAX:
        i += 1
        n += 1
    return i, n, i + 1


print(while_to_max(5000))
