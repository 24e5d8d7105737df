# Hot loops at module level work on module globals.
total = 0
for i in range(100000):
    total += i * 2
print(total)

x = 1.0
n = 0
while x < 1e300:
    x = x * 1.5
    n += 1
print(n, x)

acc = 0
step = 3
for i in range(0, 30000, step):
    acc = acc ^ (i << 2)
    acc = acc & 0xFFFFFF
print(acc, i)

flag = True
count = 0
while flag:
    count += 1
    flag = count < 12345
print(count, flag)
