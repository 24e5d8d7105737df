# Attribute loads and stores through a shape check; the guards after the first store
# resume at their statement (`resume […]` in the exit list).
class P:
    def __init__(self):
        self.x = 0.0
        self.v = 1.5


p = P()
for i in range(10):
    p.x += p.v
    p.v = p.v * 0.5 + i
