# NameError and UnboundLocalError, caught
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
except NameError:
    print("wrong handler")
try:
    f()
except NameError as e:
    print("as NameError:", type(e).__name__)
def g():
    return not_defined_anywhere
try:
    g()
except NameError as e:
    print("NameError:", e)
counter = 0
def bump():
    counter += 1
try:
    bump()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def h():
    y = 1
    del y
    return y
try:
    h()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
