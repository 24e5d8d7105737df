def risky(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    return n
total = 0
for i in range(10):
    try:
        total += risky(i)
    except ValueError as e:
        print("skip", e)
        continue
    finally:
        total += 100
print(total)
def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer caught")
        return "from except"
    finally:
        print("outer finally")
print(nested())
def swallow():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(swallow())
class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return t is KeyError
with Resource("a") as r, Resource("b"):
    print("inside", r.name)
with Resource("c"):
    raise KeyError("suppressed")
print("after suppressed")
try:
    with Resource("d"):
        raise ValueError("propagates")
except ValueError as e:
    print("got", e)
try:
    raise TypeError("first")
except TypeError:
    try:
        raise ValueError("second")
    except ValueError as e:
        print(type(e.__context__).__name__)
e = None
try:
    raise Exception("x")
except Exception as e:
    pass
print(e)
