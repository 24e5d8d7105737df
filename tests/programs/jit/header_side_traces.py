# Exits at a loop's header taken often get a side trace of the whole iteration: list
# elements of two types mixed all along (ints and floats, ints and bools, numbers and
# strs), a variable read at the top of the body that alternates between int and float,
# and a while loop whose counter is sometimes a float. The output must not change.


def total(xs):
    s = 0.0
    for x in xs:
        s += x * 2
    return s


ints_floats = [k if k % 3 else k * 0.5 for k in range(6000)]
ints_bools = [k if k % 4 else True for k in range(6000)]
print(total(ints_floats), total(ints_bools))

words = [k if k % 5 else "w" * (k % 7) for k in range(6000)]
n = 0
for w in words:
    n += len(w) if isinstance(w, str) else w
print(n)


def alternate(n):
    acc = 0
    step = 1
    for i in range(n):
        acc += step
        step = 1.5 if i % 2 else 2
    return acc


print(alternate(6000))

x = 0
count = 0
while x < 5000:
    x = x + 1 if count % 3 else x + 0.5
    count += 1
print(x, count)

mixed = [1, 2.5, -3, 4.25] * 1500
mixed[5000] = "end"
try:
    print(total(mixed))
except TypeError as e:
    print("TypeError", e)
