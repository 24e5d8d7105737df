# An exception raised in a compiled function's typed world is raised by the interpreter,
# with CPython's traceback.


def mean_gap(total, n):
    if n > 3:
        return mean_gap(total - n, n - 1)
    return total // (total - 5)


for i in range(5000):
    mean_gap(100 + i, 6 + i % 4)
print(mean_gap(100, 10))
print(mean_gap(54, 10))
