# Float stores into list elements that already hold floats skip the tag word in compiled
# code; these loops check that every element still reads back with the right type:
# aliased rows (one list twice in `rows`), an int stored between a float load and a float
# store, and an element that turns from float to int and back mid-loop.


def relax(rows, steps):
    for k in range(steps):
        n = len(rows)
        for i in range(n):
            r = rows[i]
            r2 = rows[(i + 1) % n]
            r[0] -= r2[1] * 0.001
            r2[1] += r[0] * 0.002
            if k == 1500 and i == 0:
                r2[0] = 7
            x = r[2]
            r[2] = 1
            r[2] = x + 1.0
            r[3] = r[3] * 0.5 if k % 2 else 2
    return rows


a = [1.0, 2.0, 0.0, 1.5]
rows = [a, [3.0, 4.0, 0.5, 2.5], a, [5.0, 6.0, 1.0, 0.25]]
for row in relax(rows, 3000):
    print([type(v).__name__ for v in row], [round(v, 6) for v in row])


def swap_types(vals, n):
    total = 0.0
    for i in range(n):
        j = i % len(vals)
        v = vals[j]
        vals[j] = v + 0.5
        if i == 2000:
            vals[1] = "text"
        if i == 2100:
            vals[1] = 3.0
        total += len(vals) + (vals[0] if isinstance(vals[0], float) else 0.0)
    return total, vals


print(swap_types([0.5, 1.5, 2.5], 1000))
try:
    print(swap_types([0.5, 1.5, 2.5], 5000))
except TypeError as e:
    print("TypeError:", e)
