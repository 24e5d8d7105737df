# with on objects defining __enter__ / __exit__
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource("a") as r:
    print("inside", r.name)
with Resource("b", suppress=True):
    raise ValueError("suppressed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)
def early():
    with Resource("d"):
        return "returned"
print(early())
for n in range(2):
    with Resource(f"loop{n}"):
        if n == 0:
            continue
        print("loop body", n)
