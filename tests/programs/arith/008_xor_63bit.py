# 63-bit and 64-bit XOR / hashing-style mixing as benchmarks use it
MASK = (1 << 64) - 1
h = 0
for i in range(1, 50):
    h ^= (i * 0x9E3779B97F4A7C15) & MASK
    h = ((h << 7) | (h >> 57)) & MASK
print(h)
a = 0x7FFFFFFFFFFFFFFF
b = 0x5555555555555555
print(a ^ b, a & b, a | b)
print((a ^ b) ^ b == a)
c = 1 << 62
print(c ^ (c - 1), (c ^ (c >> 1)) >> 60)
zobrist = [(i * 6364136223846793005 + 1442695040888963407) % (1 << 63) for i in range(8)]
k = 0
for z in zobrist:
    k ^= z
print(zobrist[:3])
print(k)
