# yield as a statement and as an expression.
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield x
    z = (yield)
    yield from other()
    return x
