"""Code-point indexing in the str methods on non-ASCII text: indices returned and accepted
by find/index/count/startswith agree with slicing."""

texts = ["héllo wörld", "日本語のテキスト、日本", "a😀b😀c😀", "ΑΣ ΟΔΟΣ", "naïve café"]
needles = ["l", "ö", "日本", "😀", "Σ", "é", "", "zz"]

for t in texts:
    print(repr(t), len(t))
    for n in needles:
        i = t.find(n)
        r = t.rfind(n)
        c = t.count(n)
        print("  ", repr(n), i, r, c, t[i:i + len(n)] == n if i >= 0 else None)
        if i >= 0:
            assert t.index(n) == i and t.rindex(n) == r
            assert t.startswith(n, i) and t.endswith(n, 0, r + len(n))
    for start in range(-3, len(t) + 2, 3):
        print("   start", start, t.find("l", start), t.count("日", start), t.startswith("😀", start))

s = "Grüße, Jürgen! Ça va? ½ ² ٣"
print(s.upper())
print(s.lower())
print(s.title())
print(s.swapcase())
print(s.casefold())
print([w for w in s.split() if w.isalpha()])
print([(ch, ch.isdigit(), ch.isdecimal(), ch.isnumeric()) for ch in "½²٣3"])
print(s.center(40, "·"))
print(s.ljust(32, "é") + "|")
print(s.rjust(32) + "|")
print(s.partition("Jürgen"))
print(s.rsplit(" ", 2))
print(s.replace("ü", "ue"))
print(s.translate(str.maketrans("üß", "us", "!?")))
print("\t".join(["αβ", "γ"]).expandtabs(4) + "|")
print("ü\nß\r\nç".splitlines(), "ü\nß\r\nç".splitlines(True))
print("  ünï  ".strip(), "xxünïxx".strip("x"), "ïïünïï".strip("ï"))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(words)), max(words, key=len), "-".join(w.capitalize() for w in words))
print("{name:} is {age}".format_map({"name": "Zoë", "age": 7}))
