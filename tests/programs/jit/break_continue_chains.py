# `break` and `continue` deep inside if/elif/else chains of compiled loops: branches the
# recording never saw (a break that fires only at iteration 9001, a continue on every 35th),
# continues after a list store or an attribute store, and the `else` clause skipped on break.
class Tally:
    def __init__(self):
        self.seen = 0
        self.skipped = 0


def classify(n, stop):
    counts = [0] * 7
    i = -1
    for i in range(n):
        r = i % 12
        if r < 3:
            if r == 0:
                counts[0] += 1
                continue
            elif r == 1:
                counts[1] += 1
            else:
                if i > stop:
                    break
                counts[2] += 1
        elif r < 6:
            if i % 7 == 0:
                if i % 5 == 0:
                    continue
                counts[3] += 1
            else:
                counts[4] += 1
        else:
            if r == 11 and i % 3 == 0:
                counts[5] += 2
                continue
            elif r == 10:
                pass
            else:
                counts[5] += 1
        counts[6] += 1
    else:
        counts.append(-1)
    return i, counts


print(classify(12000, 9001))
print(classify(12000, 20000))
print(classify(5, 0))
print(classify(0, 0))


def attr_then_continue(items, t):
    total = 0.0
    for x in items:
        t.seen += 1
        if x < 0:
            t.skipped += 1
            continue
        elif x > 1000:
            if x > 5000:
                break
            else:
                total += 0.5
                continue
        total += x
    return total, t.seen, t.skipped


t = Tally()
items = [float(k % 1200) - 100.0 for k in range(8000)] + [6000.0] + [1.0] * 100
print(attr_then_continue(items, t))
print(attr_then_continue(items[:3000], t))


def search(grid_w, target):
    y = 0
    found = (-1, -1)
    while y < grid_w:
        x = 0
        hit = False
        while x < grid_w:
            v = (x * 31 + y * 17) % 1009
            if v == target:
                if x % 2 == 0:
                    found = (x, y)
                    hit = True
                    break
                else:
                    x += 3
                    continue
            elif v > 1000:
                x += 2
                continue
            x += 1
        if hit:
            break
        y += 1
    return found, y


print(search(120, 7))
print(search(120, 1008))
print(search(30, 5000))
