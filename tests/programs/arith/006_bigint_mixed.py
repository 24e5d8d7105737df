# mixing machine-size and big ints; overflow never happens
m = 2 ** 63 - 1
print(m + 1, m * 2, m * m)
print(-m - 2, (-m - 1) * -1)
print((m + 1) - 1 == m, type(m + 1).__name__)
x = 1
for i in range(70):
    x *= 3
print(x)
print(x // 3 ** 69, x % 1000, x - 3 ** 70)
big = 10 ** 40
print(big + 1, big - 1, big // 7, big % 7, -big // 7, -big % 7)
print(big * -1, abs(-big), big == 10 ** 40, big > m, -big < -m)
print(2 ** 64 // 2 ** 32, (2 ** 64 + 5) % 2 ** 32)
print(divmod(10 ** 25, 12345), divmod(-10 ** 25, 12345))
print(int(str(7 ** 77)) == 7 ** 77, len(str(7 ** 77)))
print(hex(2 ** 100), bin(2 ** 70 + 1), oct(8 ** 30))
