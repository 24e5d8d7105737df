# functions as values: stored, passed, returned, attributes
def apply(fn, *args):
    return fn(*args)
def square(x):
    return x * x
ops = [square, abs, str, len]
print([apply(f, -3) if f is not len else apply(f, "abc") for f in ops])
print(square.__name__, apply.__name__, (lambda: 0).__name__)
table = {"sq": square, "neg": lambda v: -v}
print(table["sq"](4), table["neg"](4))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, square, abs)(-7))
f = square
del square
print(f(6))
print(callable(f), callable(5), callable(print), callable(int))
