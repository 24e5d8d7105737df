# Loops over dicts compiled: for k in d, d.keys(), d.values(), for k, v in d.items() (also as
# inner loops); a dict growing, or losing a key and gaining another, mid-loop (CPython's
# RuntimeErrors, raised by the interpreter); values of mixed types; the variable after the loop.
def total_items(d):
    t = 0
    for k, v in d.items():
        t += k * v
    return t

def keys_len(d):
    n = 0
    for k in d:
        n += len(k)
    return n

def values_sum(d):
    s = 0.0
    for v in d.values():
        s += v
    return s

def grow(d):
    try:
        for k in d:
            if k == 2500:
                d[-1] = 0
    except RuntimeError as e:
        print("RuntimeError:", e)
    return len(d)

def delete_and_add(d):
    try:
        for k in d:
            if k == 100:
                del d[k]
                d[k + 0.5] = 1
    except RuntimeError as e:
        print("RuntimeError:", e)
    return len(d)

ints = {i: i % 7 for i in range(5000)}
print(total_items(ints), total_items({}))
words = {w: i for i, w in enumerate("alpha beta gamma delta epsilon".split() * 1)}
words.update({str(i): i for i in range(3000)})
print(keys_len(words))
print(values_sum({i: i / 3 for i in range(4000)}))
print(grow({i: i for i in range(5000)}))
print(delete_and_add({i: i for i in range(5000)}))
mixed = {i: (i if i % 1000 else "s") for i in range(4000)}
t = 0
for k, v in mixed.items():
    if v == "s":
        t += 1
    else:
        t += v
print(t)
d = {i: i for i in range(3000)}
for k in d:
    pass
print(k)
for k, v in {"a": 1}.items():
    print(k, v)
tot = 0
for i in range(300):
    for k, v in ints.items():
        tot += v
print(tot)
ages = {"ann": 31, "bob": 27, "cy": 45}
older = 0
for _ in range(2000):
    for name in ages.keys():
        if ages[name] > 30:
            older += 1
    for age in ages.values():
        older += age % 2
print(older, name, age)
