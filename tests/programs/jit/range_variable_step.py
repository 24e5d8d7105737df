# A sieve: the inner `range` has a step that changes from one run to the next (a slot of
# the trace, not a constant), and stores bools into a list.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


print(sieve(100000))

down = [0] * 50
for step in (-1, -3, 2, -7):
    for j in range(49, -1, step) if step < 0 else range(0, 50, step):
        down[j] += step
print(down)
