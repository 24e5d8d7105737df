# float arithmetic results printed exactly
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
print(1.1 + 2.2, 3.3 - 1.1, 1.1 * 3, 4.4 / 2)
print(2.5 * 4, 1e10 + 1, 1e16 + 1, 1e16 + 2)
print(0.1 ** 2, 1.0 / 49 * 49, 100.0 * 1.1)
print(-0.0 + 0.0, -0.0 * 1, 0.0 * -1, -0.0 - 0.0)
print(abs(-0.0), -(0.0), 0.0 == -0.0)
print(3.0 // 0.1, 3.0 % 0.1)
print(2.0 ** 62, 2.0 ** 63, 2.0 ** 64, float(2 ** 70))
print(1e-310, 1e-320 * 1e10)
vals = [3.7, -3.7, 3.5, -3.5, 0.2]
print([int(v) for v in vals], [round(v) for v in vals])
print(sum([0.1] * 10), 0.1 * 10)
