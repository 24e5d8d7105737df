# Residual calls and globals: the callee sees the loop's globals as assigned so far in the
# iteration, and the loop sees what the callee assigned.

counter = 0
seen = []


def bump():
    global counter
    counter += 10


def look():
    seen.append(counter)


for i in range(1000):
    counter += 1
    bump()
    counter += 1
    if i % 250 == 0:
        look()
print(counter, seen)

mode = 1


def flip(i):
    global mode
    if i == 700:
        mode = 2.5


acc = 0
for i in range(1000):
    acc += mode
    flip(i)
print(acc, mode)

limit = 0


def set_then_raise(i):
    global limit
    limit = i
    if i == 4321:
        raise KeyError(i)


total = 0
try:
    for i in range(10000):
        total += 1
        set_then_raise(i)
        total += 1
except KeyError as e:
    print("KeyError", e, total, limit)


def helper():
    return 7


def other():
    return 8


def rebind():
    global helper
    helper = other


out = []
for i in range(600):
    v = helper()
    out.append(v)
    if i == 300:
        rebind()
print(sum(out), out[299:303])


def in_function(n):
    hits = 0
    for i in range(n):
        hits += 1
        bump()
    return hits


print(in_function(900), counter)

# A callee puts an object in a global the loop then sets to a number: the compiled store
# releases the object (each one freed once).
label = 0


def relabel(i):
    global label
    label = "x" * (i % 3 + 1)


size = 0
for i in range(3000):
    relabel(i)
    size += len(label)
    label = i
print(size, label)
