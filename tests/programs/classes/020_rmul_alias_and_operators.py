# __rmul__ = __mul__ style aliases, operators with ints on either side
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __mul__(self, k):
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __add__(self, other):
        if other == 0:
            return self
        return Money(self.cents + other.cents)
    __radd__ = __add__
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
m = Money(250)
print(m * 3, 3 * m, m + Money(5), sum([m, m, m]))
print(m * 2 == 2 * m, m == Money(250), m != Money(1))
