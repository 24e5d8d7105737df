path = "/tmp/hyper_stdlib_009_files.txt"
with open(path, "w") as f:
    print(f.write("first line\n"), f.closed, f.mode, f.name)
    f.write("second line\n")
    print("third", "line", file=f)
    f.writelines(["4\n", "5\n"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("appended\n")
f = open(path)
lines = f.read().splitlines()
f.close()
print(lines, len(lines))
print(sum(1 for _ in open(path)))
with open(path, "w") as f:
    f.write("a\r\nb\rc\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(f.readlines())

def tr(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

tr(lambda: open("/tmp/hyper_no_such_dir/x.txt"))
tr(lambda: open(path, "q"))
tr(lambda: open(path, "rw"))
tr(lambda: open(path).write("x"))
tr(lambda: open(path, "w").read())
tr(lambda: open(path, "x"))
g = open(path)
g.close()
tr(lambda: g.read())
tr(lambda: open(path, "w").write(3))
try:
    open("/tmp/hyper_no_such_dir/y.txt")
except FileNotFoundError as e:
    print(e.errno, e.filename, isinstance(e, OSError))
except OSError:
    print("wrong")
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo ☃\n")
with open(path, encoding="utf-8") as f:
    t = f.read()
print(t, len(t))
