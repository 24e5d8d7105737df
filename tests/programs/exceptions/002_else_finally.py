# every combination of except / else / finally
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
print("no failure:"); run(False)
print("failure:"); run(True)
try:
    print("try-finally only")
finally:
    print("finally only")
try:
    pass
except Exception:
    print("never")
else:
    print("else without finally")
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()
