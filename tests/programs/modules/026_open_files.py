# open() on a temporary file: write, read, readline(s), iteration, append
path = "/tmp/hyper_conformance_modules_026.txt"
with open(path, "w") as f:
    f.write("first line\n")
    f.write("second line\n")
    print("third line", file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path, "a") as f:
    n = f.write("appended\n")
print(n)
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path) as f:
    lines = f.readlines()
print(len(lines), repr(lines[-1]))
f = open(path, "w")
f.write("überschrieben ✓\n")
f.close()
with open(path, encoding="utf-8") as f:
    text = f.read()
print(text, len(text))
