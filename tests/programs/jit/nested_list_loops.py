# Nested loops with varying trip counts: the inner `for x in row` loop compiles (the
# outer one is interpreted), rows of length 0, 1 and many, rows that change type.


def row_sums(rows):
    out = []
    for row in rows:
        s = 0
        for x in row:
            s += x
        out.append(s)
    return out


rows = [list(range(k % 7)) for k in range(200)] + [[], [1.5, 2.5], list(range(50))]
print(sum(row_sums(rows)), row_sums(rows)[-5:])

grid = [[float(i * j) for j in range(i % 5 + 1)] for i in range(100)]
total = 0.0
for r in grid:
    for v in r:
        total += v
    i = 0
    while i < len(r):
        total -= r[i] / 2
        i += 1
print(total)
