# Outer loops run their inner loop's compiled trace in place. Exits inside the inner loop
# (a type change, an overflow, a branch, an index error) must resume inside the inner loop
# with the outer loop's state intact; three levels deep as well.


def triangle(n):
    total = 0
    for i in range(n):
        s = 0
        for j in range(i, n):
            s += j
        total += s
    return total


def type_change(n):
    out = []
    for i in range(n):
        acc = 0
        for j in range(10):
            acc += j if i < n - 3 else j * 0.5
        out.append(acc)
    return out[-5:]


def overflow(n):
    big = []
    for i in range(n):
        x = 1
        for j in range(i % 70):
            x = x * 3
        big.append(x)
    return big[-1], len(big)


def three_levels(n):
    count = 0
    for a in range(n):
        for b in range(a, n):
            k = 0
            while k < b - a:
                count += k % 3
                k += 1
    return count


def index_error(rows):
    total = 0
    try:
        for i in range(len(rows)):
            row = rows[i]
            for j in range(len(row) + 1 if i == 60 else len(row)):
                total += row[j]
    except IndexError as e:
        print("caught", e, "at", i, total)
    return total


def while_outer(limit):
    i = 0
    hits = 0
    while i < limit:
        j = i
        while j > 0:
            if j % 7 == 0:
                hits += 1
            j -= 3
        i += 1
    return hits


def break_inner(n):
    found = 0
    for i in range(n):
        for j in range(n):
            if j * j > i:
                break
        found += j
    return found


def mixed_step(n):
    t = 0.0
    for i in range(n):
        for j in range(n, i, -2):
            t += j * 0.25
    return t


print(triangle(300))
print(type_change(500))
print(overflow(300))
print(three_levels(60))
print(index_error([[r * 10 + c for c in range(8)] for r in range(100)]))
print(while_outer(3000))
print(break_inner(400))
print(mixed_step(200))
