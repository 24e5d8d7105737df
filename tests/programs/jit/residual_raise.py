# Exceptions raised by residual calls inside compiled loops: caught inside the loop's
# function, caught outside it, and finally not caught (the traceback's last line).


def check(i, bad):
    if i == bad:
        raise ValueError("bad value %d" % i)
    return i


def caught_outside(bad):
    s = 0
    try:
        for i in range(20000):
            s += 1
            v = check(i, bad)
    except ValueError as e:
        print("outside:", e, s)
    return s


print(caught_outside(9999))
print(caught_outside(3))


def per_iteration():
    errors = 0
    for i in range(3000):
        try:
            check(i % 100, 50)
        except ValueError:
            errors += 1
    return errors


print(per_iteration())

items = [1, 2, 3]
total = 0
for i in range(5000):
    total += 1
    x = items.index(2)
    if i == 4999:
        items.index(99)
