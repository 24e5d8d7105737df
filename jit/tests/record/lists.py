# List element loads and stores with bounds checks, `len` and `append`; a variable range
# step; the `if` after a store resumes at its own statement, its branch at a nested path.
a = [1.0, 2.0, 3.0, 4.0]
out = []
n = 0
step = 1
for i in range(0, 8, step):
    a[i % 4] = a[-1] + len(a)
    if i < 100:
        n += 1
        out.append(n)
