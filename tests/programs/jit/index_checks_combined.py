# Bounds checks of constant indices on one list are combined into one check of the
# largest index in compiled code. A short list must still raise IndexError at the right
# line, after the effects that come before the failing index and without repeating them.


def walk(rows, seen):
    total = 0.0
    for r in rows:
        total += r[0]
        seen.append(r[1])
        print_every = len(seen) % 1000 == 0
        if print_every:
            print("seen", len(seen), r[1])
        total += r[3] * r[2]
    return total


rows = [[1.0, 2.0, 3.0, 4.0]] * 2500 + [[5.0, 6.0, 7.0]] + [[8.0, 9.0, 1.0, 2.0]]
seen = []
try:
    print(walk(rows, seen))
except IndexError as e:
    print("IndexError:", e, len(seen), seen[-1])

rows = [[1.0, 2.0, 3.0, 4.0]] * 2500 + [[5.0]]
seen = []
try:
    print(walk(rows, seen))
except IndexError as e:
    print("IndexError:", e, len(seen), seen[-1])

rows = [[float(i), 1.0, 2.0, 0.5] for i in range(3000)]
seen = []
print(walk(rows, seen), len(seen))
