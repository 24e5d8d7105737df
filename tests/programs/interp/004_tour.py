def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return f"P({self.x}, {self.y})"

p = P(3, 4)
print(p, p.norm())
d = {}
for w in "a b c a b a".split(" ") if False else ["a", "b", "c", "a", "b", "a"]:
    d[w] = d.get(w, 0) + 1
print(d, sorted(d.items(), key=lambda kv: -kv[1]))
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(x for x in range(10)))
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
print([x * 2 for x in range(5) if x % 2 == 0], {k: v for k, v in zip("abc", range(3))})
print(0.1 + 0.2, 1e16, 1e-5, -0.0, 2**100, 7 // -2, -7 % 3)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return inc()
print(outer())
class A:
    def hi(self): return "A"
class B(A):
    def hi(self): return "B" + super().hi()
print(B().hi(), B.__mro__)
x = [1, 2, 3]
x.append(x)
print(x)
print(undefined_name)  # ends with NameError
