# id() is only compared, never printed
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
x = a
print(id(x) == id(a))
class K:
    pass
k = K()
print(id(k) == id(k), id(k) != id(K()) or True)
