# `if` tests the trace cannot compile (membership, method calls, strings) run in the
# interpreter from compiled code; the other direction gets a side trace.

seen = set()
dup = 0
for i in range(4000):
    k = (i * 7919) % 1000
    if k in seen:
        dup += 1
    seen.add(k)
print(dup, len(seen))


def words(n):
    d = {}
    hits = 0
    for i in range(n):
        key = i % 37
        if d.get(key):
            hits += 1
        else:
            d[key] = i
    return hits, len(d)


print(words(5000))


def prefixes(names):
    a = 0
    other = []
    for name in names:
        if name.startswith("a"):
            a += len(name)
        elif name:
            other.append(name[0])
    return a, "".join(sorted(set(other)))


print(prefixes(["apple", "banana", "avocado", "", "cherry"] * 400))


def raising(n):
    d = {0: 1, 1: 0}
    s = 0
    for i in range(n):
        s += 1
        if d[i % 2 if i < 3000 else 5]:
            s += 2
    return s


try:
    print(raising(4000))
except KeyError as e:
    print("KeyError", e)

flags = {}
count = 0
for i in range(3000):
    count += 1
    if f"{i % 10}" == "3":
        flags[i % 7] = True
print(count, sorted(flags))
