# lambda expressions
sq = lambda x: x * x
print(sq(5), (lambda: 42)(), (lambda a, b=2: a * b)(3), (lambda *a: len(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2), (lambda x, *, y: x - y)(5, y=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda p: p[0] * 10, pairs)))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print(list(filter(lambda n: n % 3 == 0, range(15))))
fs = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print(fs["add"](2, 3), fs["sub"](2, 3))
print(type(sq).__name__, callable(sq))
