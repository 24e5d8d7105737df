# generator functions: lazy execution, state between yields
def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("end")
g = gen()
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "exhausted"))
print(list(gen()))
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(squares(4)), max(squares(6)))
for s in squares(3):
    print("s", s)
