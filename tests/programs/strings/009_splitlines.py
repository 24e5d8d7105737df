# splitlines
s = "one\ntwo\r\nthree\rfour\n\nsix"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "\na".splitlines())
text = """first
second

fourth
"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
