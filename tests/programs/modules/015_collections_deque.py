# collections.deque
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(list(d), 7 in d, d.count(7))
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window))
print(window, window.maxlen)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
q = deque()
q.append("a"); q.append("b")
while q:
    print("process", q.popleft())
d.clear(); print(d, deque("abc"), deque(), bool(deque()))
