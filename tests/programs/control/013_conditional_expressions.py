# conditional expressions nested and in comprehensions, lambdas, arguments
def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(x) for x in (-2, 0, 5)])
f = lambda n: n if n < 2 else f(n - 1) + f(n - 2)
print([f(i) for i in range(10)])
print(max(1, 2) if True else None, (lambda: "a" if 0 else "b")())
x = 5
msg = ("big" if x > 3 else "small") + "!"
print(msg)
