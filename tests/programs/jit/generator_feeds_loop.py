# Generators feeding hot loops: the loop over the generator is interpreted, the inner loop
# over each yielded list compiles. Chunks of length 0, 1 and many; a generator that yields
# the same list again after changing it (the compiled inner loop must see the new length and
# elements); a chunk with a float among ints; and a consumer that breaks out early.
def chunks(n):
    for k in range(n):
        size = (k * 7) % 23
        if k % 5 == 0:
            size = k % 2
        yield [k * 100 + j for j in range(size)]


def consume(n):
    total = 0
    count = 0
    for chunk in chunks(n):
        for x in chunk:
            total += x
            count += 1
    return total, count


print(consume(400))
print(consume(1))


def growing():
    buf = []
    for k in range(60):
        buf.append(k * 0.5)
        if k % 10 == 9:
            buf[0] = -1.0
        yield buf


def consume_same(gen):
    sums = []
    for buf in gen:
        s = 0.0
        for x in buf:
            s += x
        sums.append(s)
    return sums[:3], sums[-3:], len(sums)


print(consume_same(growing()))


def mixed_chunks():
    for k in range(30):
        chunk = list(range(k * 50, k * 50 + 200))
        if k == 20:
            chunk[150] = 0.5
        yield chunk


def consume_mixed():
    out = []
    for chunk in mixed_chunks():
        acc = 0
        for x in chunk:
            acc = acc * 3 % 1000003 + x
        out.append(acc)
    return out[18:22]


print(consume_mixed())


def naturals():
    k = 0
    while True:
        yield k
        k += 1


def first_heavy(limit):
    for k in naturals():
        s = 0
        j = 0
        while j < k * 10:
            s += j * j % 7
            j += 1
        if s > limit:
            return k, s
    return None


print(first_heavy(8000))


def pairs():
    for a in range(40):
        yield a, a * 1.5


def sum_pairs():
    t = 0.0
    for a, b in pairs():
        for i in range(a * 20):
            t += b - i * 0.01
    return round(t, 6)


print(sum_pairs())
