# str() of numbers in containers and at various magnitudes
print([1, -1, 1.0, -1.5, 10 ** 20, 1e20, 1e21, 2e-7])
print((0.1, 0.25, 1e16, 123456.789))
print({1: 1.0, 2.5: -0.0})
for e in range(-6, 20, 3):
    print(e, 10.0 ** e, 1.5 * 10.0 ** e)
print(str(1.0), str(1e0), str(10.0), str(1e1))
print(12345678901234567890.0, 0.000001234)
