# Statements the trace cannot compile (strings, dicts, tuples, big ints, f-strings) run in
# the interpreter from compiled code, between compiled ones; values flow both ways.

LETTERS = "etaoinsh"


def lcg(x):
    return (x * 1103515245 + 12345) % 2147483648


def words(n):
    x = 7
    counts = {}
    for _ in range(n):
        x = lcg(x)
        w = LETTERS[(x >> 16) % 8] + LETTERS[(x >> 8) % 8]
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items())[:4], x


print(words(5000))

total = 0
log = []
for i in range(3000):
    total += i * 3
    s = f"{i}:{total % 97}"
    n = len(s)
    total += n
    if i % 700 == 0:
        log.append(s)
print(total, log)


def pairs(n):
    a, b = 0, 1
    acc = 0
    for i in range(n):
        t = (a, b)
        a, b = t[1], t[0] + t[1]
        acc += i
    return acc, a % 1000003


print(pairs(300))


def growing(n):
    big = 1
    steps = 0
    for i in range(n):
        steps += 1
        big = big * 3 + i
    return steps, big % 1000000007


print(growing(2000))

def shapes(n):
    out = 0
    for i in range(n):
        v = [i, i + 1]
        out += i
        del v
    return out


print(shapes(1000))

acc = 0
try:
    for i in range(5000):
        acc += 1
        assert i != 4444, f"stopped at {i}"
        acc += 1
except AssertionError as e:
    print("assert:", e, acc)


def gen(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        yield len(s)


print(sum(gen(500)))

text = ""
for i in range(600):
    text = text + "ab"[i % 2]
    j = i * 2
print(len(text), text[:10], j)
