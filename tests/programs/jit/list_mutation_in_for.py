# `for x in a_list` loops (compiled) whose list is changed under them by the body on a
# rare branch: an `insert(0, …)` shifts the elements (the iterator yields one again), `del`
# and `remove` shift the other way, slice assignment replaces the contents, `sort` and
# `reverse` reorder what is left, and rebinding the name leaves the iteration unchanged.
def insert_front(n):
    xs = list(range(n))
    seen = 0
    total = 0
    for x in xs:
        seen += 1
        total += x
        if x == 5000 and seen < n + 5:
            xs.insert(0, -1)
    return seen, total, len(xs)


print(insert_front(9000))


def delete_items(n):
    xs = list(range(n))
    seen = 0
    total = 0
    for x in xs:
        seen += 1
        total += x
        if x % 1000 == 500:
            del xs[0]
        elif x % 1000 == 900:
            xs.remove(x)
    return seen, total, len(xs)


print(delete_items(9000))


def slice_replace(n):
    xs = [1] * n
    total = 0
    k = 0
    for x in xs:
        total += x
        k += 1
        if k == n // 2:
            xs[:] = [2] * (n + 100)
    return total, k, len(xs)


print(slice_replace(6000))


def reorder(n):
    xs = list(range(n))
    out = 0
    k = 0
    for x in xs:
        out = out * 7 % 1000003 + x
        k += 1
        if k == 3000:
            xs.reverse()
        if k == 6000:
            xs.sort()
    return out, k


print(reorder(8000))


def rebind_name(n):
    xs = list(range(n))
    total = 0
    for x in xs:
        total += x
        if x == 100:
            xs = [0] * 3
    return total, len(xs)


print(rebind_name(7000))


def floats_become_ints(n):
    xs = [0.5] * n
    total = 0.0
    k = 0
    for x in xs:
        total += x
        k += 1
        if k == 2000:
            for j in range(k, n):
                xs[j] = 1
    return total, type(total).__name__


print(floats_become_ints(5000))
