# Prints inside hot loops run as residual calls from compiled code: every line once, in order.

def report(n):
    total = 0
    for i in range(n):
        total += i * i
        if i % 97 == 0:
            print("i =", i, "total =", total)
    print("done", total)


report(1000)

count = 0
for k in range(600):
    count += 2
    print(k, end=" " if k % 20 != 19 else "\n")
print()
print("count", count)

x = 0.5
for j in range(300):
    x = x * 1.01
    print(j, x, None, "s", sep="|")

words = ["a", "bb", "ccc"]
for w in words * 100:
    print(w, len(w))


def quiet(i):
    return None


nothing = None
for i in range(500):
    r = quiet(i)
    print(r, nothing, i)
