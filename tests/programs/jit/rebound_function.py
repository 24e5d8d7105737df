# A global function called from a hot loop (every 100th iteration, so the rest of the body
# compiles) is rebound mid-run: by the loop itself, by the function replacing itself on its
# first call, and a method replaced on the class. Each call after the rebinding must reach
# the new function, and the compiled iterations between calls must not cache the old one.
def weight(i):
    return 1


def heavy(i):
    return 1000


def run(n):
    global weight
    total = 0
    calls = 0
    for i in range(n):
        total += i % 3
        if i % 100 == 0:
            total += weight(i)
            calls += 1
        if i == 5000:
            weight = heavy
    return total, calls


print(run(10000))
weight = lambda i: -i
print(run(3000))
print(run(10000))


def once(i):
    global once
    once = lambda i: 2
    return 100


def self_replacing(n):
    s = 0
    for i in range(n):
        s += 1
        if i % 250 == 0:
            s += once(i)
    return s


print(self_replacing(8000))


class Scaler:
    def factor(self):
        return 2


def triple(self):
    return 3


def method_swap(sc, n):
    acc = 0
    for i in range(n):
        acc += i & 15
        if i % 500 == 0:
            acc += sc.factor() * 1000
        if i == 4000:
            Scaler.factor = triple
        if i == 7000:
            sc.factor = lambda: 5
    return acc


print(method_swap(Scaler(), 10000))


def kernel(x):
    return x + 1


def compose(n):
    global kernel
    y = 0
    i = 0
    while i < n:
        y = (y * 3 + i) % 100003
        if i % 1000 == 999:
            y = kernel(y)
            old = kernel
            kernel = lambda x, old=old: old(x) * 2 % 100003
        i += 1
    return y


print(compose(9000))
