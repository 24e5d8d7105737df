# While loops whose conditions combine `and`, `or`, `not`, chained comparisons and
# conditional expressions over ints, floats, list elements and attributes; the condition
# turns false through a different clause each time, sometimes only after 9000 iterations.
class Box:
    def __init__(self):
        self.level = 0.0
        self.limit = 50.0


def scan(data, lo, hi):
    i = 0
    while i < len(data) and (lo <= data[i] < hi or data[i] == -1) and not (i > 9000 and data[i] == 0):
        i += 1
    return i


data = [(k * 7) % 100 for k in range(12000)]
print(scan(data, 0, 100))
print(scan(data, 1, 100))
data[7000] = -1
data[8000] = 150
print(scan(data, 0, 100))
print(scan(data, 0, 200))


def converge(x, eps):
    steps = 0
    prev = x + 1.0
    while (abs(prev - x) > eps or steps < 10) and steps < 20000 and x == x:
        prev = x
        x = x - (x * x - 2.0) / (2.0 * x) if steps % 2 == 0 else (x + 2.0 / x) / 2.0
        steps += 1
    return x, steps


print(converge(10.0, 1e-15))
print(converge(1e5, 0.0))


def fill(b, rate):
    k = 0
    while not (b.level >= b.limit or k >= 10000) and (rate > 0 or b.level > -5.0):
        b.level += rate
        k += 1
    return k, b.level


print(fill(Box(), 0.01))
print(fill(Box(), 0.0))
print(fill(Box(), -0.001))


def collatz_window(n):
    best = 0
    best_len = 0
    start = 1
    while start < n:
        m = start
        steps = 0
        while m != 1 and (steps < 500 or m % 2 == 0):
            m = m // 2 if m % 2 == 0 else 3 * m + 1
            steps += 1
        if steps > best_len:
            best, best_len = start, steps
        start += 1
    return best, best_len


print(collatz_window(3000))


def two_pointers(xs, target):
    i = 0
    j = len(xs) - 1
    count = 0
    while i < j and 0 <= i < len(xs) and (xs[i] + xs[j] != target or count < 3):
        s = xs[i] + xs[j]
        if s == target:
            count += 1
            i += 1
        elif s < target:
            i += 1
        else:
            j -= 1
    return i, j, count


xs = list(range(0, 20000, 3))
print(two_pointers(xs, 15000))
print(two_pointers(xs, -1))
