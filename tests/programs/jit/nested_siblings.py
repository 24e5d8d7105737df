# An outer loop with two (or three) inner loops, all run by its compiled trace on one slot
# array (the second inner loop is recorded again with the first one's slots): exits in
# either inner loop, a type change in the second after many iterations, `break` in the
# first, and an exception from the last.


def advance(bodies, steps, dt):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            b = bodies[i]
            for j in range(i + 1, n):
                b2 = bodies[j]
                d = b[0] - b2[0]
                b[1] -= d * dt
                b2[1] += d * dt
        for b in bodies:
            b[0] += dt * b[1]
    return [round(b[0], 6) for b in bodies]


def three(n):
    a = b = c = 0
    for i in range(n):
        for j in range(i % 4):
            a += j
        k = 0
        while k < i % 3:
            b += k
            k += 1
        for m in range(2):
            c += m * i
    return a, b, c


def late_float(n):
    xs = [1, 2, 3]
    total = 0
    for i in range(n):
        for j in range(3):
            total += j
        if i == n - 10:
            xs[1] = 2.5
        for x in xs:
            total += x
    return total


def first_breaks(n):
    hits = 0
    for i in range(n):
        for j in range(10):
            if j == i % 10:
                break
        for k in range(j):
            hits += k
    return hits


def last_raises(n):
    acc = 0
    try:
        for i in range(n):
            for j in range(3):
                acc += j
            for k in range(3):
                acc += 10 // (i - n + 5 + k)
    except ZeroDivisionError:
        print("raised at", i, k, acc)
    return acc


print(advance([[i * 1.0, 0.0] for i in range(5)], 2000, 0.001))
print(three(3000))
print(late_float(3000))
print(first_breaks(3000))
print(last_raises(3000))
