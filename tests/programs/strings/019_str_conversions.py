# str() and repr() of strings and other values
for v in ["plain", "it's", 'say "x"', "both ' and \"", "tab\t", "nl\n", "uni é", "\\", "\x7f", "\u200b"]:
    print(str(v).strip(), repr(v))
print(str(1), repr(1), str(1.5), repr(2.0), str([1, "a"]), repr("a"))
print(repr(str()), repr(""), str(""))
print(int("  12  "), str(-0), str(0.1 + 0.2))
