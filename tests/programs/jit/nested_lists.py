# Outer loops whose inner loop runs over a list (a fresh iterator each outer iteration,
# made by compiled code): lists held in attributes, empty lists, a list that grows inside
# its own loop, a type change deep inside, and an exception raised in the inner loop.
class Body:
    def __init__(self, x, v):
        self.x = x
        self.v = v


class World:
    def __init__(self, n):
        self.bodies = [Body(i * 1.0, (i % 3) - 1.0) for i in range(n)]


def step(world, steps, dt):
    for _ in range(steps):
        for b in world.bodies:
            b.x += b.v * dt
    return sum(b.x for b in world.bodies)


def sums(rows):
    out = 0
    for r in range(len(rows)):
        row = rows[r]
        for v in row:
            out += v
    return out


def growing(n):
    total = 0
    for i in range(n):
        xs = [1, 2, 3]
        for x in xs:
            if x < 3 and len(xs) < 6:
                xs.append(x + 10)
            total += x
    return total


def changing(n):
    vals = [1, 2, 3, 4]
    acc = 0
    for i in range(n):
        if i == n - 2:
            vals[2] = 0.5
        for v in vals:
            acc += v
    return acc


def failing(n):
    vals = [5, 4, 3, 2, 1, 0]
    acc = 0.0
    try:
        for i in range(n):
            for v in vals:
                acc += 1 / (v - (i % 7 == 6 and i > n // 2))
    except ZeroDivisionError as e:
        print("caught:", e, i, v)
    return acc


w = World(7)
print(step(w, 3000, 0.01))
print(sums([[j for j in range(i % 5)] for i in range(2000)]))
print(growing(2000))
print(changing(3000))
print(failing(1000))
