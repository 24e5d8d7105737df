# The negative side of 64-bit ints in compiled loops: subtraction past -2**63, `-x`,
# `abs(x)`, `x * -1`, `x // -1` and `x % -1` when x is exactly -2**63 (a machine division
# traps there), `~x`, and floor division / modulo of negative numbers.
def down(n):
    x = -(2**63) + 4000
    for i in range(n):
        x -= 1
    return x


print(down(3999), down(4000), down(4001), down(9000))


def negate(n):
    base = -(2**63) + 5000
    worst = 0
    for i in range(n):
        x = base - i
        y = -x
        a = abs(x)
        m = x * -1
        if y != a or a != m:
            worst += 1
    return worst, y, a, m


print(negate(5000))
print(negate(5001))
print(negate(5002))


def divide(n):
    base = -(2**63) + 3000
    q = 0
    r = 0
    for i in range(n):
        x = base - i
        q = x // -1
        r = x % -1
        t = ~x
    return q, r, t


print(divide(3000))
print(divide(3001))
print(divide(4000))


def literal(n):
    s = 0
    m = -(2**63) + 2000
    for i in range(n):
        k = m - min(i, 2000)
        s = -(-k) - i
    return s


print(literal(3000))


def floors(n):
    a = 0
    b = 0
    c = 0
    d = 0
    for i in range(1, n):
        a += (-i) // 7
        b += (-i) % 7
        c += i % -5
        d += (-i) // -3
    return a, b, c, d


print(floors(8000))


def min_int_div(n):
    m = -(2**63)
    out = 0
    for i in range(n):
        d = -1 if i == n - 1 else 2
        out = m // d
    return out


print(min_int_div(5000))
