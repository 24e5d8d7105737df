# io.StringIO as an in-memory text file
import io
buf = io.StringIO()
buf.write("hello ")
buf.write("world\n")
print("second line", file=buf)
print(repr(buf.getvalue()))
r = io.StringIO("line1\nline2\nline3\n")
print(repr(r.readline()), repr(r.read()))
r2 = io.StringIO("a\nb\nc")
print([line for line in r2])
r3 = io.StringIO("x\ny\n")
print(r3.readlines())
from io import StringIO
s = StringIO()
for i in range(3):
    s.write(f"{i},")
print(s.getvalue())
