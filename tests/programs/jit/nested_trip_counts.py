# Nested loops whose inner loop (the compiled one) runs 0, 1, 2 or many times per outer
# iteration: triangular loops in both directions, an inner loop over rows of varying length,
# an inner `break` at a position that moves, an inner `while` whose trip count depends on
# the outer variable's parity, and a third nesting level.
def triangle(n):
    total = 0
    entries = 0
    for i in range(n):
        entries += 1
        for j in range(i):
            total += i ^ j
    return total, entries


print(triangle(0), triangle(1), triangle(2), triangle(150))


def reverse_triangle(n):
    total = 0
    for i in range(n):
        j = n - i
        while j > 0:
            total += j % 5
            j -= 1
    return total


print(reverse_triangle(200))


def rows(lengths):
    out = []
    for L in lengths:
        s = 0.0
        for x in range(L):
            s += x * 0.5
        out.append(s)
    return out


print(rows([0, 1, 2, 0, 3000, 1, 0, 2, 5000, 0]))


def moving_break(n):
    stops = 0
    for i in range(n):
        for j in range(1000):
            if j * j > i * 37:
                stops += j
                break
        else:
            stops -= 1
    return stops


print(moving_break(400))


def parity(n):
    total = 0
    for i in range(n):
        k = 0
        limit = 0 if i % 2 else i * 3
        while k < limit:
            total += k & i
            k += 1
    return total


print(parity(120))


def three_levels(n):
    c = 0
    for a in range(n):
        for b in range(a % 4):
            for d in range(b * 300):
                c += (a + b + d) % 3
    return c


print(three_levels(20))


def step_sizes(n):
    total = 0
    for step in range(1, n):
        for i in range(0, 2000, step):
            total += i
    return total


print(step_sizes(30))


def empty_then_full(n):
    s = 0
    for i in range(n):
        lst = [] if i < n - 1 else list(range(4000))
        for v in lst:
            s += v
    return s


print(empty_then_full(500))
