# round-robin scheduling of generators (no send)
def worker(name, steps):
    for i in range(steps):
        yield f"{name} step {i}"
    return name
tasks = [worker("A", 3), worker("B", 1), worker("C", 2)]
while tasks:
    t = tasks.pop(0)
    try:
        print(next(t))
        tasks.append(t)
    except StopIteration as e:
        print("finished", e.value)
