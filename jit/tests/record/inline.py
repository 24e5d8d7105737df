def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def run(n):
    s = 0.0
    for j in range(n):
        s += eval_a(3, j)
    return s


run(10)
