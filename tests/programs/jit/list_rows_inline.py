# List reads that compiled code does inline (length and element pointer read from the
# list itself): a different row list every iteration, lists that grow (the element array
# moves) and shrink inside the loop, negative indices, rows too short for the index.


def rows_sum(rows):
    total = 0.0
    for i in range(len(rows)):
        r = rows[i]
        total += r[0] * 2.0 + r[-1] - r[1]
    return total


def grow_and_read(k):
    a = [0]
    acc = 0
    for i in range(k):
        a.append(i)
        acc += a[i // 2] + a[-1] + len(a)
    return acc


def shrink_and_read(k):
    a = list(range(k))
    acc = 0
    for i in range(k):
        acc += a[-1] * 3 + a[0] + len(a)
        a.pop()
        if len(a) == 0:
            break
    return acc


def pairs(bodies):
    s = 0.0
    for i in range(len(bodies)):
        b = bodies[i]
        for j in range(i + 1, len(bodies)):
            b2 = bodies[j]
            d = b[0] - b2[0]
            s += d * d
            b2[1] += d * 0.5
            b[1] -= d * 0.25
    return s


def short_row(rows):
    out = 0
    try:
        for i in range(len(rows)):
            r = rows[i]
            out += r[2] - r[-3]
    except IndexError:
        return -out
    return out


rows = [[float(i), float(i * 2), float(i % 7), float(-i)] for i in range(3000)]
print(rows_sum(rows))
rows[1500] = [1.0, 2.0]
print(rows_sum(rows[:1400]))
print(grow_and_read(5000))
print(shrink_and_read(4000))
bodies = [[float(k) * 1.5, 0.0] for k in range(40)]
for _ in range(30):
    pairs(bodies)
print(pairs(bodies), bodies[3], bodies[-1])
mixed = [[1, 2, k] for k in range(2500)]
mixed[2000] = [1, 2]
mixed[2300] = [7]
print(short_row(mixed))
print(short_row(mixed[:2000]), short_row(mixed[2001:2300]))
