# Attribute shapes changing under a compiled loop: an attribute added mid-loop, one deleted
# so that reads fall back to the class attribute (and set again), a class attribute of the
# same name as an instance one set mid-loop (no effect) and then replaced by a property
# (which wins over the instance's value), and finally a deleted attribute with no fallback
# (AttributeError caught outside, state kept).
class Particle:
    drag = 0.5

    def __init__(self, x):
        self.x = x
        self.v = 1.0


def add_mid(p, n):
    s = 0.0
    for i in range(n):
        p.x += p.v
        if i == 2500:
            p.extra = 1.0
        if i > 2500:
            p.extra += 0.5
        s += p.x
    return s, p.extra, sorted(vars(p))


print(add_mid(Particle(0.0), 6000))


def shadow(p, n):
    p.drag = 2.0
    s = 0.0
    for i in range(n):
        s += p.drag
        if i == 3000:
            del p.drag
        if i == 6000:
            p.drag = 3.0
    return s, p.drag, "drag" in vars(p)


print(shadow(Particle(1.0), 9000))


def rebind_class(p, n):
    s = 0.0
    for i in range(n):
        s += p.v * 2.0
        if i == 3000:
            Particle.v = 100.0
        if i == 6000:
            Particle.v = property(lambda self: 42.0)
    return s, p.v, vars(p)["v"]


print(rebind_class(Particle(0.0), 9000))
del Particle.v


def delete_then_read(ps, n):
    s = 0.0
    i = 0
    try:
        for i in range(n):
            p = ps[i % len(ps)]
            s += p.v
            if i == 7000:
                del ps[3].v
    except AttributeError as e:
        print("AttributeError:", e, i, s)
    return s


ps = [Particle(float(k)) for k in range(10)]
print(delete_then_read(ps, 20000))


def many_shapes(n):
    objs = [Particle(0.0) for _ in range(4)]
    objs[1].a = 1
    objs[2].b = 2
    objs[2].a = 3
    objs[3].a = 4
    del objs[3].v
    objs[3].v = 2.0
    total = 0.0
    for i in range(n):
        o = objs[(i // 1000) % 4]
        total += o.v + o.x
        o.x += 1.0
    return total, [o.x for o in objs]


print(many_shapes(9000))
