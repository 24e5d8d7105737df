# try/finally inside generators; exceptions raised from generators
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in guarded():
    print("got", x)
def failing():
    yield 1
    raise ValueError("generator failed")
try:
    for x in failing():
        print("value", x)
except ValueError as e:
    print("caught", e)
def catching():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(catching()))
def early_exit():
    try:
        for i in range(10):
            yield i
    finally:
        print("finally ran")
g = early_exit()
for v in g:
    if v == 2:
        break
print("after break, generator still open")
print(list(g))
