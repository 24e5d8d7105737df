# Parameters with defaults, *, /, **, annotations, decorators, lambdas.
@decorator
@decorator.with_args(1, key="v")
def f(a, b: int = 3, *args: str, c, d: float = 1.0, **kwargs) -> list[float]:
    """A docstring."""
    return a, b


def g(a, b, /, c, *, d):
    global counter
    counter += 1


def h():
    def inner():
        nonlocal x
        x = 1
    return inner


w = lambda: 0
w2 = lambda a, b=1, *args, c, d=2, **kw: (a, b)
w3 = lambda *, k: k
