# Bools as attributes and list elements of compiled loops: counted with `if flag`, flipped
# with `not`, a sieve of bool flags, and compared with ints (`flag == 1`); a flag attribute
# that becomes an int (2) near the end, and a list of flags that ends with ints and floats
# (`if f` and `f == 1` must keep CPython's answers for them).
class Switch:
    def __init__(self):
        self.on = False
        self.flips = 0


def toggle(sw, n):
    ons = 0
    for i in range(n):
        if i % 7 == 0:
            sw.on = not sw.on
            sw.flips += 1
        if sw.on:
            ons += 1
        if i == n - 100:
            sw.on = 2
    return ons, sw.on, sw.flips


print(toggle(Switch(), 10000))


def sieve_flags(n):
    flags = [True] * n
    flags[0] = False
    flags[1] = False
    for p in range(2, n):
        if flags[p] and p * p < n:
            for m in range(p * p, n, p):
                flags[m] = False
    count = 0
    for f in flags:
        if f:
            count += 1
    return count, flags[:12]


print(sieve_flags(20000))


def as_numbers(flags):
    total = 0
    eq = 0
    for f in flags:
        if f == 1:
            eq += 1
        if f:
            total += 2
        else:
            total -= 1
    return total, eq


print(as_numbers([k % 3 == 0 for k in range(9000)]))
print(as_numbers([k % 3 for k in range(9000)]))
print(as_numbers([k % 3 == 0 for k in range(4000)] + [2, 0, 1.0, 0.0] + [True] * 10))
