# @staticmethod and @classmethod
class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
class Kelvinish(Temp):
    unit = "K"
print(Temp.c_to_f(100), Temp(0).c_to_f(-40))
t = Temp.from_f(212)
print(type(t).__name__, t.deg)
k = Kelvinish.from_f(32)
print(type(k).__name__, k.deg)
print(Temp.describe(), Kelvinish.describe(), k.describe())
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
print(Counter.bump(), Counter.bump(), Counter().bump(), Counter.n)
