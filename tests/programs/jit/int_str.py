# `name = str(n)` for an int n compiled: the new str goes straight into the variable's slot; a
# variable passing 2**63 (a big int: the interpreter), negative numbers, a str used as a
# dict key and compared, and a global `str` that hides the builtin.
def digits_total(n):
    s = 0
    for i in range(n):
        t = str(i)
        s += len(t)
    return s

def keys(n):
    d = {}
    for i in range(n):
        k = str(i % 50)
        d[k] = d.get(k, 0) + 1
    return len(d), d["7"]

def grow(n):
    out = 0
    x = 2**62 - 1000
    for i in range(n):
        t = str(x)
        out += len(t)
        x += 1
    return out

def big(n):
    x = 2**63 - 500
    total = 0
    for i in range(n):
        t = str(x)
        total += len(t)
        x += 1
    return total

print(digits_total(30000), keys(3000), grow(3000), big(3000))
t = 0
for i in range(-1500, 1500):
    s = str(i)
    if s == "-7":
        t += 1000
    t += len(s)
print(t, s)
str = lambda v: "<" + repr(v) + ">"
u = 0
for i in range(3000):
    w = str(i)
    u += len(w)
print(u, w)
