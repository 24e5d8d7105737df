# class with __init__, methods, instance and class attributes
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("rex", 3)
d2 = Dog("fido", 5)
print(d1.bark(), d2.bark())
print(d1.birthday().birthday().age, d2.age)
print(Dog.count, d1.species, Dog.species)
d1.species = "own"
print(d1.species, d2.species, Dog.species)
Dog.species = "changed"
print(d1.species, d2.species)
print(type(d1).__name__, type(d1) is Dog, isinstance(d1, Dog))
m = d2.bark
print(m(), Dog.bark(d1))
