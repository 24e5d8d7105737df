# Inner loops left by a bare `break` after a store: the outer trace takes that exit as the
# inner loop's end (the state is written at the `if`), and must see exactly the state the
# interpreter has after the `break` (the loop variable, the stored elements).
def rotate_until(n):
    xs = list(range(7))
    total = 0
    for i in range(n):
        k = 0
        while True:
            first = xs[0]
            j = 0
            while j < 6:
                xs[j] = xs[j + 1]
                j += 1
            xs[6] = first
            k += 1
            if xs[0] == i % 7:
                break
        total += k * xs[1]
    return total, xs


def first_big(rows, limit):
    found = 0
    last = -1
    for r in range(len(rows)):
        row = rows[r]
        for c in range(len(row)):
            row[c] += 1
            if row[c] > limit:
                break
        found += c
        last = row[c]
    return found, last


print(rotate_until(3000))
print(first_big([[(r * 7 + c * 3) % 50 for c in range(12)] for r in range(2000)], 40))
