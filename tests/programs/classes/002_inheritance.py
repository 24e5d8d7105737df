# single inheritance, overriding, super()
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name}: {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + " ROAR"
for a in [Animal("generic"), Cat("tom"), Lion("leo", "east")]:
    print(a.describe(), type(a).__name__)
l = Lion("simba", "west")
print(l.pride, isinstance(l, Cat), isinstance(l, Animal), isinstance(Cat("x"), Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat), issubclass(Cat, object))
print([c.__name__ for c in Lion.__mro__])
