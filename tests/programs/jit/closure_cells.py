# Hot loops that read and write variables living in closure cells: a `nonlocal` counter
# updated by the loop and by a nested function it calls every 500th iteration, a free
# variable rebound by another closure between runs, a cell variable read by a lambda
# called inside and after the loop, and a compiled loop over a local copy of a cell's list
# that the enclosing function rebinds between calls.
def make_counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k

    def run(n):
        nonlocal count
        for i in range(n):
            count += 1
            if i % 500 == 0:
                bump(1000)
        return count

    return run, bump


run, bump = make_counter()
print(run(6000))
bump(-5)
print(run(3000))


def scaled():
    factor = 2

    def set_factor(f):
        nonlocal factor
        factor = f

    def total(n):
        s = 0
        for i in range(n):
            s += i * factor
            if i == n // 2:
                set_factor(factor + 1)
        return s

    return total, set_factor


total, set_factor = scaled()
print(total(8000))
set_factor(0.5)
print(total(8000))


def late_reader(n):
    acc = 0
    getter = lambda: acc
    snapshots = []
    for i in range(n):
        acc += i % 7
        if i % 2000 == 1999:
            snapshots.append(getter())
    return acc, getter(), snapshots


print(late_reader(9000))


def loop_in_closure(n):
    base = [1.5] * 100

    def inner():
        s = 0.0
        b = base
        for k in range(n):
            s += b[k % 100]
        for k in range(n):
            s += base[k % 100]
        return s

    first = inner()
    base = [2.0] * 100
    return first, inner()


print(loop_in_closure(5000))
