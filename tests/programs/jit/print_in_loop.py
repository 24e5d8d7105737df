# Prints inside hot loops that also store to lists and attributes: every line appears once,
# in order (a print is an effect the JIT does not compile; the loop must still be exact).
class Counter:
    def __init__(self):
        self.n = 0


c = Counter()
seen = [0] * 10
for i in range(3000):
    c.n += 1
    seen[i % 10] += 1
    if i % 500 == 0:
        print("tick", i, c.n)
print(c.n, seen)

k = 0
total = 0.0
while k < 2000:
    total += k * 0.5
    if k % 400 == 399:
        print("total", total)
    k += 1
print(k, total)
