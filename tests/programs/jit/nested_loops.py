# Nested loops: inner loops compile, outer ones are interpreted (and re-enter the inner).
def table(n):
    total = 0
    for i in range(n):
        for j in range(i):
            total += i * j
    return total


def triangle(n):
    count = 0
    a = 1
    while a < n:
        b = a
        while b < n:
            if (a * a + b * b) % 7 == 0:
                count += 1
            b += 1
        a += 1
    return count


print(table(300))
print(triangle(200))
s = 0
for i in range(50):
    for j in range(0, 1000, 7):
        s += j - i
    for k in range(1000, 0, -3):
        s -= k // 3
print(s)
