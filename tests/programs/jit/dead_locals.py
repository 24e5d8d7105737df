# Locals a loop assigns before reading, and reads nowhere else, are left out of the
# compiled loop's header state. Every case here reads such a variable somewhere else, or
# needs its value after an exit in the middle of an iteration, so each must still see the
# value CPython gives it.


def read_after_loop(n):
    for i in range(n):
        t = i * 2
        u = t + 1
    return t, u


print(read_after_loop(5000))


def read_after_break(n):
    for i in range(n):
        t = i * 3
        if i == 4321:
            break
    return t


print(read_after_break(10000))


def read_in_handler(xs):
    try:
        for i in range(len(xs) + 1):
            t = i * 5
            s = xs[i]
    except IndexError:
        return "IndexError", t
    return "no error"


print(read_in_handler(list(range(6000))))


def read_before_assign(n):
    acc = 0
    t = 0
    for i in range(n):
        acc += t
        t = i * 7
    return acc


print(read_before_assign(5000))


def needed_mid_iteration(xs):
    # `t` is dead at the header, but when xs[i] turns into a str the iteration leaves
    # compiled code after `t = ...` and the interpreter reads `t` next.
    total = 0
    out = []
    for i in range(len(xs)):
        t = i * 11
        v = xs[i]
        total += t + len(str(v))
    return total


print(needed_mid_iteration([1.5] * 3000 + ["ab"] * 5 + [2.5] * 100))


def deleted_after(n):
    for i in range(n):
        t = i
    del t
    return "deleted"


print(deleted_after(3000))


def zero_then_many(ns):
    results = []
    for n in ns:
        for i in range(n):
            t = i + 100
            q = t * 2
        results.append(n)
    return results


print(zero_then_many([0, 3000, 0, 2500]))


def nested_read_outside_inner(n):
    s = 0
    for i in range(n):
        for j in range(50):
            t = i * j
        s += t
    return s


print(nested_read_outside_inner(300))


def generator_loop(n):
    for i in range(n):
        t = i * 2
        if i % 1000 == 0:
            yield t


print(list(generator_loop(5000)))


def floats_dead_in_loop(n):
    x = 0.5
    acc = 0.0
    for i in range(n):
        dx = x * i
        dy = dx - 1.0
        acc += dx * dy
    return acc


print(floats_dead_in_loop(4000))


def printed_in_body(n):
    # A statement left to the interpreter reads the dead-at-header locals after their
    # assignment in the same iteration.
    out = []
    for i in range(n):
        t = i * 3
        u = t + 0.5
        if i % 700 == 0:
            print(t, u)
        out.append(t)
    return len(out)


print(printed_in_body(3000))
