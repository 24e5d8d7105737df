# A class gains a property in the middle of a hot loop that stores and loads the same
# attribute on its instances: a property with a setter (every later store and load goes
# through it, counted), then one without a setter (the next store raises AttributeError,
# caught outside with the state kept). The instance's own value stays in its __dict__.
class Pt:
    def __init__(self, x):
        self.x = x


calls = [0, 0]


def get_x(self):
    calls[0] += 1
    return self.__dict__["x"] + 1000


def set_x(self, v):
    calls[1] += 1
    self.__dict__["x"] = v


def run(p, n, at, prop):
    s = 0
    i = 0
    try:
        for i in range(n):
            p.x = p.x + 1
            s += p.x
            if i == at:
                Pt.x = prop
    except AttributeError as e:
        print("AttributeError:", e, i, s)
    return s, vars(p)


print(run(Pt(0), 6000, 3000, property(get_x, set_x)), calls)
del Pt.x
print(run(Pt(0), 6000, 4000, property(get_x)), calls)
