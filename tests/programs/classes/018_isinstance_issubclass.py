# isinstance / issubclass with builtins, tuples, user classes
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(1, (str, int)))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(set(), set), isinstance(frozenset(), set), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(str, (int, str)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)), isinstance(B, type))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(isinstance(ValueError("x"), Exception), issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(type(1) == int, type(True) == int, type([]) is list, type(A()).__name__, type(A).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
