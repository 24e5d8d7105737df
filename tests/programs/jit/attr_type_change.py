# An attribute updated in a hot loop turns from int to float after 5000 iterations (and a
# second one from float to int): the compiled loop exits, is re-recorded for the new types,
# and every store happens exactly once.
class Body:
    def __init__(self):
        self.count = 0
        self.weight = 1.5
        self.hits = 0


def run(n):
    b = Body()
    for i in range(n):
        b.count += 1
        b.weight = b.weight * 0.5 + 1.0
        if i == 5000:
            b.count = b.count + 0.5
            b.weight = 3
        b.hits += 2
    return b


b = run(20000)
print(b.count, b.weight, b.hits)

c = Body()
k = 0
while k < 12000:
    c.count += k % 7
    if k == 7000:
        c.count = float(c.count)
    k += 1
print(c.count, c.hits)
