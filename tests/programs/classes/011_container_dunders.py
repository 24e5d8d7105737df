# __len__ __getitem__ __setitem__ __contains__ __iter__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __contains__(self, pos):
        x, y = pos
        return 0 <= x < self.w and 0 <= y < self.h
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(4, 3)
g[1, 1] = "#"
g[3, 2] = "@"
print(len(g), g[1, 1], g[0, 0], (3, 2) in g, (4, 0) in g, (0, 0) not in g)
for row in g:
    print(row)
print(list(g), bool(g))
class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
