# TypeError: f() missing 1 required positional argument: 'x'
def f(x):
    return x
print("calling")
f()
