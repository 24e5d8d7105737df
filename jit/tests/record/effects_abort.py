# What still aborts: a guard after a store in the same statement, a heap value stored,
# a new attribute, a list element that is a list, a call.
class P:
    def __init__(self):
        self.x = 0


p = P()
a = [0, 0]
rows = [[1], [2]]
for i in range(3):
    a[0], a[1] = i, i + 1
for i in range(3):
    a[0] = "s"
for i in range(3):
    p.y = i
for i in range(3):
    r = rows[0]
for i in range(3):
    print(f"{i}")
