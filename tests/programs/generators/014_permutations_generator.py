# recursive generators: permutations, combinations, subsets
def perms(xs):
    if not xs:
        yield []
        return
    for i, x in enumerate(xs):
        for rest in perms(xs[:i] + xs[i + 1:]):
            yield [x] + rest
print(list(perms([1, 2, 3])))
def subsets(xs):
    if not xs:
        yield []
    else:
        for s in subsets(xs[1:]):
            yield s
            yield [xs[0]] + s
print(sorted(subsets("abc")))
def combos(xs, k):
    if k == 0:
        yield ()
        return
    for i in range(len(xs)):
        for c in combos(xs[i + 1:], k - 1):
            yield (xs[i],) + c
print(list(combos([1, 2, 3, 4], 2)), len(list(combos(list(range(10)), 3))))
