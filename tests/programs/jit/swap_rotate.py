# Tuple assignments that read and write the same names, list elements and attributes in
# one statement: `x, y = y, x + y` with floats (up to inf), `a, b = b, a % b` (gcd: the
# loop stops when b reaches 0, never dividing by it), a rotation that overflows in its
# middle expression, `i, xs[i] = …` where the target order matters (xs[i] uses the new i),
# and two attributes rotated through each other.
class V:
    def __init__(self):
        self.p = 1.0
        self.q = 0.0


def float_fib(n):
    x, y = 0.0, 1.0
    for _ in range(n):
        x, y = y, x + y
    return x, y


print(float_fib(100), float_fib(1500), float_fib(1476))


def gcd_loop(pairs):
    out = 0
    for k in range(len(pairs)):
        a = pairs[k]
        b = pairs[(k * 7) % len(pairs)]
        while b:
            a, b = b, a % b
        out += a
    return out


print(gcd_loop([(k * 7919) % 10007 + 1 for k in range(2000)]))


def rot_overflow(n):
    a, b, c = 1, 2, 3
    for i in range(n):
        a, b, c = b, c * 3, a
    return a % 1000003, b % 1000003, c % 1000003, len(str(b))


print(rot_overflow(10), rot_overflow(200), rot_overflow(3000))


def target_order(n):
    xs = [0] * 10
    i = 0
    for k in range(n):
        i, xs[i] = (i + 1) % 10, k
    return i, xs


print(target_order(5003))


def attr_rotate(v, n):
    for _ in range(n):
        v.p, v.q = v.q * 0.5 + 1.0, v.p
    return v.p, v.q


print(attr_rotate(V(), 6000))
