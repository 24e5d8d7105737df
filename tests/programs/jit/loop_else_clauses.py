# `for`/`while` loops with `else` clauses around compiled loops: the `else` runs when the
# loop ends normally (including zero iterations) and not after a `break` that only fires
# thousands of iterations in; `return` and `continue` of an outer loop from inside the
# `else`; and loop variables as the interpreter leaves them in each case.
def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            break
    else:
        return -1, len(xs)
    return i, xs[i]


xs = [(k * 7919) % 10007 for k in range(10007)]
print(find(xs, xs[9000]), find(xs, -5), find([], 3), find(xs, xs[0]))


def wait(limit, bad):
    n = 0
    while n < limit:
        n += 1
        if n == bad:
            break
    else:
        n = -n
    return n


print(wait(8000, 7777), wait(8000, 9000), wait(0, 1), wait(5000, 5000))


def primes(n):
    out = 0
    for p in range(2, n):
        for d in range(2, p):
            if d * d > p:
                out += 1
                break
            if p % d == 0:
                break
        else:
            out += 1
    return out


print(primes(3000))


def outer_continue(rows):
    kept = 0
    partial = 0
    for r in rows:
        s = 0
        for x in r:
            s += x
            if s > 5000:
                partial += 1
                break
        else:
            kept += s
            continue
        kept -= 1
    return kept, partial


print(outer_continue([list(range(k * 10)) for k in range(40)]))


def nested_else(n):
    log = 0
    i = 0
    while i < n:
        j = 0
        while j < i:
            if (i * j) % 97 == 96:
                break
            j += 1
        else:
            log += 1
        i += 1
    else:
        log += 1000
    return log, i, j


print(nested_else(150))


def float_else(n):
    x = 0.0
    for i in range(n):
        x += 0.1
        if x > 700.05:
            break
    else:
        x = -x
    return round(x, 9), i


print(float_else(10000), float_else(5000))
