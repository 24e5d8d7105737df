# Loop variables and hidden state are right after a compiled loop ends, breaks or returns.
def find(n, target):
    for i in range(n):
        if i * i >= target:
            return i
    return -1


def last_i(n):
    for i in range(n):
        pass
    return i


def with_else(n):
    k = 0
    for i in range(n):
        k += 1
    else:
        k += 1000
    return k, i


print(find(100000, 10_000_000))
print(last_i(50000))
print(with_else(40000))
for i in range(10, 0, -1):
    pass
print(i)
big = 0
for i in range(9223372036854775800, 9223372036854775807):
    big += 1
print(big, i)
