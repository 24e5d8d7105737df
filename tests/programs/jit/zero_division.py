# A ZeroDivisionError raised at iteration 5000 of a hot loop, caught outside the loop: the
# state before the failing statement is what the interpreter left.
def run(n):
    total = 0
    i = 0
    try:
        for i in range(n):
            total += 100 // (5000 - i)
    except ZeroDivisionError as e:
        print("caught", e, "at", i, "total", total)
    return total


print(run(10000))

x = 0.0
k = 0
try:
    while k < 10000:
        x += 1.0 / (3000 - k)
        k += 1
except ZeroDivisionError as e:
    print("float", e, k, x)

m = 0
try:
    for j in range(10000):
        m += j % (7000 - j)
except ZeroDivisionError as e:
    print("mod", e, j, m)
