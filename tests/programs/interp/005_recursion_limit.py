import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("caught", e)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(4000))
def gen(n):
    if n > 0:
        yield n
        yield from gen(n - 1)
print(sum(gen(300)))
f(0)
