# __iter__ / __next__ iterator classes
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for x in Countdown(3):
    print("x", x)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Range2(3)
print(list(r), list(r), sum(r), max(r), sorted(r))
it = iter(Countdown(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
