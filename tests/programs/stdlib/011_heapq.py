import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(len(h))])
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 11, 10]
heapify(data)
print(data)
print(heapreplace(data, 12), data)
print(heappushpop(data, -1), heappushpop(data, 7), data)
while data:
    heappop(data)
    print(data)
print(nlargest(3, [5, 1, 8, 3, 9, 2]), nsmallest(3, [5, 1, 8, 3, 9, 2]), nlargest(0, [1]), nsmallest(10, [2, 1]))
pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
print(nlargest(2, pairs, key=lambda p: p[1]), nsmallest(2, pairs, key=lambda p: p[1]))
tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "read"))
heappush(tasks, (3, "sleep"))
heappush(tasks, (1, "eat"))
while tasks:
    print(heappop(tasks))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(["b", "a"], ["c"], key=str.upper)))
try:
    heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heappush((), 1)
except TypeError as e:
    print("TypeError:", e)
big = list(range(100, 0, -3))
heapify(big)
print(big[:10], [heappop(big) for _ in range(5)])
