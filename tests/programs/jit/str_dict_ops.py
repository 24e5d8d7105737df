# Strings and dicts in hot loops: `s[i]`, `w += c` on a local str, `d.get(k, default)`
# and `d[k] = n` with str and int keys, while types, keys and aliases change under them.

LETTERS = "etaoinsh"


def words(n, seed):
    counts = {}
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = ""
        for k in range(1 + (seed >> 16) % 4):
            seed = (seed * 1103515245 + 12345) % 2147483648
            w += LETTERS[(seed >> 16) % 8]
        counts[w] = counts.get(w, 0) + 1
    return counts


c = words(3000, 7)
print(len(c), sorted(c.items())[:6], sum(c.values()))


def negative_and_errors(s):
    out = ""
    for i in range(-len(s), len(s) + 1):
        try:
            out += s[i]
        except IndexError as e:
            out += "|" + str(e) + "|"
    return out


print(negative_and_errors("hyper"))
print(negative_and_errors("naïve café"))
print(negative_and_errors("a€b"))


def aliases():
    w = "ab"
    seen = []
    for i in range(400):
        v = w
        w += LETTERS[i % 8]
        if i % 97 == 0:
            seen.append((v, len(w)))
    u = "x"
    for i in range(5):
        u += u
    return seen, w[-10:], u


print(aliases())


def type_changes():
    w = ""
    for i in range(300):
        if i == 250:
            w = 0
        if i < 250:
            w += "z"
        else:
            w += 1
    return w


print(type_changes())


def append_error():
    w = "q"
    for i in range(300):
        try:
            w += LETTERS[i % 8] if i != 200 else 5
        except TypeError as e:
            print(i, e, len(w))
    return len(w)


print(append_error())


def counts_keys():
    d = {1.0: 5, "k": 0}
    for i in range(500):
        d[i % 7] = d.get(i % 7, 0) + i
        d["k"] = d.get("k", 100) + 1
        if i == 300:
            d[3] = 2.5
    return sorted(d.items(), key=lambda kv: str(kv[0]))


print(counts_keys())


def value_turns():
    d = {}
    for i in range(400):
        if i == 350:
            d["a"] = [1]
        try:
            d["a"] = d.get("a", 0) + 1
        except TypeError as e:
            print(i, e)
            d["a"] = 0
    return d


print(value_turns())


def key_turns():
    d = {}
    keys = ["p", 1, (2, 3), 2.5, "p", 7, None]
    for i in range(700):
        k = keys[i // 100]
        d[k] = d.get(k, 0) + 1
    return d


print(key_turns())


def dict_rebound():
    d = {}
    total = 0
    for i in range(400):
        if i == 300:
            d = [0] * 10
        if i < 300:
            d[i % 5] = d.get(i % 5, 0) + 1
        else:
            d[i % 5] = d[i % 5] + 1
        total += 1
    return d, total


print(dict_rebound())


def unhashable():
    d = {}
    ks = ["a"] * 200 + [[1]]
    n = 0
    for k in ks:
        try:
            d[k] = d.get(k, 0) + 1
            n += 1
        except TypeError as e:
            print(e)
    return d, n


print(unhashable())


def char_identity():
    s = "abc"
    same = 0
    for i in range(300):
        if s[i % 3] is s[i % 3]:
            same += 1
    return same


print(char_identity())


# The same errors raised from inside compiled loops and caught by the caller.
def append_all(tails):
    w = "q"
    for t in tails:
        w += t
    return w


try:
    append_all(["ab"] * 300 + [5])
except TypeError as e:
    print("caller:", e)
print(len(append_all(["ab"] * 300)))


def index_all(s, n):
    out = ""
    for i in range(n):
        out += s[i % 50 if i < 400 else i]
    return out


try:
    index_all("x" * 60, 500)
except IndexError as e:
    print("caller:", e)


def count_all(keys):
    d = {"z": 0}
    for k in keys:
        d[k] = d.get(k, 0) + 1
    return d


print(count_all(["a", "b", 1, 2] * 100))
try:
    count_all(["a"] * 300 + [[1]])
except TypeError as e:
    print("caller:", e)
d_shared = {"a": 0}


def bump(n):
    for i in range(n):
        d_shared["a"] = d_shared.get("a", 0) + 1
        if i == 250:
            d_shared["a"] = "s"


try:
    bump(400)
except TypeError as e:
    print("caller:", e, d_shared)


def literal_chars(n):
    s = ""
    for i in range(n):
        s += "ab€"[i % 3] + ""[0:0] if i % 50 else "-"
    return s


def literal_index(n):
    s = ""
    for i in range(n):
        s += "xyz"[i % 3]
    return s


print(literal_index(400)[-12:], len(literal_index(5000)))
print(literal_chars(300)[-20:])
