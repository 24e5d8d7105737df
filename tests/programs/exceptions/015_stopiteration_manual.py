# iterating manually with StopIteration
it = iter([10, 20, 30])
total = 0
while True:
    try:
        v = next(it)
    except StopIteration:
        break
    total += v
print(total)
def gen():
    yield 1
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("done", e.value, repr(e))
