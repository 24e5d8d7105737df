# Branches whose direction changes: after 1000 iterations, on every other iteration, and
# one rare branch.
def flip(n):
    a = 0
    b = 0
    for i in range(n):
        if i < 1000:
            a += 1
        else:
            b += 2
    return a, b


def alternate(n):
    evens = 0
    odds = 0
    for i in range(n):
        if i % 2 == 0:
            evens += i
        else:
            odds += i
    return evens, odds


def rare(n):
    hits = 0
    s = 0
    for i in range(n):
        if i % 997 == 0:
            hits += 1
        s += i & 7
    return hits, s


print(flip(5000))
print(alternate(5001))
print(rare(20000))
