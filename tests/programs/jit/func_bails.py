# Compiled functions leave the typed code ("bail") when Python's answer is not an int64,
# a float or a bool, or when Python would raise: the interpreter then runs the call.


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def shl(x, k):
    if k == 0:
        return x
    return shl(x, k - 1) * 2 + (x << 1) - 2 * x


def down(n, d):
    if n <= 0:
        return 0
    return n // d + down(n - 1, d)


def ratio(a, b):
    return a / b if b != 1 else ratio(a, b + 1)


def inv(x, k):
    if k == 0:
        return 1.0 / x
    return inv(x - 0.5, k - 1)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


# warm up with small values, then cross into big ints mid-recursion
for i in range(2000):
    fact(i % 15)
print(fact(20), fact(21), fact(30))
print(shl(1, 10), shl(3, 62), shl(5, 70))
for i in range(2000):
    down(i % 20, 3)
try:
    print(down(10, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(down(10, -3))
print(ratio(7, 2), ratio(2**60, 3), ratio(2**53 + 1, 1), ratio(-(2**53), 3))
for i in range(2000):
    inv(10.0 + i, 3)
try:
    print(inv(2.0, 4))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for i in range(2000):
    depth(i % 100)
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(500))


def twice(n):
    return helper(n) * 2


def helper(n):
    return n + 1


for i in range(3000):
    twice(i)
print(twice(10))


def helper(n):  # rebinding a callee: compiled callers must see the new one
    return n - 1


print(twice(10), [twice(i) for i in range(5)])
helper = lambda n: n * 100
print(twice(10))


MOD = 7
SCALE = 0.5
LOUD = True


def modsum(n):
    # module constants are compiled in; rebinding one makes the code bail
    if n == 0:
        return 0
    return (n + modsum(n - 1)) % MOD


def scaled(n):
    return n * SCALE if LOUD else -1.0


for i in range(3000):
    modsum(i % 30)
    scaled(i)
print(modsum(25), scaled(3))
MOD = 11
SCALE = 2
print(modsum(25), scaled(3))
LOUD = False
print(scaled(3), [modsum(k) for k in range(5)])
