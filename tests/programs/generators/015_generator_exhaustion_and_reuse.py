# a generator can be iterated once; functions returning generators can be re-called
def evens(n):
    return (i for i in range(0, n, 2))
g = evens(7)
print(list(g), list(g), 2 in evens(7), 3 in evens(7))
g2 = evens(10)
print(4 in g2, list(g2))
def gen():
    yield from range(3)
it = gen()
print(iter(it) is it, list(zip(it, it)))
print(sorted(gen(), reverse=True), list(enumerate(gen(), 1)), list(map(str, gen())))
print(list(filter(None, (x % 2 for x in range(6)))))
