# conversions near the limits
print(int(1e15), int(1e16), int(1.5e18), int(9.2e18), int(1e19), int(-1e19))
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 63), float(-(2 ** 63)))
print(int(float(2 ** 60)) == 2 ** 60)
print(float(10 ** 300) * 10, float(-(10 ** 300)))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(10 ** 400 // 10 ** 399, 10 ** 400 > 1e308)
print(2 ** 1000 / 2 ** 999)
