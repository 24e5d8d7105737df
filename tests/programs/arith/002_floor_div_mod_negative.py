# // and % floor toward negative infinity
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(0 // 5, 0 % -5)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 // 2.0, 7 % -2.5, -7 % 2.5)
print(-0.0 % 5, 5.0 % -0.5)
print(10**20 // -3, 10**20 % -3, -(10**20) // 7, -(10**20) % 7)
