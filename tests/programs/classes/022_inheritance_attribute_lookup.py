# attribute lookup through the MRO, overriding class attributes
class Base:
    color = "red"
    def get(self):
        return self.color
class Child(Base):
    color = "blue"
class GrandChild(Child):
    pass
print(Base().get(), Child().get(), GrandChild().get())
g = GrandChild()
g.color = "green"
print(g.get(), GrandChild.color)
Base.color = "black"
print(Base().get(), Child().get())
del Child.color
print(GrandChild().get())
print(hasattr(GrandChild, "get"), GrandChild.get is Base.get)
