# return in a generator ends it; the value rides on StopIteration
def g():
    yield 1
    return 42
    yield 2
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(list(g()))
def early(xs):
    for x in xs:
        if x < 0:
            return
        yield x
print(list(early([1, 2, -1, 3])))
def bare():
    return
    yield
print(list(bare()))
