# user exception classes and hierarchies
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class Invalid(AppError):
    pass
def lookup(name):
    if name == "bad":
        raise Invalid("invalid name", name)
    if name != "ok":
        raise NotFound(name)
    return 1
for n in ["ok", "missing", "bad"]:
    try:
        print(lookup(n))
    except NotFound as e:
        print("NotFound:", e, e.name, e.args)
    except AppError as e:
        print(type(e).__name__ + ":", e, e.args)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), isinstance(Invalid(), BaseException))
class WithStr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, e.args, repr(e))
