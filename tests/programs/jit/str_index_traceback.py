# An IndexError from `s[i]` in a compiled loop, uncaught: CPython's traceback, and the
# string built so far printed before it.
def build(s, n):
    out = ""
    for i in range(n):
        out += s[i]
        if i % 100 == 99:
            print(len(out))
    return out


build("abcdefghij" * 30, 1000)
