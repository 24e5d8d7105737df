# AttributeError messages for instances and classes
class A:
    def __init__(self):
        self.x = 1
a = A()
try:
    a.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".nope()
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].push(1)
except AttributeError as e:
    print("AttributeError:", e)
