# A list the loop does not change reads its element `b[3]` each iteration while the loop
# stores floats into `rows[j][3]`, where `rows` holds `b` itself: compiled code checks the
# element's type once before the loop. A branch taken late stores an int there instead
# (through the interpreter or a side trace), and the loop must see it.


def accumulate(b, rows, n, switch_at):
    total = 0.0
    for k in range(n):
        for j in range(len(rows)):
            r = rows[j]
            total += b[3] * 0.001 + r[0]
            r[3] += 0.5
            if k == switch_at and j == 1:
                r[3] = 2
    return total, b, rows[1]


b = [1.0, 2.0, 3.0, 4.0]
rows = [[0.5, 0.0, 0.0, 1.0], b, [0.25, 0.0, 0.0, 2.0]]
print(accumulate(b, rows, 3000, 10**9))
b = [1.0, 2.0, 3.0, 4.0]
rows = [[0.5, 0.0, 0.0, 1.0], b, [0.25, 0.0, 0.0, 2.0]]
t, b2, r1 = accumulate(b, rows, 3000, 2500)
print(t, b2, r1, [type(v).__name__ for v in b2])
