# `for ch in s` compiled: characters below U+0100 come from the shared one-character
# strings; a character above U+00FF leaves compiled code for that iteration; inner str loops
# under list loops; `or` chains of str comparisons (if-converted); the loop variable after
# the loop; a str rebound while its loop runs.
def vowels(s):
    n = 0
    for ch in s:
        if ch == "a" or ch == "e" or ch == "i" or ch == "o" or ch == "u":
            n += 1
    return n


def first_with(words, c):
    hits = 0
    where = []
    for w in words:
        for ch in w:
            if ch == c:
                hits += 1
                where.append(w)
                break
    return hits, where[:3]


def rebinding(s):
    seen = 0
    for ch in s:
        seen += 1
        s = s + "!"
    return seen, len(s), ch


def collect(s):
    out = []
    last = None
    for ch in s:
        if ch != " ":
            out.append(ch)
        last = ch
    return "".join(out[-20:]), len(out), last


text = "the quick brown fox jumps over the lazy dog " * 400
print(vowels(text), vowels(""), vowels("é" * 3000 + "aé€a" * 100 + "ü" * 500))
print(first_with(text.split() * 2, "o"), first_with(["€o", "ab", "o€", ""] * 700, "o"))
print(rebinding("abc" * 1000))
print(collect(text), collect("x€y z" * 700))
total = 0
for word in text.split():
    for ch in word:
        if ch == "q":
            total += 100
        total += 1
print(total, ch, word)
