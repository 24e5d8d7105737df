# subclassing list and dict
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], sorted(Stack([3, 1, 2])), s == [1, 2, 3])
class LoudDict(dict):
    def get(self, key, default=None):
        return f"<{super().get(key, default)}>"
dd = LoudDict(a=1)
print(dd["a"], dd.get("a"), dd.get("zz"), dd, len(dd), isinstance(dd, dict))
class CountingDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)
cd = CountingDict()
cd["x"] = 5
print(cd, cd["x"])
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return f"{self.name}{list(self)}"
n = Named("nums", [1, 2])
n.append(3)
print(n, n.name, len(n), n[0])
