# self.__class__, type(self), creating instances of the runtime class
class Shape:
    def clone(self):
        return self.__class__()
    def name(self):
        return self.__class__.__name__
    def same_type(self, other):
        return type(self) is type(other)
class Square(Shape):
    pass
s = Square()
c = s.clone()
print(type(c).__name__, c.name(), s.same_type(c), s.same_type(Shape()))
print(s.__class__ is Square, s.__class__.__name__, Square.__name__)
class Node:
    instances = 0
    def __init__(self):
        self.__class__.instances += 1
Node(); Node()
print(Node.instances)
