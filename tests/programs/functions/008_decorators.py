# decorators: plain, with arguments, stacked, class-based
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return f"hello {name}"
print(greet("ann"))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
calls = []
def trace(fn):
    def wrapper(*a):
        calls.append(fn.__name__)
        return fn(*a)
    return wrapper
@trace
@shout
def hi():
    return "hi"
print(hi(), calls)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.count)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), registry["beta"]())
