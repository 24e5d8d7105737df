# True, False, None
print(True, False, None)
print(type(True).__name__, type(None).__name__)
print(True + True, True * 10, False - 1)
print(repr(None), str(None), str(True))
print(None is None, True is True, (1 == 1) is True)
print(int(True), float(False), bool(None))
x = None
print(x == None, x is None, x is not None)
print([True, False, None])
