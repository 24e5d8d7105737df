# indexing by code point with non-ASCII text
s = "añb中c😀d"
print(len(s))
for i in range(len(s)):
    print(i, s[i], ord(s[i]))
print(s[-1], s[-3], s[1:4], s[::-1], s[::2])
print(list(s)[:4], s.index("中"), s.find("😀"), "😀" in s)
try:
    s[7]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
