# `list.append` in a hot loop, then an exception in a later statement of the same iteration:
# the element appended before the exception stays, exactly once.
def run(n):
    out = []
    total = 0
    i = 0
    try:
        for i in range(n):
            out.append(i * 3)
            total += 1000 // (4000 - i)
    except ZeroDivisionError as e:
        print("caught:", e, i, len(out), out[-1], total)
    return out


out = run(10000)
print(len(out), sum(out))

floats = []
x = 1.0
k = 0
try:
    while k < 10000:
        floats.append(x)
        x = x * 1.001
        if k == 6000:
            x = "oops"
        k += 1
except TypeError as e:
    print("type:", e, k, len(floats), floats[-1])
