# bare except catches everything, including non-Exception BaseExceptions
def fails(exc):
    raise exc
for exc in [ValueError("v"), KeyboardInterrupt(), StopIteration(), ZeroDivisionError()]:
    try:
        fails(exc)
    except:
        print("caught", type(exc).__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
