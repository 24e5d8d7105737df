# format() builtin
print(format(123), format(123, "d"), format(123, "5d"), format(123, "<5"), format(123, "x"))
print(format(3.14159, ".2f"), format(0.5, "%"), format(1e6, "e"), format(12345.6789, ",.1f"))
print(format("text", ">8"), format("text", "^8"), format("text", ".2"), format(None, "") if True else "")
print(format(True), format(1.0), format([1, 2]), format((1,)), format(-0.0), format(1e16))
class C:
    def __str__(self):
        return "C-str"
print(format(C()), format(C(), ""))
try:
    format(C(), ">5")
except TypeError as e:
    print("TypeError:", e)
