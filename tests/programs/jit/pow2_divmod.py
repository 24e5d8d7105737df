# `//` and `%` by powers of two (folded to shifts and masks), and by other constants and
# negative powers of two (kept as guarded ops), on negative and positive ints near the
# i64 limits, in hot loops; `>>` by constant counts, including counts past 63.


def by_powers(lo, hi, step):
    total = 0
    mix = 0
    for x in range(lo, hi, step):
        a = x // 2
        b = x % 2
        c = x // 8
        d = x % 8
        e = x // 1024
        f = x % 1024
        g = x // 4611686018427387904
        h = x % 4611686018427387904
        total = (total * 31 + (a ^ b ^ c ^ d ^ e ^ f ^ g ^ h)) & 0xFFFFFFFFFFFF
        mix ^= (b * 7 + d * 3 + f + (a & 0xFF) + (e & 0xFFF)) & 0xFFFF
    return total, mix


def by_others(lo, hi, step):
    total = 0
    for x in range(lo, hi, step):
        total = (total * 17 + ((x // 3) ^ (x % 3) ^ (x // -2) ^ (x % -2) ^ (x // -8) ^ (x % -8) ^ (x // 10) ^ (x % 10))) & 0xFFFFFFFFFF
    return total


def shifts(lo, hi, step):
    total = 0
    for x in range(lo, hi, step):
        total = (total * 13 + ((x >> 1) ^ (x >> 7) ^ (x >> 63) ^ (x >> 64) ^ (x >> 200) ^ (x >> 0))) & 0xFFFFFFFFFF
    return total


def edges():
    big = 9223372036854775807
    small = -9223372036854775807 - 1
    acc = 0
    for k in range(3000):
        w = small + k
        v = big - 3 * k
        acc ^= (w // 2) ^ (w % 2) ^ (w // 64) ^ (w % 64) ^ (w >> 5) ^ (w // 4611686018427387904)
        acc ^= (v // 2) ^ (v % 2) ^ (v // 64) ^ (v % 64) ^ (v >> 5) ^ (v // 4611686018427387904)
    return acc, small // 2, small % 2, big // 2, big % 2


def hashes(n):
    h = 7
    for i in range(n):
        h = (h * 33 + i) % 1048576
        h = h // 4 + (h % 16) * 65536
    return h


print(by_powers(-5000, 5000, 1))
print(by_powers(-10**15, 10**15, 10**11 + 7))
print(by_powers(-(2**62) - 3000, -(2**62) + 3000, 1))
print(by_others(-5000, 5000, 1))
print(by_others(-10**17, 10**17, 10**13 + 3))
print(shifts(-5000, 5000, 1))
print(shifts(-(2**62), 2**62, 2**49 + 1))
print(edges())
print(hashes(100000))
