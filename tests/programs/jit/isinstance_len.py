# `isinstance` with builtin types and `len` of strs in compiled loops: values of several
# types in one list (each type its own side trace), bools as ints, instances (left to the
# interpreter), non-ASCII strs, and the name `str` rebound mid-loop.


class Box:
    pass


values = [v for k in range(700) for v in (k, k * 0.5, k % 2 == 0, "é" * (k % 9), [k], (k,), {k: k}, None, Box())]
counts = [0] * 8
for v in values:
    if isinstance(v, bool):
        counts[0] += 1
    if isinstance(v, int):
        counts[1] += 1
    if isinstance(v, float):
        counts[2] += 1
    if isinstance(v, str):
        counts[3] += len(v)
    if isinstance(v, list):
        counts[4] += 1
    if isinstance(v, tuple):
        counts[5] += 1
    if isinstance(v, dict):
        counts[6] += 1
print(counts)

words = ["naïve", "café", "", "abc", "日本語"] * 1000
total = 0
for w in words:
    total += len(w) * 2
print(total)

total = 0
for i in range(3000):
    total += 1 if isinstance(i, str) else 2
    if i == 2000:
        str = int
print(total)
