# typical dict patterns: counting, grouping, inverting
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
print({k: len(v) for k, v in sorted(groups.items())})
inv = {}
for k, v in freq.items():
    inv.setdefault(v, []).append(k)
print(inv)
nested = {"a": {"x": 1}, "b": {"y": 2}}
nested["a"]["z"] = 3
print(nested, nested["a"].get("z"), nested.get("c", {}).get("x", "none"))
