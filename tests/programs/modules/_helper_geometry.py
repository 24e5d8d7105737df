# helper module imported by 025_import_helper.py (not a test: the name starts with '_')
print("helper module executing, __name__ =", __name__)
PI_ISH = 3.14
_counter = 0
def area(r):
    return PI_ISH * r * r
def bump():
    global _counter
    _counter += 1
    return _counter
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
if __name__ == "__main__":
    print("helper run as a script")
