# comprehensions have their own scope
x = "outer"
ys = [x for x in range(3)]
print(x, ys)
i = 10
g = [i * 2 for _ in range(2)]
print(g)
def f():
    n = 5
    return [n * k for k in range(3)]
print(f())
class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
print(C.doubled)
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda k=k: k for k in range(3)]
print([fn() for fn in funcs2])
total = 0
for v in [v * v for v in range(4)]:
    total += v
print(total)
try:
    print(k)
except NameError as e:
    print("NameError:", e)
