class P:
    def __init__(self, x, v):
        self.x = x
        self.v = v


ps = [P(1.0, 0.5), P(2.0, 0.25)]
xs = [1, 2, 3]
t = 0
for p in ps:
    p.x += p.v
for x in xs:
    t += x
i = 0
while i < 2:
    q = ps[i]
    t += q.x
    i += 1
