# zfill, center, ljust, rjust
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3))
print("[" + "hi".center(6) + "]", "[" + "hi".center(7) + "]", "[" + "hi".center(7, "*") + "]")
print("[" + "odd".center(6) + "]", "[" + "odd".center(8, "-") + "]", "[" + "abc".center(2) + "]")
print("[" + "hi".ljust(5) + "]", "[" + "hi".rjust(5) + "]", "[" + "hi".ljust(5, ".") + "]", "[" + "hi".rjust(5, "0") + "]")
print("[" + "toolong".ljust(3) + "]", "[" + "é".center(5, "é") + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
