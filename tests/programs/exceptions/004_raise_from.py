# raise ... from ..., and __cause__
class ConfigError(Exception):
    pass
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad value {s!r}") from e
try:
    load("x")
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print("raised while handling:", repr(e), e.__cause__)
try:
    raise RuntimeError("no cause") from None
except RuntimeError as e:
    print(e, e.__cause__)
