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
