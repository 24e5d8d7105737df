# A variable, a list element and an attribute that go through several type phases of a
# few thousand iterations each (int, float, a fast-growing int, bool, int again, negative):
# each phase makes the compiled loop exit and be re-recorded until the loop is blacklisted;
# the results must not depend on which of those states the loop was in at each phase.
class Cell:
    def __init__(self):
        self.v = 0


def phases(n):
    x = 0
    cell = Cell()
    box = [0]
    trace = []
    for i in range(n):
        phase = i // 1500
        if phase == 0:
            x = x + 1
        elif phase == 1:
            x = x + 0.5
        elif phase == 2:
            x = int(x) * 3 if i % 100 == 0 else x + 1
        elif phase == 3:
            x = i % 2 == 0
        elif phase == 4:
            x = i
        else:
            x = -i
        cell.v = x
        box[0] = cell.v
        if i % 1500 == 1499:
            trace.append((type(x).__name__, x if type(x) is not int or abs(x) < 10**12 else len(str(x))))
    return trace, box[0]


for t in phases(9000)[0]:
    print(t)
print(phases(9000)[1])


def alternating_phases(n):
    total = 0
    k = 0
    while k < n:
        if (k // 700) % 2:
            total += k * 0.25
        else:
            total -= k
        k += 1
    return total


print(alternating_phases(10000))


def list_phases(n):
    xs = [0] * 10
    s = 0.0
    for i in range(n):
        j = i % 10
        if i == 2000:
            xs = [0.5] * 10
        elif i == 4000:
            xs = [True] * 10
        elif i == 6000:
            xs = [2**70] * 10
        elif i == 8000:
            xs = [1] * 10
        s += xs[j]
        xs[j] = xs[j] if i % 3 else xs[j] + 0
    return s, xs[:2]


print(list_phases(10000))
