# bitwise ops on ints, including negatives and big values
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 >> 1, -1 >> 10, -12 << 3)
print(5 & -1, 0 | 0, ~0, ~-1)
print(1 << 64, 1 << 100, (1 << 100) >> 98)
print(2 ** 70 & 2 ** 70 - 1, (2 ** 70 | 1) ^ 2 ** 70)
print(-(2 ** 70) >> 3, -(2 ** 70) & 0xFF, ~(2 ** 70))
print(0xDEADBEEF & 0xFFFF, 0xDEADBEEF >> 16)
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, bin(x).count("1"))
print(True & False, True | False, True ^ True, type(True & True).__name__)
