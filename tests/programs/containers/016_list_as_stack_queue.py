# lists as stacks and queues, matrix ops
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
grid[2][0] = 7
for row in grid:
    print(" ".join(str(v) for v in row))
print(list(zip(*grid)))
print([sum(col) for col in zip(*grid)], max(max(r) for r in grid))
