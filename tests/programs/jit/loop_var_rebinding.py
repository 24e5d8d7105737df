# The target of `for i in range(…)` or `for x in a_list` reassigned inside the body: the
# next iteration still takes the range's (or iterator's) next value, never the reassigned
# one; a range's bound variable changed inside the loop has no effect on the trip count;
# and the loop variable keeps the last assigned value (not the last range value) after it.
def skip_ahead(n):
    seen = 0
    total = 0
    for i in range(n):
        seen += 1
        if i % 3 == 0:
            i += 1000
        total += i
    return seen, total, i


print(skip_ahead(9000))
print(skip_ahead(9001))


def shrink_bound(n):
    count = 0
    for i in range(n):
        n -= 1
        count += 1
    return count, n, i


print(shrink_bound(8000))


def float_target(n):
    acc = 0.0
    for i in range(n):
        i = i * 0.5
        acc += i
    return acc, i


print(float_target(6000))


def list_target(xs):
    s = 0
    for x in xs:
        x = x * 2
        s += x
        if x > 10000:
            x = -1
    return s, x


print(list_target(list(range(7000))))


def while_counter(n):
    i = 0
    hops = 0
    while i < n:
        if i % 1000 == 999:
            i += 500
            hops += 1
        i += 1
    return i, hops


print(while_counter(20000))


def step_var(n):
    step = 1
    total = 0
    for i in range(0, n, step):
        step += 1
        total += i
    return total, step


print(step_var(7000))


def reuse_name(n):
    i = -5
    total = 0
    for i in range(n):
        total += i
    for j in range(0):
        i = 12345
    return total, i


print(reuse_name(5000))
