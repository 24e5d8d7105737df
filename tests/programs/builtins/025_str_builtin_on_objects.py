# str() and repr() on functions-free values: classes with and without dunders
class WithRepr:
    def __repr__(self):
        return "WithRepr!"
class WithStr:
    def __str__(self):
        return "WithStr!"
print(str(WithRepr()), repr(WithRepr()), str(WithStr()))
print(str(int), str(ValueError), repr(str))
print(str(ValueError("bad")), repr(ValueError("bad")))
