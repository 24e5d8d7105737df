import io
from io import StringIO

s = StringIO()
print(s.write("hello "), s.write("world\n"))
print("second line", 42, file=s)
s.writelines(["a\n", "b\n"])
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(5)), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print("line:", line.rstrip())
t = StringIO("abc\ndef")
print(repr(t.read()), repr(t.read()), t.tell())
t.seek(1)
t.write("X")
print(repr(t.getvalue()))
with StringIO("in context") as u:
    print(u.read(), u.closed)
print(u.closed)
try:
    u.read()
except ValueError as e:
    print("ValueError:", e)
v = io.StringIO("x\ny\nz")
print(next(v), list(v))
w = StringIO("truncate me")
w.seek(4)
print(w.truncate(), repr(w.getvalue()))
try:
    StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    StringIO(5)
except TypeError as e:
    print("TypeError:", e)
out = StringIO()
for i in range(3):
    out.write(f"{i},")
print(out.getvalue(), out.readable(), out.writable(), out.seekable())
