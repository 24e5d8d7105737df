# Class attributes read through instances in compiled loops (`self.K`, `p.SCALE`): rebound
# mid-loop (to another number, to a float, to a str), shadowed by an instance attribute,
# overridden in a subclass mixed into the list, deleted, and turned into a property.


class P:
    K = 3
    SCALE = 0.5

    def __init__(self, v):
        self.v = v

    def scaled(self):
        return self.v * self.K


class Q(P):
    K = 10


ps = [P(i) for i in range(3000)]
t = 0
for p in ps:
    t += p.scaled()
print(t)

t = 0.0
for i, p in enumerate(ps):
    t += p.v * p.SCALE
    if i == 1000:
        P.SCALE = 2
    if i == 2000:
        P.SCALE = 0.25
print(t)

t = 0
for i, p in enumerate(ps):
    t += p.K
    if i == 1500:
        p.K = 100
        ps[1501].K = 1000
print(t)

mixed = [P(i) if i % 4 else Q(i) for i in range(3000)]
t = 0
for p in mixed:
    t += p.scaled()
print(t)

t = 0
try:
    for i, p in enumerate(ps):
        t += p.K
        if i == 2500:
            P.K = "x"
except TypeError as e:
    print("TypeError", e, i, t)
P.K = 3

t = 0
try:
    for i, p in enumerate(ps):
        if i == 2600:
            del P.K
        t += p.scaled()
except AttributeError as e:
    print("AttributeError", e, i, t)
P.K = 3

t = 0
for i in range(3000):
    p = ps[i]
    t += p.K
    if i == 2700:
        P.K = property(lambda self: -1)
print(t)
