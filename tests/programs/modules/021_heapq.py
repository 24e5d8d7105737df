# heapq
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], h[0])
xs = [9, 4, 7, 1, 0, 6]
heapq.heapify(xs)
print(xs[0], sorted(xs) == [0, 1, 4, 6, 7, 9])
print(heapq.heappushpop(xs, -1), heapq.heapreplace(xs, 100), xs[0])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    print(heapq.heappop(tasks))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
