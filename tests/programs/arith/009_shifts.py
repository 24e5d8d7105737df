# shifts: large counts, negative operands, shift errors
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64, 1 << 200)
print(255 >> 4, 255 >> 8, 255 >> 100, -255 >> 4, -1 >> 1000)
print(3 << 70 >> 70, (-3) << 70 >> 69)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
n = 12345
print(n >> 3 << 3, n & ~7)
