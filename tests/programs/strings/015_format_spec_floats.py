# float format specs: e E f F g G % with precision, width, grouping, sign
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 0.000012345, 1e16, 1e-7, 123.456]
for spec in ["f", ".2f", "10.3f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", ",.2f", "+.1f", "08.2f", "<12.4g", "^12.2e", "_.1f"]:
    print(f"{spec:7}", " ".join(format(v, spec) for v in vals))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "g"), format(float("inf"), "F"), format(float("nan"), "E"))
print(format(2.5, ""), format(1e16, ""), format(1.0, "g"), format(100000.0, "g"), format(1000000.0, "g"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"))
print(format(12.0, "#g"), format(12.0, "#.0f"), format(1.23456789e-10, ".3"), format(123456789.0, ".3"))
print(format(5, "f"), format(5, ".2e"), format(5, "%"), format(10 ** 20, ".3g"))
