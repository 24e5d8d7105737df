# A function whose compiled loop calls the same function recursively on a rare branch: the
# inner call runs (and enters) the same compiled loop while the outer one is suspended in
# the interpreter; each level's variables must stay its own. Also mutual recursion through
# two functions with hot loops, and a recursive call that raises, caught one level up.
def tree(depth, width):
    total = 0
    for i in range(width):
        total += i * depth
        if depth > 0 and i % 1000 == 999:
            total += tree(depth - 1, width // 2)
    return total


print(tree(3, 4000))
print(tree(0, 4000))


def ping(n, d):
    s = 0.0
    k = 0
    while k < n:
        s += k * 0.5
        if d > 0 and k == n // 2:
            s += pong(n, d - 1)
        k += 1
    return s


def pong(n, d):
    t = 0
    for j in range(n):
        t -= j
        if d > 0 and j == n - 1:
            t += int(ping(n, d - 1))
    return t


print(ping(3000, 4), pong(3000, 4))


def fragile(depth):
    acc = 0
    for i in range(3000):
        acc += 1
        if i == 1500 and depth < 3:
            try:
                acc += fragile(depth + 1)
            except ZeroDivisionError:
                acc += 1000000
        if depth == 3 and i == 2999:
            acc //= 0
    return acc


print(fragile(0))
