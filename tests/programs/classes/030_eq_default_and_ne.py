# default __ne__ inverts __eq__; default __eq__ is identity
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(E(1) == E(1), E(1) != E(1), E(1) != E(2))
class Plain:
    pass
a = Plain()
print(a == a, a != a, a == Plain(), [a] == [a], a in [Plain(), a])
print(E(2) in [E(1), E(2)], [E(1)].index(E(1)), [E(3), E(3)].count(E(3)))
