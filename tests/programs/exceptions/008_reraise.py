# bare raise re-raises the current exception
def inner():
    try:
        {}["missing"]
    except KeyError:
        print("inner logs and re-raises")
        raise
try:
    inner()
except KeyError as e:
    print("outer got", repr(e))
def convert():
    try:
        int("x")
    except ValueError as e:
        err = e
    return err
e = convert()
print(type(e).__name__, e)
try:
    raise e
except ValueError as again:
    print("raised stored exception:", again is e)
