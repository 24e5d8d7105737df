# divmod, pow with modulus, abs on ints and floats
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(0, 3))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, -1, 7))
print(pow(7, 0, 1), pow(10 ** 20, 10 ** 5, 97))
print(abs(-5), abs(5), abs(-2.5), abs(-10 ** 30), abs(-0.0))
print(pow(2, 0.5), pow(-8, 2), pow(0, 0))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
