# `q, r = divmod(a, b)` compiled as `a // b` and `a % b` (no tuple): ints, floats, a zero divisor
# mid-loop (the interpreter raises divmod's own message), and a global `divmod` that hides the builtin.
def digits(n):
    total = 0
    for i in range(n):
        x = i
        while x:
            x, d = divmod(x, 10)
            total += d
    return total

def mixed(n):
    t = 0.0
    for i in range(n):
        q, r = divmod(i * 1.5, 7)
        t += q - r
    return t

def zero(n):
    t = 0
    for i in range(n):
        q, r = divmod(100, 5000 - i)
        t += q + r
    return t

print(digits(20000), mixed(20000))
for f in (lambda: zero(6000), lambda: divmod(1.0, 0.0), lambda: divmod(-7, 2), lambda: divmod(7.5, -2)):
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
divmod = lambda a, b: (a, b)
t = 0
for i in range(3000):
    q, r = divmod(i, 7)
    t += q - r
print(t)
