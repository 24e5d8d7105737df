# Method calls, constructors and functions with loops, run as residual calls from
# compiled loops; their results feed the rest of the iteration.
from collections import deque


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def grow(self, k):
        self.x += k
        if self.x > 1000:
            self.z = 1


class Lazy:
    @property
    def value(self):
        return 3

    def get(self):
        return 4


def work(n):
    s = 0
    for k in range(n % 9):
        s += k * k
    return s


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


d = {}
st = set()
q = deque()
total = 0
for i in range(3000):
    d.update({i % 17: i})
    st.add(i % 31)
    q.append(i)
    if len(q) > 5:
        q.popleft()
    w = work(i)
    total += w
print(len(d), len(st), list(q), total)

pts = []
for i in range(500):
    p = Point(i, -i)
    pts.append(p)
norms = 0
for p in pts:
    n = p.norm1()
    norms += n
print(norms)

p = Point(0, 0)
for i in range(2000):
    p.grow(1)
    t = p.x
print(p.x, hasattr(p, "z"))

lz = Lazy()
got = 0
for i in range(400):
    g = lz.get()
    got += g
print(got)

facts = 0
for i in range(300):
    f = fact(i % 12)
    facts += f
print(facts)

names = []
for i in range(300):
    s = str(i)
    u = s.zfill(4)
    names.append(u)
print(names[:3], names[-1])

lst = [5, 3, 1]
for i in range(200):
    lst.sort()
    lst.reverse()
print(lst)

total = 0
for i in range(1000):
    m = max(i, 500, 3)
    total += m
print(total)
