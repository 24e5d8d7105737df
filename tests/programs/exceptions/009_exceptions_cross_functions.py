# exceptions propagate through several frames
def level3(x):
    return 10 // x
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    finally:
        print("level1 finally", x)
for v in [5, 0]:
    try:
        print("result", level1(v))
    except ZeroDivisionError as e:
        print("main caught", e)
def recurse(n):
    if n == 0:
        raise LookupError("bottom")
    return recurse(n - 1)
try:
    recurse(50)
except LookupError as e:
    print("from deep:", e)
