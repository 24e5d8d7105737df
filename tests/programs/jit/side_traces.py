# Loops whose branches both stay hot: the second direction gets a side trace, and every
# value, effect and exception comes out as without the JIT.


def split(n):
    small = []
    big = []
    for i in range(n):
        if i % 3 == 0:
            small.append(i)
        else:
            big.append(i * 2)
    return len(small), sum(small), len(big), sum(big)


print(split(3000))


def three_ways(data):
    pos = 0
    neg = 0
    zeros = []
    for x in data:
        if x > 0:
            pos += x
        elif x < 0:
            neg -= x
            zeros.append(None) if x < -100 else None
        else:
            zeros.append(x)
    return pos, neg, len(zeros)


print(three_ways([(i * 7919) % 11 - 5 for i in range(5000)]))


def turns_float(n):
    acc = 0
    other = []
    for i in range(n):
        if i % 2 == 0:
            other.append(i)
        else:
            acc += 0.5 if i > 1500 else 1
    return acc, len(other)


print(turns_float(3000))


def rare_print(n):
    total = 0
    for i in range(n):
        if i % 500 == 499:
            print("at", i, total)
            total += 1
        else:
            total += i
    return total


print(rare_print(3000))


def raises_in_branch(n):
    s = 0
    out = []
    for i in range(n):
        if i % 2:
            out.append(i)
        else:
            s += 100 // (2000 - i)
    return s, len(out)


try:
    print(raises_in_branch(3000))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def nested(rows, cols):
    grid = []
    for r in range(rows):
        row = []
        for c in range(cols):
            row.append(r * c)
        if r % 2 == 0:
            grid.append(sum(row))
        else:
            grid.append(-len(row))
    return grid[:6], len(grid)


print(nested(400, 7))

evens = []
odds = 0
for k in range(4000):
    if k & 1:
        odds += k
    else:
        evens.append(k)
print(len(evens), odds)


def with_break(n):
    hits = []
    for i in range(n):
        if i % 7 == 3:
            hits.append(i)
        else:
            if i > 2500:
                break
            hits.append(-i)
    return len(hits), hits[-2:]


print(with_break(5000))
