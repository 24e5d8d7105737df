# Inner loops that usually leave at their first or second iteration (`break`, `return`):
# their traces follow the path that stays in the loop, and the exit at the `if` leaves it.


def first_gap(values):
    gaps = 0
    for start in range(len(values)):
        j = start
        while True:
            j += 1
            if j >= len(values) or values[j] != values[start]:
                break
        gaps += j - start
    return gaps


print(first_gap([i // 3 for i in range(3000)]))


def odometer(digits, turns):
    wheel = [0] * digits
    carries = 0
    for _ in range(turns):
        pos = 0
        while True:
            wheel[pos] += 1
            if wheel[pos] < 10:
                break
            wheel[pos] = 0
            carries += 1
            pos += 1
            if pos == digits:
                return carries, wheel
    return carries, wheel


print(odometer(5, 12345))
print(odometer(2, 150))


def find(rows, target):
    for r in range(len(rows)):
        for c in range(len(rows[r])):
            if rows[r][c] == target:
                return r, c
    return None


grid = [[r * 100 + c for c in range(50)] for r in range(60)]
print(find(grid, 4321), find(grid, -1))
