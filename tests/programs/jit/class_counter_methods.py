# A class attribute counter bumped in a hot loop that calls methods: rebinding a data
# attribute leaves the class epoch alone, so the inlined method's guard holds; rebinding
# the method itself, or shadowing it in a subclass, still takes effect at once.
class Counter:
    count = 0
    scale = 1.5

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v * 2


cs = [Counter(i) for i in range(2000)]
t = 0
for k in range(20):
    for c in cs:
        t += c.get()
        Counter.count += 1
print(t, Counter.count)
Counter.get = lambda self: -1
t = 0
for c in cs:
    t += c.get()
    Counter.count += 1
print(t, Counter.count)
class Sub(Counter):
    pass
subs = [Sub(i) for i in range(2000)]
t = 0
for i in range(2000):
    t += subs[i].get()
    if i == 1000:
        Sub.get = 7
        try:
            subs[i].get()
        except TypeError as e:
            print("TypeError", e)
        Sub.get = lambda self: 3
print(t)


# Another class's method rebound on every iteration moves the class epoch each time: the
# attribute loads' plain-class check takes its slow path, the inlined method's guard exits.
class Other:
    def f(self):
        return 1


t = 0
for k in range(3000):
    c = cs[k % 2000]
    t += c.v + c.get()
    Other.f = lambda self: k
    if k == 2500:
        Counter.v = property(lambda self: -5)
print(t, Other().f())
