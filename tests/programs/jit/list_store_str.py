# A hot loop that stores numbers into a list until, mid-loop, it stores a str (a heap
# value the compiled code does not store): the interpreter does that iteration, nothing is
# stored twice or lost.
def run(n):
    cells = [0.0] * 64
    log = []
    for i in range(n):
        v = i * 0.5 if i != 7000 else 0.0
        if i == 7000:
            cells[i % 64] = "seven thousand"
            log.append(i)
        else:
            cells[i % 64] = v
    return cells, log


cells, log = run(10000)
print(cells[7000 % 64], cells[:3], cells[-1], log)

grid = [1, 2, 3, 4]
t = 0
try:
    while t < 9000:
        grid[t % 4] = grid[(t + 1) % 4] + 1 if t != 5000 else "x"
        t += 1
except TypeError as e:
    print("type:", e, t)
print(grid)
