def f(n):
    a = 0
    b = 0
    for i in range(1, n, 2):
        if i % 3 == 0:
            a += i * i
        else:
            b -= i // 2
    return a, b


f(10)
