# Small pure functions called from hot loops are inlined into the trace: the callee's
# branches, defaults, list arguments and globals; a callee rebound mid-loop; a callee that
# raises inside the inlined body (the traceback must show the callee's frame and line).
SCALE = 3


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def clamp(x, lo=0, hi=100):
    if x < lo:
        return lo
    elif x > hi:
        return hi
    return x


def get(v, j):
    return v[j] * SCALE


def poly(x):
    y = x * x
    y += 2 * x
    a, b = y, 1
    return a + b


def twice(x):
    return poly(x) + poly(x + 1)


def run(n, v):
    s = 0.0
    t = 0
    u = 0
    for j in range(n):
        s += eval_a(3, j) * 2.0
        t += clamp(j - 50)
        u += get(v, j % len(v)) + twice(j % 7)
    return s, t, u


v = [1, 2, 3, 4, 5]
print(run(3000, v))
SCALE = 5
print(run(3000, v))


def eval_a(i, j):
    return i * j


print(run(3000, v))


def ratio(a, b):
    return a / b


total = 0.0
for k in range(3000):
    total += ratio(k, 10)
print(total)


def inverse(k):
    return 1 / (k - 7777)


acc = 0.0
for k in range(10000):
    acc += inverse(k)
print(acc)
