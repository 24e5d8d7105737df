# basic int arithmetic
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, ~a, abs(-a))
print(b - a, (b - a) * 3)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 - 3 - 2, 100 // 10 // 3, 2 * 3 % 4)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 7; print(x)
