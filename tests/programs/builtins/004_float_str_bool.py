# float(), str(), bool() constructors
print(float(), float(3), float("3.5"), float("  -1e3 "), float("inf"), float("-Infinity"), float("1_0.5"))
print(float(True), float(10 ** 18), float(".5"), float("5."), float("+1.25"))
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(str(), str(1), str(-1.5), str(None), str(True), str([1, "a"]), str((1,)), str({1: "x"}), str("s"))
print(bool(), bool(0), bool(1), bool(""), bool("False"), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0))
print(repr(str(3.0)), repr(str(1e20)), repr(str(-0.0)))
