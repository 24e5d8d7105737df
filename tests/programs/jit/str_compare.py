# `==` and `!=` on strs in compiled loops: literals, variables, s[i], equal strs that are
# different objects, non-Latin-1 text, a variable that turns from str to int mid-loop, and
# str subclasses (compared by the interpreter).
def count_char(s, c):
    n = 0
    for i in range(len(s)):
        if s[i] == c:
            n += 1
    return n


def tally(words, target):
    same = 0
    other = 0
    for w in words:
        if w == target:
            same += 1
        if w != "beta":
            other += 1
    return same, other


def palindromes(words):
    found = []
    for w in words:
        i = 0
        j = len(w) - 1
        ok = True
        while i < j:
            if w[i] != w[j]:
                ok = False
                break
            i += 1
            j -= 1
        if ok:
            found.append(w)
    return found


def changing(items):
    hits = 0
    for x in items:
        if x == "k":
            hits += 1
        else:
            hits += 100
    return hits


class Tag(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


text = "abcabcxyz" * 2000
print(count_char(text, "c"), count_char(text, "q"), count_char("ééxé" * 900, "é"))
joined = "".join(["be", "ta"])
print(tally(["alpha", "beta", "gamma", joined] * 1500, "beta"))
print(tally(["€", "beta", "€uro"] * 1200, "€"))
print(palindromes(["level", "abc", "noon", "x", "", "abca", "racecar"] * 400)[:8])
print(changing(["k", "j"] * 1500 + [1, 2.5, None] * 10 + ["k"] * 100))
print(tally([Tag("zz"), "beta"] * 1500, "beta"))
print(tally(["beta", 7, "beta"] * 1000, "beta"))
