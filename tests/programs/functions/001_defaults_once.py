# default values are evaluated once, at def time
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
counter = 0
def next_default():
    global counter
    counter += 1
    return counter
def f(a=next_default()):
    return a
print(f(), f(), f(10), counter)
n = 5
def g(x=n):
    return x
n = 6
print(g())
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
