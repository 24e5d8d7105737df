# Scoping corner cases
x = "global"
def f():
    print(x)
f()
def g():
    x = "local"
    def h():
        return x
    return h()
print(g())
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(2)]
print(C().m(), C.y)
def outer():
    a = 1
    def mid():
        def inner():
            return a + 1
        return inner()
    return mid()
print(outer())
def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    return [f() for f in fs]
print(make())
def gen_scope():
    total = 0
    items = [1, 2, 3]
    g = (x * total for x in items)
    total = 10
    return list(g)
print(gen_scope())
def default_once(a, b=[]):
    b.append(a)
    return b
print(default_once(1), default_once(2))
def kw(a, /, b, *, c, **rest):
    return a, b, c, rest
print(kw(1, 2, c=3), kw(1, b=2, c=3, d=4))
def star(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(star(1, 2, 3), star(*[4, 5], sep="+"))
try:
    kw(a=1, b=2, c=3)
except TypeError as e:
    print(e)
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no")
for x in []:
    pass
else:
    print("empty else")
print(x)
