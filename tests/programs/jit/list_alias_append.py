# A loop appending to the list it iterates (or indexes), with a bound on how far it goes:
# `for x in xs` sees the appended elements (CPython's list iterator re-reads the length),
# `for i in range(len(xs))` does not (the range is fixed), `while i < len(xs)` does; two
# names for one list; a list that contains itself; and a slice copy that breaks the alias.
def grow_for(xs, cap):
    n = 0
    for x in xs:
        n += 1
        if len(xs) < cap:
            xs.append(x + 1)
    return n, len(xs), xs[-1] if xs else None


print(grow_for([0], 5000))
print(grow_for([1, 2, 3], 9000))
print(grow_for([], 100))


def grow_range(xs, cap):
    n = 0
    for i in range(len(xs)):
        n += 1
        if len(xs) < cap:
            xs.append(xs[i] * 2)
    return n, len(xs)


print(grow_range(list(range(3000)), 4000))


def grow_while(xs, cap):
    i = 0
    s = 0
    while i < len(xs):
        s += xs[i]
        if len(xs) < cap:
            xs.append(xs[i] % 7)
        i += 1
    return i, s, len(xs)


print(grow_while([5, 6], 6000))


def two_names(n):
    a = [1.0]
    b = a
    k = 0
    for x in a:
        if k < n:
            b.append(x * 0.5 + k)
        k += 1
    return k, len(a), a is b, a[-1]


print(two_names(7000))


def copy_breaks_alias(xs):
    n = 0
    for x in xs[:]:
        n += 1
        xs.append(x)
    return n, len(xs)


print(copy_breaks_alias(list(range(4000))))


def self_containing(n):
    xs = [0]
    xs.append(xs)
    total = 0
    for i in range(n):
        total += xs[0]
        xs[0] = i % 13
        inner = xs[1]
        total += len(inner)
    return total, len(xs), xs[1] is xs


print(self_containing(6000))
r = [1, 2]
r.append(r)
print(r)


def shrink_while_iterating(xs):
    seen = 0
    for x in xs:
        seen += x
        if x % 1000 == 999:
            xs.pop()
    return seen, len(xs)


print(shrink_while_iterating(list(range(10000))))
