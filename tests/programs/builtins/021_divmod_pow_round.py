# divmod, pow, round as builtins
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 5), pow(2, -2), pow(2, 5, 3), pow(-2, 3, 5), pow(5, -1, 7), pow(2.0, 3))
print(round(1.25, 1), round(1.35, 1), round(-1.5), round(2.5), round(3.5), round(123.456, -1), round(5))
print(round(0.5 + 1e-9), round(1e300, 2) == 1e300, round(-0.4), round(-0.6))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    round("1")
except TypeError as e:
    print("TypeError:", e)
