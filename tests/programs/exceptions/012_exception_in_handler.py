# an exception raised inside except or finally replaces the original
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("got", repr(e))
try:
    try:
        raise ValueError("original")
    finally:
        print("finally before propagation")
except ValueError as e:
    print("propagated", e)
def f():
    try:
        raise KeyError("a")
    finally:
        raise IndexError("b")
try:
    f()
except IndexError as e:
    print("IndexError won:", e)
