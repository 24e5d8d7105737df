# try/except with as, multiple handlers, tuples of types
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["k"]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("abc")
    return "ok"
for kind in ["zero", "index", "key", "type", "value", "none"]:
    try:
        r = risky(kind)
        print("result", r)
    except ZeroDivisionError as e:
        print("zero:", e)
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__, e)
    except TypeError as e:
        print("type:", e)
    except Exception as e:
        print("other:", type(e).__name__, e)
