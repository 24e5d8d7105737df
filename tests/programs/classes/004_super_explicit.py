# super(C, self) and cooperative __init__
class Base:
    def __init__(self):
        print("Base init")
        self.trail = ["Base"]
class Left(Base):
    def __init__(self):
        print("Left init")
        super(Left, self).__init__()
        self.trail.append("Left")
class Right(Base):
    def __init__(self):
        print("Right init")
        super(Right, self).__init__()
        self.trail.append("Right")
class Child(Left, Right):
    def __init__(self):
        print("Child init")
        super(Child, self).__init__()
        self.trail.append("Child")
c = Child()
print(c.trail)
class Skip(Left):
    def __init__(self):
        super(Left, self).__init__()
s = Skip()
print(s.trail)
