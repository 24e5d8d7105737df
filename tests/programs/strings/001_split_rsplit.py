# split and rsplit with and without separators and maxsplit
s = "  a  b\tc\nd  "
print(s.split(), s.split(" "), s.split(None, 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("one two three".rsplit(), "one two three".rsplit(None, 1), "one two three".rsplit(" ", 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a--b--c".split("--"), "a--b--c".split("--", 1), "a--b--c".rsplit("--", 1))
print("x".split("x"), "xx".split("x"), "path/to/file.txt".rsplit("/", 1))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "a b".split(sep=" "))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
