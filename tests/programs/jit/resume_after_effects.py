# One iteration of a compiled loop does several effects (an append, a list store, an
# attribute store, a heap value stored into a variable) and then a later statement fails a
# guard (a type change, an int overflow, an index out of range, a branch going the other
# way), inside nested if/else blocks. The interpreter resumes at the failing statement: the
# effects before it happen once, the ones after it happen once, and a raised exception
# leaves exactly the effects before it.
class Obj:
    def __init__(self, k):
        self.n = 0
        self.k = k


def order_a(n, at):
    out = []
    cells = [0] * 8
    o = Obj(1)
    x = 1
    for i in range(n):
        out.append(i)
        cells[i % 8] += 1
        if i % 2 == 0:
            o.n += 2
            if i == at:
                x = x + 0.5
            else:
                x = x + 1
        else:
            o.n -= 1
        cells[0] += 1 if x > 0 else 0
    return len(out), sum(out), cells, o.n, x


print(order_a(6000, 4000))
print(order_a(6000, 4001))


def order_b(objs, at):
    trail = []
    last = None
    total = 0
    big = 2**62
    for i in range(len(objs)):
        cur = objs[i]
        cur.n += 1
        last = cur
        if i >= at:
            total += big
        else:
            total += cur.k
        trail.append(total % 1000)
    return last.k, total, len(trail), trail[at - 2 : at + 4]


objs = [Obj(k) for k in range(5000)]
print(order_b(objs, 4000))
print(sum(o.n for o in objs))


def order_c(n, stop):
    out = []
    data = [1] * stop
    o = Obj(0)
    i = 0
    try:
        for i in range(n):
            o.n += 1
            out.append(i * 2)
            if i % 3:
                o.k = o.k + data[i]
            else:
                o.k = o.k - 1
    except IndexError as e:
        print("IndexError", e, i)
    return o.n, o.k, len(out), out[-1]


print(order_c(9000, 6001))
print(order_c(9000, 6000))
print(order_c(9000, 5999))


def order_d(ps, n):
    log = []
    for i in range(n):
        p = ps[i % len(ps)]
        if p.k > 2:
            if p.n > 100:
                log.append(-1)
                p.n = 0
            else:
                p.n += p.k
        else:
            p.n += 1
        log.append(p.n)
    return sum(log), len(log), [q.n for q in ps]


print(order_d([Obj(k) for k in range(6)], 9000))


def order_e(n):
    out = []
    acc = 0
    o = Obj(3)
    for i in range(n):
        out.append(acc)
        o.k = o.k * 3 % 1000
        if i == n - 10:
            o.k = 0.5
        acc = acc + o.k
    return len(out), acc, o.k


print(order_e(7000))


def order_f(n):
    xs = [0.0] * 16
    o = Obj(0)
    k = 0
    while k < n:
        xs[k % 16] = k * 0.5
        o.n = k
        if k > n - 3:
            xs[k % 16] = "end"
        k += 1
    return xs.count("end"), o.n, sum(x for x in xs if type(x) is float)


print(order_f(8000))
