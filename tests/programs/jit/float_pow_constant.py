# Float `**` by a constant is libm's pow called directly where CPython's float_pow reduces to
# that call: even, odd and fractional exponents, bases on both sides of zero, zeros, infinities,
# NaN, overflow to OverflowError, and 0.0 to a negative power (ZeroDivisionError).
vals = [3.5, -2.25, 0.5, -0.0, 0.0, 1e200, -1e200, 1e-300, float('inf'), float('-inf'), float('nan'), 7.0, -7.0]
out = []
for k in range(2000):
    x = vals[k % len(vals)]
    row = []
    for c in ((2, 3, -2, -3, 2.0, -1.0) if (x < 0 or x != x) else (2, 3, -2, -3, 0.5, 1.5, 2.0, -1.0)):
        try:
            row.append(repr(x ** c))
        except (OverflowError, ZeroDivisionError, ValueError) as e:
            row.append(type(e).__name__)
    out.append(" ".join(row))
print(len(out))
for line in out[:13]:
    print(line)
s = 0.0
for k in range(5000):
    x = (k % 17) - 8.5
    s += x ** 2 + abs(x) ** 0.5 + x ** 3 - x ** -2 + (x * x) ** 1.5
print(s)
