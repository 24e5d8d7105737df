# `x ** 2`, `x ** 0.5`, `x ** -2` and `x ** 3` with constant exponents in loops compiled on
# ordinary values, then fed zeros, infinities, NaN, results that overflow, underflow or
# leave the range where the inline square and root answer (2**-64 to 2**64), subnormals,
# and an input where glibc's pow is not the correctly rounded square.
specials = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e200, -1e200, 1e20, 1e-20, 1e-200,
            5e-324, 1e-310, 2.0 ** 64, 2.0 ** -64, 2.0 ** 32, 4820.524451282704, -4820.524451282704]


def square(xs):
    s = 0.0
    for x in xs:
        s = x ** 2
    return s


def inverse_square(xs):
    s = 0.0
    for x in xs:
        s = x ** -2
    return s


def cube(xs):
    s = 0.0
    for x in xs:
        s = x ** 3
    return s


def root(xs):
    s = 0.0
    for x in xs:
        s = x ** 0.5
    return s


warm = [1.0 + k / 7.0 for k in range(1000)]
for special in specials:
    row = []
    for f in (square, inverse_square, cube, root):
        if f is root and special < 0:
            continue
        try:
            row.append(repr(f(warm + [special])))
        except (OverflowError, ZeroDivisionError) as e:
            row.append(type(e).__name__)
    print(" ".join(row))
acc = 0.0
for k in range(1, 20000):
    x = k * 1.0000001
    acc += x ** 2 + (x * 3.3) ** 0.5 + (x / 1e7) ** 2
print(acc)
