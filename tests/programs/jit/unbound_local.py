# A local deleted with `del` on a rare branch of a compiled loop and read again in a later
# iteration: UnboundLocalError (caught, then uncaught at the end with its traceback); and a
# variable only assigned on a branch that stops being taken.
def deleted(n):
    x = 0
    i = 0
    try:
        for i in range(n):
            x += i
            if i == 6000:
                del x
    except UnboundLocalError as e:
        print("caught:", e, i)
    return i


print(deleted(9000))


def maybe_set(n):
    total = 0
    for i in range(n):
        if i < 100:
            y = i
        total += y
    return total, y


print(maybe_set(5000))


def fresh(n):
    for i in range(n):
        if i > 7000:
            z = z + 1
        elif i == 7000:
            pass
        else:
            z = i
    return z


print(fresh(7000))
print(fresh(8000))


def reads_after_del(n):
    total = 0
    w = 1
    for i in range(n):
        total += w
        if i == 4444:
            del w
    return total


print(reads_after_del(9000))
