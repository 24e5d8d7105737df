# One compiled loop entered again and again (one call each) with different states on entry:
# a read-only local that is unbound (UnboundLocalError at the first iteration), an int, a
# str, a float, a bool and a big int in the same variable, a list replaced by a tuple, and a
# range step whose sign and size change from call to call.
def scaled(n, flag, k):
    if flag:
        y = k
    t = 0
    for i in range(n):
        t = t + y * i
    return t


print(scaled(5000, True, 3))
try:
    print(scaled(5000, False, 3))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(scaled(5000, True, "ab"))
except TypeError as e:
    print("TypeError:", e)
print(scaled(5000, True, 0.5))
print(scaled(0, False, 1), scaled(5000, True, True))
print(scaled(5000, True, 2**64) % 1000003)


def total(xs):
    t = 0
    i = 0
    while i < len(xs):
        t += xs[i]
        i += 1
    return t


print(total(list(range(6000))))
print(total(tuple(range(6000))))
print(total([0.5] * 4000))
print(total(list(range(3000)) + [2**65]))


def stepped(lo, hi, step):
    s = 0
    n = 0
    for i in range(lo, hi, step):
        s += i
        n += 1
    return s, n


cases = [(0, 9000, 1), (0, 9000, 7), (9000, 0, -1), (9000, 0, -13), (0, 9000, 9000), (5, 5, 1)]
cases.append((-(2**62), 2**62, 2**59))
for args in cases:
    print(args, stepped(*args))
