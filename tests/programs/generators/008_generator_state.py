# multiple independent generators, generator objects in for loops and zip
def counter(name, n):
    for i in range(n):
        yield f"{name}{i}"
a = counter("a", 3)
b = counter("b", 5)
print(list(zip(a, b)))
print(list(b))
def running_avg():
    total = 0
    n = 0
    for x in [10, 20, 30, 40]:
        total += x
        n += 1
        yield total / n
print(list(running_avg()))
gens = [counter(c, 2) for c in "xyz"]
for g in gens:
    print(next(g), end=" ")
print()
for g in gens:
    print(list(g), end=" ")
print()
