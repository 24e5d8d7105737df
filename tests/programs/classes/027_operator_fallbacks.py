# NotImplemented makes Python try the reflected method
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __eq__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v == other.v
    def __repr__(self):
        return f"{self.v}m"
print(Meters(1) + Meters(2), 5 + Meters(1), Meters(3) == Meters(3), Meters(3) == 3)
try:
    Meters(1) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + Meters(1)
except TypeError as e:
    print("TypeError:", e)
