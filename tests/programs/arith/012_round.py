# round: banker's rounding, ndigits, int results
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1), round(1234.5, -2))
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2))
print(round(7), round(7, 1), round(7, -1), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(5, 1)).__name__)
print(round(1e20), round(2.5e-3, 3), round(-2.5), round(0.49999999999999994))
print(round(10 ** 30 + 5, -1), round(1.23456789e-5, 7))
