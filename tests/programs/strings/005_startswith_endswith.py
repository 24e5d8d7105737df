# startswith / endswith incl. tuples and ranges
s = "hello.py"
print(s.startswith("he"), s.startswith("lo"), s.endswith(".py"), s.endswith("py", 0, 5))
print(s.startswith(("x", "h")), s.endswith((".txt", ".py")), s.endswith(()))
print(s.startswith("", 3), s.startswith("llo", 2), s.startswith("h", 1))
print("".startswith(""), "".endswith("a"), "abc".endswith("abc"), "abc".endswith("xabc"))
print(s.startswith("lo", -5), s.endswith("ll", -8, -4))
