# iterating strings, ord/chr, comparison of chars
word = "Python"
for i, ch in enumerate(word):
    print(i, ch, ord(ch), chr(ord(ch) + 1))
print([c for c in "a1b2" if c.isdigit()], sorted("hello"), list(reversed("abc")))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world xyz")
print(caesar)
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts)
