# `x in a_list` (numbers, strs, None) and `sub in s` compiled with a helper; a list holding an
# object with __eq__ and an int in a str go through the interpreter (its TypeError).
def vowels(s):
    n = 0
    for ch in s:
        if ch in "aeiou":
            n += 1
        if ch not in "xyz ":
            n += 100
    return n

def members(xs, pool):
    hits = 0
    for x in xs:
        if x in pool:
            hits += 1
    return hits

class Eq:
    def __eq__(self, other):
        return other == 7

text = "the quick brown fox jumps over the lazy dog " * 300
print(vowels(text))
print(members(list(range(3000)), [5, 7, 11, 2.0, True, "7", None]))
print(members(["a", "b", "c", None, 2] * 600, ["b", None, 2.0]))
print(members(list(range(3000)), [1, 2, Eq()]))
nan = float("nan")
print(members([nan, 1] * 1000, [nan]))
words = "alpha beta gamma".split()
t = 0
for i in range(3000):
    if "et" in words[i % 3]:
        t += 1
    if "zz" in "buzz" * (i % 2):
        t += 10
print(t)
try:
    for i in range(3000):
        if i in "abc":
            t += 1
except TypeError as e:
    print("TypeError:", e)
