from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(5), d.index(5), 5 in d, 99 in d)
d.remove("a")
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
del d[1]
print(d, d == deque(d), d != deque([1]), bool(deque()), bool(d))
d.insert(1, "ins")
print(d)
d.clear()
print(d, len(d))

m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10)
m.appendleft(-1)
print(m)
m.extend(range(100, 105))
print(m)
m.extendleft([7, 8])
print(m)
print(deque("abc", 0), deque(maxlen=2))
c = m.copy()
c.append(1)
print(m, c, m + deque([0]), deque([1, 2]) * 2)
x = deque([1, 2])
x += [3, 4]
print(x, x < deque([1, 3]), x > deque([1]))

q = deque()
q.append(("a", 1))
q.append(("b", 2))
while q:
    item = q.popleft()
    print("got", item)

for i, v in enumerate(deque("xyz")):
    print(i, v)

def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

tr(lambda: deque().pop())
tr(lambda: deque().popleft())
tr(lambda: deque([1])[5])
tr(lambda: deque([1]).index(9))
tr(lambda: deque([1]).remove(9))
tr(lambda: deque(maxlen=-1))
tr(lambda: deque([1, 2], maxlen=2).insert(0, 5))
tr(lambda: deque([1])["a"])
tr(lambda: hash(deque()))
tr(lambda: deque([1]) + [2])

def mutate():
    dd = deque([1, 2, 3])
    for v in dd:
        dd.append(v)
tr(mutate)

r = deque([1, 2, 3])
r.append(r)
print(r)
print(isinstance(r, deque), type(r).__name__, deque)
print(sum(deque(range(101))), max(deque([3, 9, 2])), sorted(deque([3, 1, 2])))
