# int() from strings with bases, floats, bools
print(int(), int(7), int(-7.9), int(True), int("0"), int("-0"), int("+5"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("10", 0))
print(int("777", 8), int("1010", 2), int("z", 36), int("Zz", 36), int("1_000", 10), int("  42\n"))
print(int("-0b11", 0), int("0B11", 2), int("11", 3), int("10" * 20, 2))
for bad in ["", "1.5", "abc", "0x", "1 2", "08"]:
    try:
        int(bad, 0) if bad == "08" else int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
