# KeyError raised inside a method, uncaught
class Inventory:
    def __init__(self):
        self.items = {"apple": 3}
    def take(self, name):
        self.items[name] -= 1
        return self.items[name]
inv = Inventory()
print(inv.take("apple"))
print(inv.take("pear"))
