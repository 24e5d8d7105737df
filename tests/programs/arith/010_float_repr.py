# float repr: shortest round-trip form
vals = [0.1 + 0.2, 1e16, 1e15, 1e-5, 1e-4, -0.0, 0.0, 1.0, 100.0, 1e22, 1e23,
        123456789012345678.0, 0.1, 1/3, 2.5, 1.1 * 1.1, 3.0 * 1.1, 9007199254740993.0,
        1.7976931348623157e308, 5e-324, 0.5e-6, 12345.678, 1e-7, 4.35, 0.000123]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("inf")), -float("inf"))
print([0.1, -0.0, float("nan")])
print(2.0 ** 0.5, 10 / 3, 1e100)
