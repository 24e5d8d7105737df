# is / is not
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not None)
x = None
print(x is None, x is not None)
def f():
    pass
print(f() is None, f is f)
class A:
    pass
o = A()
p = o
print(o is p, o is A(), type(o) is A, type(1) is int, type(True) is bool, type(True) is int)
t = ()
print(t == (), type(t) is tuple)
