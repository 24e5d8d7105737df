# A variable that alternates between int and float, and one that starts unassigned.
def unstable(n):
    x = 0
    for i in range(n):
        if i % 2:
            x = x + 1
        else:
            x = x + 0.5
    return x


def late_assign(n):
    for i in range(n):
        last = i * 3
    return last


def bool_loop(n):
    t = 0
    for i in range(n):
        b = i % 3 == 0
        if b:
            t += 1
    return t


print(unstable(10000))
print(late_assign(5000))
print(bool_loop(9000))
