# While loops with break, continue and else.
def first_square_over(limit):
    n = 0
    while True:
        n += 1
        if n * n > limit:
            break
    return n


def skip_multiples(n):
    i = 0
    total = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        total += i
    else:
        total = -total
    return total


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


print(first_square_over(10_000_000))
print(skip_multiples(100000))
best = 0
arg = 0
for start in range(1, 3000):
    s = collatz_steps(start)
    if s > best:
        best = s
        arg = start
print(best, arg)
