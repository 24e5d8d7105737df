# replace, find, rfind, index, rindex-free, count
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("the ", ""))
print(s.replace("", "-")[:12], "aaa".replace("a", "aa"), "abc".replace("x", "y"))
print(s.find("at"), s.find("at", 6), s.find("at", 6, 8), s.find("dog"), s.find(""))
print(s.rfind("at"), s.rfind("at", 0, 10), s.rfind("zz"), s.rfind(""))
print(s.index("sat"), s.index("t", 1))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
print(s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"), s.count("at", 10))
print("héllo wörld".find("w"), "héllo".replace("é", "e"))
print(s.find("the", -6), s.find("t", -100, -15))
