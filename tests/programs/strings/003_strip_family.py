# strip, lstrip, rstrip with and without chars
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print(repr("".strip()), repr("   ".strip()), "hi".strip(""), "a".strip("a") == "")
print("0012300".strip("0"), "0012300".lstrip("0"), "0012300".rstrip("0"))
print(repr("\u00a0 x \u00a0".strip()))
