# getattr, setattr, hasattr, vars on instances
class O:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
o = O()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "default"))
setattr(o, "b", 2)
print(o.b, hasattr(o, "b"), hasattr(o, "zzz"), hasattr(O, "cls_attr"))
print(vars(o))
for name in ["x", "y"]:
    setattr(o, name, name.upper())
print(vars(o))
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
method = getattr(o, "__init__")
print(callable(method))
print(getattr(o, "a") + getattr(o, "b"))
