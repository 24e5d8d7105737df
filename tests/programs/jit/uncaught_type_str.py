# An uncaught TypeError from a method's hot loop that adds attribute values: after 6000
# good iterations one object's attribute is a str. The totals printed before it, and the
# traceback line, are the interpreter's.
class Item:
    def __init__(self, w):
        self.w = w


class Bag:
    def __init__(self, items):
        self.items = items
        self.total = 0

    def weigh(self):
        for it in self.items:
            self.total = self.total + it.w
        return self.total


items = [Item(k % 10) for k in range(9000)]
bag = Bag(items)
print(bag.weigh())
items[6000].w = "heavy"
print(bag.total)
print(bag.weigh())
