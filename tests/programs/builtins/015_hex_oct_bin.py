# hex, oct, bin
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70), 10 ** 20]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-5), 0))
print(hex(True), bin(False))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
