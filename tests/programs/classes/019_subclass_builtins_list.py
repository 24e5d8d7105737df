# subclassing list with extra behaviour and super() calls
class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, x):
        i = 0
        while i < len(self) and self[i] < x:
            i += 1
        self.insert(i, x)
sl = SortedList([5, 1, 3])
sl.add(4); sl.add(0); sl.add(9)
print(sl, len(sl), sl[0], sl[-1], sl[1:3], type(sl[1:3]).__name__)
print(isinstance(sl, list), type(sl).__name__, sum(sl), 3 in sl)
class Path(list):
    def __str__(self):
        return "/".join(self)
p = Path(["usr", "local", "bin"])
print(str(p), repr(p), p + ["x"])
