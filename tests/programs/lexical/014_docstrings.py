"""Module docstring: the first statement, which does nothing visible."""
def f():
    """Function docstring."""
    return 1
print(f())
class C:
    """Class docstring
    with two lines."""
    def m(self):
        "single-quoted docstring"
    def n(self):
        """Only a docstring, returns None."""
print(C().m(), C().n())
def g():
    """Docstring, then code."""
    x = 2
    return x
print(g())
