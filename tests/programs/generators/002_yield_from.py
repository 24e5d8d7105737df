# yield from delegates to sub-generators and iterables
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from "ab"
    yield from range(3)
print(list(outer()))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [], [[6]]])))
def tree(depth, prefix=""):
    yield prefix or "root"
    if depth:
        for c in "lr":
            yield from tree(depth - 1, prefix + c)
print(list(tree(2)))
