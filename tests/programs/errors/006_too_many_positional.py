# TypeError: f() takes 1 positional argument but 2 were given
def f(x):
    return x * 2
print(f(1))
print(f(1, 2))
