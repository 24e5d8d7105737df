# try/except/else/finally, raise from, assert, with.
try:
    risky()
except (ValueError, TypeError) as e:
    raise RuntimeError("bad") from e
except KeyError:
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()
try:
    x
finally:
    y
assert x, "message"
assert y
with open(a) as f, open(b) as g:
    pass
with (open(a), open(b)):
    pass
with (open(a) as f, open(b) as g,):
    pass
with lock:
    pass
