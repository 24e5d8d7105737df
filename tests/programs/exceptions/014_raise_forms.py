# raise a class, an instance, with arguments; raising non-exceptions fails
for thing in [ValueError, ValueError("inst"), KeyError("key")]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise "string"
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
